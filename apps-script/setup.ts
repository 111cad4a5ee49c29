/**
 * Set up: the sidebar shows which sheet and columns were detected and why, lets the coordinator
 * correct any column from the sheet's own headers, saves the mapping in the document, creates the
 * owned tabs and gives every key-result row its stable id. The plan tab's cells are never written.
 */
import type { Locale } from '../shared/messages';
import { PLAN_FIELDS } from '../shared/reading/plan-fields';
import { readPlan, type PlanMap, type PlanField } from '../shared/read-plan';
import { PLAN_MAP_VERSION } from '../shared/reading/plan-map';
import { isOwnedTabName } from '../shared/reading/sheet-choice';
import type { SheetTable } from '../shared/cells';
import { readPlanFromWorkbook, ownedTabName } from '../shared/plan-snapshot';
import { readSchools } from '../shared/owned-tab-reading';
import { SCHOOLS_TAB } from '../shared/owned-tabs';
import { t } from '../shared/i18n';
import { hostContext, saveMapping, savedMapping } from './host-context';
import { readKeyResultIds, tagKeyResultRows } from './key-result-ids';
import { DROPDOWNS_SETTING, dropdownFingerprint, ensureOwnedTabs, vocabularyOf } from './owned-tab-setup';
import { runRefresh } from './refresh';
import { showSidebar } from './sidebar';

export interface SetupField { field: PlanField; label: string; column: number | null; reason: string }

export type SetupState =
  | { ok: true; locale: Locale; sheet: string; sheetReason: string; sheets: { name: string; reason: string }[]; headers: string[]; headerRow: number; fields: SetupField[] }
  | { ok: false; locale: Locale; message: string; sheets: { name: string; reason: string }[] };

const FIELD_KEYS = {
  objective: 'addon.field.objective', keyResult: 'addon.field.keyResult', indicator: 'addon.field.indicator', baseline: 'addon.field.baseline',
  target: 'addon.field.target', current: 'addon.field.current', unit: 'addon.field.unit', owner: 'addon.field.owner', start: 'addon.field.start', due: 'addon.field.due',
} as const;

/** Menu: Set up. */
export function showSetup(): void {
  showSidebar('setup-sidebar', 'addon.setup.title');
}

/** Sidebar: what the reader detected, on the saved sheet/mapping or on `sheet` when the coordinator picks another. */
export function getSetupState(sheet?: string): SetupState {
  const ctx = hostContext();
  const saved = savedMapping(ctx);
  const mapping = saved && (!sheet || sheet === saved.sheet) ? saved : undefined;
  const tables = ctx.port.sheetNames().filter((n) => !isOwnedTabName(n)).map((n) => ctx.port.readSheet(n)).filter((x): x is SheetTable => x !== null);
  const reading = readPlan(tables, mapping ? { map: mapping } : { sheet });
  const sheets = reading.candidates.map((c) => ({ name: c.sheet, reason: c.reason[ctx.locale] }));
  if (!reading.ok) return { ok: false, locale: ctx.locale, message: `${t(ctx.locale, 'addon.setup.noPlan')} ${reading.error.message[ctx.locale]}`, sheets };
  const chosen = reading.candidates.find((c) => c.sheet === reading.map.sheet);
  return {
    ok: true, locale: ctx.locale, sheet: reading.map.sheet, sheetReason: chosen?.reason[ctx.locale] ?? '', sheets,
    headers: reading.headers, headerRow: reading.map.headerRow,
    fields: PLAN_FIELDS.map((field) => {
      const column = reading.map.columns[field] ?? null;
      const header = reading.map.reasons[field];
      return {
        field, label: t(ctx.locale, FIELD_KEYS[field]), column,
        reason: column === null ? t(ctx.locale, 'addon.setup.notFound') : t(ctx.locale, 'addon.setup.matched', { header: header ?? reading.headers[column] ?? '' }),
      };
    }),
  };
}

export type SetupSaved = { ok: true; message: string; tabs: string[] } | { ok: false; message: string };

/** Sidebar: saves the confirmed mapping, creates the owned tabs, tags key-result rows, refreshes. */
export function saveSetup(choice: { sheet: string; headerRow: number; columns: Partial<Record<PlanField, number | null>> }): SetupSaved {
  const ctx = hostContext();
  const columns: Partial<Record<PlanField, number>> = {};
  for (const field of PLAN_FIELDS) {
    const c = choice.columns[field];
    if (typeof c === 'number' && c >= 0) columns[field] = c;
  }
  const table = ctx.port.readSheet(choice.sheet);
  const headers = (table?.values[choice.headerRow] ?? []).map((v) => (v === null ? '' : String(v)));
  const reasons = Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, headers[c as number] ?? ''])) as PlanMap['reasons'];
  const mapping: PlanMap = { v: PLAN_MAP_VERSION, sheet: choice.sheet, headerRow: choice.headerRow, columns, reasons, setBy: 'coordinator' };
  const planSheet = ctx.spreadsheet.getSheetByName(choice.sheet);
  const rowIds = planSheet ? readKeyResultIds(planSheet) : { ids: {}, metadata: new Map() };
  const reading = readPlanFromWorkbook(ctx.port, { mapping, keyResultIds: rowIds.ids });
  if (!reading.ok) return { ok: false, message: reading.error.message[ctx.locale] };
  saveMapping(ctx, mapping);
  const schoolsTab = ownedTabName(ctx.port.sheetNames(), SCHOOLS_TAB);
  const schools = readSchools(schoolsTab ? ctx.port.readSheet(schoolsTab) : null);
  const vocabulary = vocabularyOf(reading.plan, schools);
  const tabs = ensureOwnedTabs(ctx.spreadsheet, ctx.locale, vocabulary);
  ctx.port.forget();
  // The dropdowns were just applied to every record tab: the refresh below need not redo them.
  ctx.port.setSetting(DROPDOWNS_SETTING, dropdownFingerprint(ctx.spreadsheet, ctx.port.sheetNames(), vocabulary));
  if (planSheet) tagKeyResultRows(planSheet, reading.plan, rowIds);
  const refreshed = runRefresh(ctx);
  const message = t(ctx.locale, 'addon.setup.saved', { tabs: refreshed.ok ? [...tabs, refreshed.tabs.dashboard, refreshed.tabs.summary].join(', ') : tabs.join(', ') });
  return { ok: true, message, tabs };
}
