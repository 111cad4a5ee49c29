/**
 * Plan spreadsheets for the fake Google: a district plan tab, Schools and an Evidence tab with its
 * headers, and the map and ids Set up publishes as developer metadata, as Set up leaves them, in
 * English or French; a plan whose coordinator confirmed another column than the reader guesses; or
 * any tables (generated plans, never set up).
 */
import type { SheetTable } from '../../shared/cells';
import { evidenceHeaders } from '../../shared/evidence-row';
import { identityOf } from '../../shared/key-result-identity';
import { keyResultIdFor } from '../../shared/key-result-id';
import { SCHOOLS_TAB, EVIDENCE_TAB, isOwnedTabName } from '../../shared/owned-tabs';
import { readPlan, type PlanMap } from '../../shared/read-plan';
import { publishedEntries } from '../../shared/stored-settings';
import type { FakeDeveloperMetadata, FakeGoogle, FakeSheet } from './fake-google';

export const PLAN_SHEET_ID = '1PlanSheetForTests_abcdefghijklmnopqrstuvwxyz';
export const COACH_EMAIL = 'alex.martin@maple.example';
export const COACH_NAME = 'Alex Martin';

/** A small plan as a coordinator types it: objectives, key results, baseline, target, due. */
export function planTab(): FakeSheet {
  return {
    title: '2025-26 Plan',
    values: [
      ['Objective', 'Key result', 'Baseline', 'Current', 'Target', 'Due'],
      [
        'Deepen understanding of fractions',
        '% of observed classrooms where students explain their reasoning',
        0.35,
        0.42,
        0.6,
        '2026-06-15',
      ],
      ['Deepen understanding of fractions', 'Co-planning cycles completed', 4, 9, 20, '2026-06-15'],
      [
        'High-depth PLC work',
        '% of PLC meetings analysing student work',
        0.2,
        0.31,
        0.5,
        '2026-05-29',
      ],
    ],
  };
}

export function schoolsTab(locale: 'en' | 'fr' = 'en'): FakeSheet {
  return {
    title: SCHOOLS_TAB.name[locale],
    values: [
      SCHOOLS_TAB.columns.map((c) => c.header[locale]),
      ['Cedar Elementary', 'Teaching through problem solving', 'R. Singh', COACH_NAME],
      ['Birch Middle', 'Using representations', 'M. Roy', COACH_NAME],
    ],
  };
}

export function evidenceTab(locale: 'en' | 'fr' = 'en'): FakeSheet {
  return { title: EVIDENCE_TAB.name[locale], values: [evidenceHeaders(locale)] };
}

/**
 * What Set up published on the sheet: the reader's reading confirmed as is (`guess`), the
 * coordinator's own map with the ids the add-on kept for its rows, or nothing (never set up).
 */
export type PublishedSetup =
  | 'guess'
  | { map(guess: PlanMap): PlanMap; ids?: Record<number, string> }
  | null;

const asTables = (sheets: FakeSheet[]): SheetTable[] =>
  sheets
    .filter((s) => !isOwnedTabName(s.title))
    .map((s) => ({ name: s.title, values: s.values, merges: s.merges }));

/** The developer metadata Set up leaves on a spreadsheet of these tabs (the add-on's own functions). */
export function publishedMetadata(
  sheets: FakeSheet[],
  setUp: PublishedSetup,
): FakeDeveloperMetadata[] {
  if (!setUp) return [];
  const tables = asTables(sheets);
  const guess = readPlan(tables);
  if (!guess.ok) return [];
  const map: PlanMap =
    setUp === 'guess' ? { ...guess.map, setBy: 'coordinator' } : setUp.map(guess.map);
  const ids = setUp === 'guess' ? {} : (setUp.ids ?? {});
  const reading = readPlan(tables, { map, keyResultIds: ids });
  if (!reading.ok) return [];
  return Object.entries(publishedEntries(map, identityOf(reading.plan))).map(([key, value]) => ({
    metadataKey: key,
    metadataValue: value,
    visibility: 'DOCUMENT',
  }));
}

/** The fake Google with the coach signed in to the browser and the plan shared with them. */
export function withPlanSpreadsheet(
  google: FakeGoogle,
  sheets?: FakeSheet[],
  locale = 'en_US',
  setUp: PublishedSetup = sheets ? null : 'guess',
): void {
  google.addUser(COACH_EMAIL, COACH_NAME);
  google.signedIn = COACH_EMAIL;
  const tabs = sheets ?? [planTab(), schoolsTab(), evidenceTab()];
  google.addSpreadsheet({
    id: PLAN_SHEET_ID,
    title: 'Maple District Math Plan 2025-26',
    locale,
    sheets: tabs,
    sharedWith: [COACH_EMAIL],
    developerMetadata: publishedMetadata(tabs, setUp),
  });
}

/**
 * A plan tab whose short "Key result" labels the reader takes as the key results, while the
 * coordinator confirmed at Set up that the board's wording (the next column) is the key result.
 */
export function boardWordingPlanTab(): FakeSheet {
  return {
    title: '2025-26 Plan',
    values: [
      ['Objective', 'Key result', 'Board wording', 'Baseline', 'Current', 'Target', 'Due'],
      [...BOARD_ROWS[0], 0.35, 0.42, 0.6, '2026-06-15'],
      [...BOARD_ROWS[1], 4, 9, 20, '2026-06-15'],
      [...BOARD_ROWS[2], 0.2, 0.31, 0.5, '2026-05-29'],
    ],
  };
}

/** Objective, short label, the board's wording. */
export const BOARD_ROWS = [
  [
    'Deepen understanding of fractions',
    'Explaining',
    'Share of observed classrooms where students justify a fraction comparison aloud',
  ],
  [
    'Deepen understanding of fractions',
    'Co-planning',
    'Co-planning cycles completed with grade 4-6 teams before each unit',
  ],
  [
    'High-depth PLC work',
    'PLC depth',
    'Share of PLC meetings that analyse samples of student work',
  ],
] as const;

/**
 * The coordinator's Set up on boardWordingPlanTab: the key result is the board's wording, and the
 * add-on's ids are those it gave when that wording read differently (it was reworded since).
 */
export const BOARD_SETUP: PublishedSetup = {
  map: (guess) => ({
    ...guess,
    columns: {
      ...Object.fromEntries(Object.entries(guess.columns).filter(([, col]) => col !== 2)),
      keyResult: 2,
    },
    reasons: { ...guess.reasons, keyResult: 'Board wording' },
    setBy: 'coordinator',
  }),
  ids: Object.fromEntries(BOARD_ROWS.map((_row, i) => [i + 1, boardId(i)])),
};

/** The id the add-on kept for row i of BOARD_ROWS (from the wording it had at an earlier Set up). */
export function boardId(i: number): string {
  return keyResultIdFor(BOARD_ROWS[i][0], `${BOARD_ROWS[i][2]} in August`);
}

/** Tables (a generated plan) as fake sheets. */
export function fakeSheets(tables: SheetTable[]): FakeSheet[] {
  return tables.map((table) => ({ title: table.name, values: table.values, merges: table.merges }));
}

/** The Evidence rows the fake holds, keyed by header (header row excluded). */
export function evidenceRecords(
  google: FakeGoogle,
  tab = 'Evidence',
  spreadsheetId = PLAN_SHEET_ID,
): Record<string, string>[] {
  const [header = [], ...rows] = google.rows(spreadsheetId, tab);
  return rows.map((row) =>
    Object.fromEntries(header.map((h, i) => [String(h), String(row[i] ?? '')])),
  );
}
