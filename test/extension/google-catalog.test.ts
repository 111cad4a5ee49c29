// The catalog a coach signed in with Google gets is the one the add-on's web app gives for the
// same sheet: read through spreadsheets.get + values:batchGet, then the shared reader. Checked on
// generated plans (every layout of issue 8, English and French) against the reader given the
// add-on's own tables (values, number formats and merges as Apps Script hands them over).
import { describe, expect, it } from 'vitest';
import { readSheetCatalog } from '../../extension/lib/google-catalog';
import type { SheetTable } from '../../shared/cells';
import { readSchools } from '../../shared/owned-tab-reading';
import { SCHOOLS_TAB } from '../../shared/owned-tabs';
import { ownedTabName, readPlanFromWorkbook } from '../../shared/plan-snapshot';
import { buildCatalog } from '../../shared/protocol-service';
import type { WorkbookPort } from '../../shared/workbook-port';
import {
  COACH_EMAIL,
  PLAN_SHEET_ID,
  evidenceTab,
  fakeSheets,
  schoolsTab,
} from '../google-fake/plan-spreadsheet';
import { generatePlan } from '../plan-generator/index';
import { googleHarness } from './google-harness';

const SEEDS = 120;

/** The add-on's view of the workbook: Apps Script gives values, formats and merges (no bold). */
function addonPort(tables: SheetTable[]): WorkbookPort {
  const byName = new Map(tables.map((t) => [t.name, { ...t, bold: undefined }]));
  const none = () => {
    throw new Error('read only');
  };
  return {
    sheetNames: () => tables.map((t) => t.name),
    readSheet: (name) => byName.get(name) ?? null,
    writeLayout: none,
    appendRows: none,
    getSetting: () => null,
    setSetting: none,
  };
}

/** A generated plan with a Schools tab (its own, or ours when it has none). */
function planWithSchools(seed: number) {
  const generated = generatePlan(seed);
  const language: 'en' | 'fr' = generated.features.includes('lang:fr') ? 'fr' : 'en';
  const ownSchools = ownedTabName(
    generated.sheets.map((s) => s.name),
    SCHOOLS_TAB,
  );
  const added = schoolsTab(language);
  const tables: SheetTable[] = ownSchools
    ? generated.sheets
    : [...generated.sheets, { name: added.title, values: added.values }];
  return { tables, language, schoolsName: ownSchools ?? added.title };
}

describe('the catalog through the Sheets API', () => {
  it(`equals the add-on's catalog on ${SEEDS} generated plans`, async () => {
    const differing: number[] = [];
    let compared = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { tables, language, schoolsName } = planWithSchools(seed);
      const reading = readPlanFromWorkbook(addonPort(tables));
      if (!reading.ok) continue;
      compared++;
      const expected = buildCatalog({
        planName: 'Maple District Math Plan 2025-26',
        plan: reading.plan,
        schools: readSchools(tables.find((t) => t.name === schoolsName) ?? null),
        coach: 'Alex Martin',
        locale: language,
      });
      const spreadsheetLocale = language === 'fr' ? 'fr_CA' : 'en_US';
      const h = await googleHarness(
        [...fakeSheets(tables), evidenceTab(language)],
        spreadsheetLocale,
      );
      h.google.consented.add(COACH_EMAIL); // signed in before
      const read = await readSheetCatalog(h.client, PLAN_SHEET_ID, 'Alex Martin');
      if (!read.ok || JSON.stringify(read.value.catalog) !== JSON.stringify(expected))
        differing.push(seed);
    }
    expect(compared).toBeGreaterThan(SEEDS * 0.9);
    expect(differing, `seeds whose catalogs differ: ${differing.join(', ')}`).toEqual([]);
  }, 120_000);
});
