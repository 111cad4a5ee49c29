/**
 * Set up: the sidebar shows which sheet and columns were detected and why, lets the coordinator
 * correct any column from the sheet's own headers, saves the mapping in the document, creates the
 * owned tabs and gives every key-result row its stable id. The plan tab's cells are never written.
 */
import type { Locale } from '../shared/messages';
import { PLAN_FIELDS } from '../shared/reading/plan-fields';
import { fieldName } from '../shared/reading/mapping-diagnostics';
import { readPlan, type PlanMap, type PlanField } from '../shared/read-plan';
import { PLAN_MAP_VERSION, type ObjectiveSource } from '../shared/reading/plan-map';
import { explainReading, type ReadingExplanation } from '../shared/reading/reading-explanation';
import { headerTexts } from '../shared/reading/read-with-map';
import type { SheetTable } from '../shared/cells';
import type { Plan } from '../shared/plan-schema';
import { readSchools } from '../shared/owned-tab-reading';
import { SCHOOLS_TAB, isOwnedTabName, ownedTabName } from '../shared/owned-tabs';
import { render, t } from '../shared/i18n';
import { hostContext, saveMapping, savedMapping } from './host-context';
import { loadPlan } from './plan-loading';
import { ensureOwnedTabs, vocabularyOf } from './owned-tab-setup';
import { runRefresh } from './refresh';
import { setAutoRefresh } from './refresh-triggers';
import { withScriptLock } from './script-lock';
import { servesWebApp } from './host-kind';
import { withLook } from './sheets-workbook';
import { headerCandidates } from '../shared/reading/header-mapping';
import { protectTabs, savedProtectChoice, unlessProtectedAgainstMe } from './tab-protection';
import { showSidebar } from './sidebar';
import { savedIdentity } from './key-result-ids';
import { publishPlanSetup } from './plan-metadata';

export interface SetupField {
  field: PlanField;
  label: string;
  column: number | null;
  reason: string;
}

/** The plan's structure as read, and what the coordinator may change it to. */
export interface SetupStructure {
  objectives: ObjectiveSource;
  headerRows: number;
  /** Columns whose latest filled value is current (a series), and the columns that may join it. */
  series: number[];
  /** Tabs read with the same layout, one objective each. */
  moreSheets: string[];
}

/** What Set up shows: the sheet, its columns, the structure, and what the reader understood. */
export type SetupState =
  | {
      ok: true;
      locale: Locale;
      sheet: string;
      sheetReason: string;
      sheets: { name: string; reason: string }[];
      headers: string[];
      headerRow: number;
      fields: SetupField[];
      structure: SetupStructure;
      reading: ReadingExplanation;
      setBy: 'reader' | 'coordinator';
      /** Set up's offer: protect every tab but Evidence (ticked as last saved; at first, for an installed add-on). */
      protect: boolean;
    }
  | { ok: false; locale: Locale; message: string; sheets: { name: string; reason: string }[] };

/** The coordinator's choices in Set up: the columns, and the structure ("objectives are rows", "current is the latest of Q1–Q4"). */
export interface SetupChoice {
  sheet: string;
  headerRow: number;
  headerRows?: number;
  columns: Partial<Record<PlanField, number | null>>;
  objectives?: ObjectiveSource;
  series?: number[];
  moreSheets?: string[];
  /** Protect every tab but Evidence (true), remove those protections (false), or leave them (absent). */
  protect?: boolean;
}

/** Menu: Set up. */
export function showSetup(): void {
  showSidebar('setup-sidebar', 'addon.setup.title');
}

/** Sidebar: what the reader detected, on the saved sheet/mapping or on `sheet` when the coordinator picks another. */
export function getSetupState(sheet?: string): SetupState {
  const ctx = hostContext();
  const saved = savedMapping(ctx);
  const mapping = saved && (!sheet || sheet === saved.sheet) ? saved : undefined;
  return setupState(ctx, mapping ? { map: mapping } : { sheet });
}

/** Sidebar: the plan as it would read with the coordinator's corrections, before anything is saved. */
export function previewSetup(choice: SetupChoice): SetupState {
  const ctx = hostContext();
  return setupState(ctx, { map: mapFromChoice(ctx, choice) });
}

function setupState(
  ctx: ReturnType<typeof hostContext>,
  options: { map?: PlanMap; sheet?: string },
): SetupState {
  // Set up reads the look (hidden columns, bold rows) of the tabs that may hold the plan — those
  // with a plan-like header — so the reading it saves is final; other tabs cost no extra call.
  const tables = ctx.port
    .sheetNames()
    .filter((n) => !isOwnedTabName(n))
    .map((n) => {
      const table = ctx.port.readSheet(n);
      const sheet = ctx.port.sheetNamed(n);
      return table && sheet && headerCandidates(table, 1).length > 0
        ? withLook(sheet, table)
        : table;
    })
    .filter((x): x is SheetTable => x !== null);
  const reading = readPlan(tables, { ...options, today: ctx.today });
  const sheets = reading.candidates.map((c) => ({
    name: c.sheet,
    reason: render(ctx.locale, c.reason),
  }));
  if (!reading.ok)
    return {
      ok: false,
      locale: ctx.locale,
      message: `${reading.error.message[ctx.locale]} ${t(ctx.locale, 'addon.setup.noPlan')}`,
      sheets,
    };
  const chosen = reading.candidates.find((c) => c.sheet === reading.map.sheet);
  return {
    ok: true,
    locale: ctx.locale,
    sheet: reading.map.sheet,
    sheetReason: chosen ? render(ctx.locale, chosen.reason) : '',
    sheets,
    headers: reading.headers,
    headerRow: reading.map.headerRow,
    fields: PLAN_FIELDS.map((field) => {
      const column = reading.map.columns[field] ?? null;
      const header = reading.map.reasons[field];
      return {
        field,
        label: fieldName(field)[ctx.locale],
        column,
        reason:
          column === null
            ? t(ctx.locale, 'addon.setup.notFound')
            : t(ctx.locale, 'addon.setup.matched', {
                header: header ?? reading.headers[column] ?? '',
              }),
      };
    }),
    structure: {
      objectives: reading.map.objectives ?? 'column',
      headerRows: reading.map.headerRows ?? 1,
      series: reading.map.series ?? [],
      moreSheets: reading.map.moreSheets ?? [],
    },
    reading: explainReading(reading.plan, reading.map, ctx.locale),
    setBy: reading.map.setBy ?? 'reader',
    protect: protectOffer(ctx),
  };
}

