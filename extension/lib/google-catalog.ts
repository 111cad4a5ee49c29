/**
 * The catalog from the plan spreadsheet itself, for coaches signed in with Google: tab titles, merges
 * and the setup the add-on published as developer metadata (spreadsheets.get), the plan tabs and
 * Schools in one values:batchGet, then the shared reader and buildCatalog — the same catalog, with
 * the same key-result ids, the add-on's web app gives for that sheet. When the coordinator has not
 * run Set up, the reader guesses, as the add-on would, and the catalog says so.
 */
import type { MergedRange, SheetTable } from '../../shared/cells';
import { readSchools } from '../../shared/owned-tab-reading';
import { EVIDENCE_TAB, OWNED_TABS, SCHOOLS_TAB, SETTINGS_TAB_NAME } from '../../shared/owned-tabs';
import { ownedTabName, readPlanFromWorkbook } from '../../shared/plan-snapshot';
import { setUpReading } from '../../shared/key-result-identity';
import type { PlanMap } from '../../shared/read-plan';
import {
  KEY_RESULTS_SETTING,
  MAPPING_SETTING,
  metadataKey,
  readSetting,
} from '../../shared/stored-settings';
import { localeFrom } from '../../shared/messages';
import type { Catalog } from '../../shared/protocol';
import { buildCatalog } from '../../shared/protocol-service';
import type { WorkbookPort } from '../../shared/workbook-port';
import {
  quoteSheet,
  type SheetsClient,
  type SheetsResult,
  type SpreadsheetInfo,
} from './google-sheets';

/** Whether the plan was read with the map the coordinator confirmed at Set up, or guessed. */
export type PlanReadingSource = 'confirmed' | 'guessed';

export interface SheetCatalog {
  catalog: Catalog;
  evidenceTab: string | null;
  reading: PlanReadingSource;
}

export type SheetCatalogResult =
  | SheetsResult<SheetCatalog>
  | { ok: false; problem: { code: 'no-plan'; message: string } };

function merges(sheet: SpreadsheetInfo['sheets'][number] | undefined): MergedRange[] {
  return (sheet?.merges ?? []).map((m) => ({
    row: m.startRowIndex,
    col: m.startColumnIndex,
    rows: m.endRowIndex - m.startRowIndex,
    cols: m.endColumnIndex - m.startColumnIndex,
  }));
}

/** A read-only workbook over the tables fetched, so the core reads the plan as any host would. */
function fetchedWorkbook(names: string[], tables: Map<string, SheetTable>): WorkbookPort {
  const readOnly = () => {
    throw new Error('The extension only reads the plan');
  };
  return {
    sheetNames: () => names,
    readSheet: (name) => tables.get(name) ?? null,
    writeLayout: readOnly,
    appendRows: readOnly,
    getSetting: () => null,
    setSetting: readOnly,
  };
}

const isOwned = (name: string) =>
  name === SETTINGS_TAB_NAME ||
  OWNED_TABS.some((tab) => name === tab.name.en || name === tab.name.fr);

/** The map the coordinator confirmed, as the add-on published it; null when there is none (yet). */
function confirmedMap(info: SpreadsheetInfo, names: string[]): PlanMap | null {
  const map = readSetting(MAPPING_SETTING, info.metadata[metadataKey(MAPPING_SETTING)] ?? null);
  return map?.setBy === 'coordinator' && names.includes(map.sheet) ? map : null;
}

/** The tabs to fetch: the mapped ones (else every tab the plan may be on), and Schools. */
function tabsToRead(names: string[], map: PlanMap | null, schoolsTab: string | null): string[] {
  const plan = map
    ? [map.sheet, ...(map.moreSheets ?? [])].filter((n) => names.includes(n))
    : names.filter((n) => !isOwned(n));
  return [...plan, ...(schoolsTab && !plan.includes(schoolsTab) ? [schoolsTab] : [])];
}

/** Reads the catalog of one plan spreadsheet; `today` helps the guess when no map was published. */
export async function readSheetCatalog(
  client: SheetsClient,
  spreadsheetId: string,
  coach: string,
  today?: string,
): Promise<SheetCatalogResult> {
  const info = await client.spreadsheet(spreadsheetId);
  if (!info.ok) return info;
  const names = info.value.sheets.map((s) => s.title);
  const schoolsTab = ownedTabName(names, SCHOOLS_TAB);
  const map = confirmedMap(info.value, names);
  const wanted = tabsToRead(names, map, schoolsTab);
  const values = await client.batchGet(spreadsheetId, wanted.map(quoteSheet));
  if (!values.ok) return values;
  const tables = new Map<string, SheetTable>(
    wanted.map((name, i) => [
      name,
      {
        name,
        values: values.value[i],
        merges: merges(info.value.sheets.find((s) => s.title === name)),
      },
    ]),
  );
  const workbook = fetchedWorkbook(names, tables);
  const identity = readSetting(
    KEY_RESULTS_SETTING,
    info.value.metadata[metadataKey(KEY_RESULTS_SETTING)] ?? null,
  );
  const reading = readPlanFromWorkbook(
    workbook,
    setUpReading(workbook, map ?? undefined, identity, today),
  );
  if (!reading.ok)
    return { ok: false, problem: { code: 'no-plan', message: reading.error.message.en } };
  const catalog = buildCatalog({
    planName: info.value.title,
    plan: reading.plan,
    schools: readSchools(schoolsTab ? (tables.get(schoolsTab) ?? null) : null),
    coach,
    locale: localeFrom(info.value.locale),
  });
  return {
    ok: true,
    value: {
      catalog,
      evidenceTab: ownedTabName(names, EVIDENCE_TAB),
      reading: map ? 'confirmed' : 'guessed',
    },
  };
}
