/**
 * The catalog from the plan spreadsheet itself, for coaches signed in with Google: tab titles and
 * merges (spreadsheets.get), the candidate plan tabs and Schools in one values:batchGet, then the
 * shared reader and buildCatalog — the same catalog the add-on's web app gives for that sheet.
 */
import type { MergedRange, SheetTable } from '../../shared/cells';
import { readSchools } from '../../shared/owned-tab-reading';
import { EVIDENCE_TAB, OWNED_TABS, SCHOOLS_TAB, SETTINGS_TAB_NAME } from '../../shared/owned-tabs';
import { ownedTabName, readPlanFromWorkbook } from '../../shared/plan-snapshot';
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

export interface SheetCatalog {
  catalog: Catalog;
  evidenceTab: string | null;
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

export async function readSheetCatalog(
  client: SheetsClient,
  spreadsheetId: string,
  coach: string,
): Promise<SheetCatalogResult> {
  const info = await client.spreadsheet(spreadsheetId);
  if (!info.ok) return info;
  const names = info.value.sheets.map((s) => s.title);
  const schoolsTab = ownedTabName(names, SCHOOLS_TAB);
  const wanted = [...names.filter((n) => !isOwned(n)), ...(schoolsTab ? [schoolsTab] : [])];
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
  const reading = readPlanFromWorkbook(fetchedWorkbook(names, tables));
  if (!reading.ok)
    return { ok: false, problem: { code: 'no-plan', message: reading.error.message.en } };
  const catalog = buildCatalog({
    planName: info.value.title,
    plan: reading.plan,
    schools: readSchools(schoolsTab ? (tables.get(schoolsTab) ?? null) : null),
    coach,
    locale: localeFrom(info.value.locale),
  });
  return { ok: true, value: { catalog, evidenceTab: ownedTabName(names, EVIDENCE_TAB) } };
}