/** As the coordinator last chose; before any choice, yes for an installed add-on (coaches come through sharing). */
function protectOffer(ctx: ReturnType<typeof hostContext>): boolean {
  return savedProtectChoice(ctx) ?? !servesWebApp();
}

/** The PlanMap a coordinator's choices stand for: a coordinator's map, always read as given. */
function mapFromChoice(ctx: ReturnType<typeof hostContext>, choice: SetupChoice): PlanMap {
  const columns: Partial<Record<PlanField, number>> = {};
  for (const field of PLAN_FIELDS) {
    const c = choice.columns[field];
    if (typeof c === 'number' && c >= 0) columns[field] = c;
  }
  const table = ctx.port.readSheet(choice.sheet);
  const headers = headerTexts(table ?? { name: choice.sheet, values: [] }, {
    headerRow: choice.headerRow,
    headerRows: choice.headerRows,
  });
  const reasons = Object.fromEntries(
    Object.entries(columns).map(([f, c]) => [f, headers[c as number] ?? '']),
  ) as PlanMap['reasons'];
  const series = (choice.series ?? []).filter(
    (c) => Number.isInteger(c) && c >= 0 && !Object.values(columns).includes(c),
  );
  const objectives = choice.objectives ?? (columns.objective !== undefined ? 'column' : 'rows');
  return {
    v: PLAN_MAP_VERSION,
    sheet: choice.sheet,
    headerRow: choice.headerRow,
    columns,
    reasons,
    objectives,
    setBy: 'coordinator',
    ...(choice.headerRows && choice.headerRows > 1 ? { headerRows: choice.headerRows } : {}),
    ...(series.length ? { series } : {}),
    ...(choice.moreSheets?.length && objectives === 'tabs'
      ? { moreSheets: choice.moreSheets }
      : {}),
  };
}

export type SetupSaved =
  | { ok: true; message: string; tabs: string[] }
  | { ok: false; message: string };

/** Creates the missing owned tabs with their dropdowns, then refreshes: those tabs, and every tab ready. */
function createTabsAndRefresh(
  ctx: ReturnType<typeof hostContext>,
  plan: Plan,
): { tabs: string[]; ready: string[] } {
  const schoolsTab = ownedTabName(ctx.port.sheetNames(), SCHOOLS_TAB);
  const schools = readSchools(schoolsTab ? ctx.port.readSheet(schoolsTab) : null);
  // Creates the missing tabs and applies the dropdowns: the refresh below need not redo them.
  const tabs = ensureOwnedTabs(ctx.spreadsheet, ctx.port, ctx.locale, vocabularyOf(plan, schools));
  const refreshed = runRefresh(ctx);
  return {
    tabs,
    ready: refreshed.ok ? [...tabs, refreshed.tabs.dashboard, refreshed.tabs.summary] : tabs,
  };
}

/** What Set up says once saved: the tabs, the automatic refresh, the protections. */
function savedMessage(
  locale: Locale,
  tabs: string[],
  autoRefresh: boolean,
  protect: boolean | undefined,
  protection: ReturnType<typeof protectTabs> | null,
): string {
  const protectionWords =
    protection === null
      ? ''
      : protection.ok
        ? t(locale, protect ? 'addon.setup.protected' : 'addon.setup.unprotected')
        : protection.message;
  return [
    t(locale, 'addon.setup.saved', { tabs: tabs.join(', ') }),
    t(locale, autoRefresh ? 'addon.setup.autoRefresh' : 'addon.setup.autoRefreshBusy'),
    protectionWords,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Sidebar: saves the confirmed reading (columns and structure), creates the owned tabs, keeps key-result ids, refreshes, publishes the map and ids for coaches signed in with Google, sets the automatic refreshes and the protections chosen. */
export function saveSetup(choice: SetupChoice): SetupSaved {
  const ctx = hostContext();
  const mapping = mapFromChoice(ctx, choice);
  const reading = loadPlan(ctx, mapping);
  if (!reading.ok) return { ok: false, message: reading.error.message[ctx.locale] };
  saveMapping(ctx, mapping);
  const written = unlessProtectedAgainstMe(ctx, () => createTabsAndRefresh(ctx, reading.plan));
  if (!written.ok) return { ok: false, message: written.message };
  // Coaches signed in with Google read the confirmed map and ids from the spreadsheet itself.
  const identity = savedIdentity(ctx);
  if (identity) publishPlanSetup(ctx, mapping, identity, { verify: true });
  // Hourly and on open from now on (one trigger of each; a double click cannot make two).
  const autoRefresh = withScriptLock(() => setAutoRefresh(ctx.spreadsheet, true));
  const protection = choice.protect === undefined ? null : protectTabs(ctx, choice.protect);
  return {
    ok: true,
    message: savedMessage(
      ctx.locale,
      written.value.ready,
      autoRefresh.ok,
      choice.protect,
      protection,
    ),
    tabs: written.value.tabs,
  };
}
