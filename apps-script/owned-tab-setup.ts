/**
 * Creates the tabs the add-on owns when they are missing — Evidence, Check-ins, Schools, Supports —
 * with their headers, a note on each header explaining the column, a frozen header row and
 * dropdowns (key result, school, practice, evidence type, support kind and status). Existing tabs
 * keep their rows; only their dropdown lists are brought up to date. A dropdown covers its whole
 * column below the header, and every refresh extends it to rows added since (by the coordinator or
 * by clips) and updates its list when key results, schools or practices changed.
 */
import type { Locale } from '../shared/messages';
import type { Plan } from '../shared/plan-schema';
import type { School } from '../shared/records';
import {
  CHECK_INS_TAB,
  EVIDENCE_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  ownedTabName,
  type OwnedTab,
} from '../shared/owned-tabs';
import {
  EVIDENCE_TYPES,
  IMPLEMENTATION_STAGES,
  SUPPORT_KINDS,
} from '../shared/evidence-vocabulary';
import { sha256Hex as fingerprintOf } from './coach-registry';
import type { SheetsWorkbook } from './sheets-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Vocabulary {
  keyResults: string[];
  objectives: string[];
  schools: string[];
  practices: string[];
}

export function vocabularyOf(plan: Plan, schools: School[]): Vocabulary {
  return {
    keyResults: plan.objectives.flatMap((o) => o.keyResults.map((kr) => kr.title)),
    objectives: plan.objectives.flatMap((o) => (o.title === null ? [] : [o.title])),
    schools: schools.map((s) => s.name).filter(Boolean),
    practices: [...new Set(schools.map((s) => s.practice.trim()).filter(Boolean))],
  };
}

/** Column key → list of allowed values, per tab. Lists warn on other values, never block them. */
function dropdowns(tab: OwnedTab, v: Vocabulary): Record<string, string[]> {
  switch (tab.key) {
    case 'evidence':
      return {
        keyResult: v.keyResults,
        school: v.schools,
        practice: v.practices,
        type: [...EVIDENCE_TYPES],
        stage: [...IMPLEMENTATION_STAGES],
      };
    case 'checkIns':
      return { keyResult: v.keyResults, confidence: ['1', '2', '3', '4', '5'] };
    case 'schools':
      return { practice: v.practices };
    case 'supports':
      return { kind: [...SUPPORT_KINDS], objective: v.objectives, status: ['planned', 'held'] };
    default:
      return {};
  }
}

function createTab(spreadsheet: Spreadsheet, tab: OwnedTab, locale: Locale): Sheet {
  const sheet = spreadsheet.insertSheet(tab.name[locale]);
  const header = sheet.getRange(1, 1, 1, tab.columns.length);
  header.setValues([tab.columns.map((c) => c.header[locale])]);
  header.setNotes([tab.columns.map((c) => c.note[locale])]);
  header.setFontWeight('bold');
  header.setBackground('#e8f0fe');
  sheet.setFrozenRows(1);
  return sheet;
}

/** Sets each dropdown on its column from row 2 to the sheet's last row (blank rows included). */
function applyDropdowns(
  sheet: Sheet,
  tab: OwnedTab,
  vocabulary: Vocabulary,
  maxRows = sheet.getMaxRows(),
): void {
  const lists = dropdowns(tab, vocabulary);
  const rows = Math.max(1, maxRows - 1);
  tab.columns.forEach((column, c) => {
    const list = lists[column.key];
    if (!list || list.length === 0) return;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(list.slice(0, 500), true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(2, c + 1, rows, 1).setDataValidation(rule);
  });
}

const RECORD_TABS: OwnedTab[] = [EVIDENCE_TAB, CHECK_INS_TAB, SCHOOLS_TAB, SUPPORTS_TAB];

/** Document setting holding the fingerprint of the dropdowns last applied. */
export const DROPDOWNS_SETTING = 'dropdowns';

/** What the dropdowns depend on: the lists only (rows added past them are handled by row counts). */
export function dropdownFingerprint(vocabulary: Vocabulary): string {
  return fingerprintOf(JSON.stringify(vocabulary));
}

/** Setting: the last row each record tab's dropdowns reach, by tab name. */
const DROPDOWN_ROWS_SETTING = 'dropdownRows';

/**
 * On refresh: re-applies the dropdowns of the record tabs when their lists changed since last time
 * (`fingerprint`) or a tab now holds rows past what they reach (`lastRows`, from the tabs just read).
 * Returns the new fingerprint; when nothing changed it makes no spreadsheet call at all.
 */
export function refreshDropdowns(
  port: SheetsWorkbook,
  vocabulary: Vocabulary,
  fingerprint: string | null,
): string {
  const now = dropdownFingerprint(vocabulary);
  const reach = JSON.parse(port.getSetting(DROPDOWN_ROWS_SETTING) ?? '{}') as Record<
    string,
    number
  >;
  const names = port.sheetNames();
  const tabs = RECORD_TABS.map((tab) => ({
    tab,
    name: ownedTabName(names, tab),
  })).filter((f): f is { tab: OwnedTab; name: string } => f.name !== null);
  const outgrown = tabs.some(
    ({ name }) => (port.readSheet(name)?.values.length ?? 0) > (reach[name] ?? 0),
  );
  if (now === fingerprint && !outgrown) return now;
  rememberDropdownReach(
    port,
    tabs.map(({ tab, name }) => {
      const sheet = port.sheetNamed(name);
      const maxRows = sheet ? sheet.getMaxRows() : 0;
      if (sheet) applyDropdowns(sheet, tab, vocabulary, maxRows);
      return [name, maxRows] as const;
    }),
  );
  return now;
}

function rememberDropdownReach(port: SheetsWorkbook, reach: (readonly [string, number])[]): void {
  port.setSetting(DROPDOWN_ROWS_SETTING, JSON.stringify(Object.fromEntries(reach)));
}

/** Ensures the four record tabs exist; returns their names as they are in this spreadsheet. */
export function ensureOwnedTabs(
  spreadsheet: Spreadsheet,
  port: SheetsWorkbook,
  locale: Locale,
  vocabulary: Vocabulary,
): string[] {
  const names = port.sheetNames();
  const made = RECORD_TABS.map((tab) => {
    const existing = ownedTabName(names, tab);
    const sheet = existing ? port.sheetNamed(existing) : createTab(spreadsheet, tab, locale);
    const maxRows = sheet ? sheet.getMaxRows() : 0;
    if (sheet) applyDropdowns(sheet, tab, vocabulary, maxRows);
    return [existing ?? tab.name[locale], maxRows] as const;
  });
  rememberDropdownReach(port, made);
  port.forget();
  port.setSetting(DROPDOWNS_SETTING, dropdownFingerprint(vocabulary));
  return made.map(([name]) => name);
}
