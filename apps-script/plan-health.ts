/**
 * Plan health: a sidebar listing what weakens the plan, most serious first, each with a button that
 * selects the cell it is about. The same findings appear on the Dashboard with links.
 */
import { render } from '../shared/i18n';
import { SEVERITY_ORDER, type Locale } from '../shared/messages';
import { severityLabel } from '../shared/dashboard/display-values';
import { snapshotFromWorkbook } from '../shared/plan-snapshot';
import { hostContext } from './host-context';
import { snapshotOptions } from './plan-loading';
import { showSidebar } from './sidebar';

export interface HealthFinding {
  severity: string;
  label: string;
  message: string;
  cell: string | null;
}
export type PlanHealthState =
  | { ok: true; locale: Locale; findings: HealthFinding[] }
  | { ok: false; locale: Locale; message: string };

export function showPlanHealth(): void {
  showSidebar('health-sidebar', 'addon.menu.health');
}

/** Sidebar: the findings for the workbook as it is now, in the spreadsheet's language. */
export function getPlanHealth(): PlanHealthState {
  const ctx = hostContext();
  const result = snapshotFromWorkbook(ctx.port, ctx.today, snapshotOptions(ctx));
  if (!result.ok)
    return { ok: false, locale: ctx.locale, message: render(ctx.locale, result.error.message) };
  const findings = [...result.snapshot.findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((f) => ({
      severity: f.severity,
      label: severityLabel(f.severity, ctx.locale),
      message: render(ctx.locale, f.message),
      cell: f.cell ?? null,
    }));
  return { ok: true, locale: ctx.locale, findings };
}

/** Sidebar: selects the cell a finding points at (A1 notation with its sheet, e.g. 'Plan'!A3). */
export function goToCell(a1: string): boolean {
  const range = SpreadsheetApp.getActiveSpreadsheet().getRange(String(a1));
  range.getSheet().activate();
  range.activate();
  return true;
}
