/**
 * Plan spreadsheets for the fake Google: a district plan tab, Schools and an Evidence tab with its
 * headers, as Set up leaves them, in English or French; or any tables (generated plans).
 */
import type { SheetTable } from '../../shared/cells';
import { evidenceHeaders } from '../../shared/evidence-row';
import { SCHOOLS_TAB, EVIDENCE_TAB } from '../../shared/owned-tabs';
import type { FakeGoogle, FakeSheet } from './fake-google';

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

/** The fake Google with the coach signed in to the browser and the plan shared with them. */
export function withPlanSpreadsheet(
  google: FakeGoogle,
  sheets?: FakeSheet[],
  locale = 'en_US',
): void {
  google.addUser(COACH_EMAIL, COACH_NAME);
  google.signedIn = COACH_EMAIL;
  google.addSpreadsheet({
    id: PLAN_SHEET_ID,
    title: 'Maple District Math Plan 2025-26',
    locale,
    sheets: sheets ?? [planTab(), schoolsTab(), evidenceTab()],
    sharedWith: [COACH_EMAIL],
  });
}

/** Tables (a generated plan) as fake sheets. */
export function fakeSheets(tables: SheetTable[]): FakeSheet[] {
  return tables.map((table) => ({ title: table.name, values: table.values, merges: table.merges }));
}

/** The Evidence rows the fake holds, keyed by header (header row excluded). */
export function evidenceRecords(google: FakeGoogle, tab = 'Evidence'): Record<string, string>[] {
  const [header = [], ...rows] = google.rows(PLAN_SHEET_ID, tab);
  return rows.map((row) =>
    Object.fromEntries(header.map((h, i) => [String(h), String(row[i] ?? '')])),
  );
}
