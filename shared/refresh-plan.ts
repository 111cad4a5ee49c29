/**
 * Refresh: read the workbook once, then regenerate the Dashboard and Summary tabs whole, one batched
 * write each. The same function runs from the Sheets menu, the daily timer, after clips arrive, and in
 * local mode; the coordinator's plan tab is only read.
 */
import type { Locale } from './messages';
import { message, type Message } from './i18n';
import type { WorkbookPort } from './workbook-port';
import type { PlanMap } from './read-plan';
import { DASHBOARD_TAB, SUMMARY_TAB, ownedTabName, type OwnedTab } from './owned-tabs';
import { snapshotFromWorkbook, type PlanSnapshot, type SnapshotOptions } from './plan-snapshot';
import { buildDashboard } from './dashboard/build-dashboard';
import { buildSummary } from './summary/build-summary';

export type RefreshResult =
  | {
      ok: true;
      snapshot: PlanSnapshot;
      mapping: PlanMap;
      tabs: { dashboard: string; summary: string };
    }
  | { ok: false; error: { code: string; message: Message } };

/** The tab to write: the existing one in either language, else a new one named in the locale. */
export function generatedTabName(names: string[], tab: OwnedTab, locale: Locale): string {
  return ownedTabName(names, tab) ?? tab.name[locale];
}

/** Rebuilds Dashboard and Summary from the workbook as it is now. */
export function refreshPlan(
  port: WorkbookPort,
  today: string,
  locale: Locale,
  options: SnapshotOptions = {},
): RefreshResult {
  const result = snapshotFromWorkbook(port, today, options);
  if (!result.ok) return result;
  const names = port.sheetNames();
  const dashboard = generatedTabName(names, DASHBOARD_TAB, locale);
  const summary = generatedTabName(names, SUMMARY_TAB, locale);
  const planSheet = result.snapshot.plan.sheet;
  if (planSheet === dashboard || planSheet === summary) {
    return {
      ok: false,
      error: {
        code: 'plan-in-generated-tab',
        message: message('addon.refresh.planInGeneratedTab', { sheet: planSheet }),
      },
    };
  }
  port.writeLayout(dashboard, buildDashboard(result.snapshot, locale));
  port.writeLayout(summary, buildSummary(result.snapshot, locale));
  return {
    ok: true,
    snapshot: result.snapshot,
    mapping: result.mapping,
    tabs: { dashboard, summary },
  };
}
