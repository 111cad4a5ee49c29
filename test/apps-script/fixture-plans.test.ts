import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { ADDON_SCOPES } from '../../apps-script/manifest';
import { loadAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { newCallLog } from './fake/call-log';
import { FakeSpreadsheet } from './fake/fake-spreadsheet';
import { shown, snapshotOf } from './fixtures/sheet-text';

beforeAll(ensureBuilt);

const FIXTURES = '../shared/fixtures';
interface ExpectedKeyResult {
  title: string;
  progress: number | null;
  status: string;
}
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as Record<
  string,
  { sheet: string; objectives: { keyResults: ExpectedKeyResult[] }[] }
>;

const STATUS = {
  en: {
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    achieved: 'Achieved',
    'no-data': 'No data yet',
  },
  fr: {
    'on-track': 'En bonne voie',
    'at-risk': 'À surveiller',
    'off-track': 'En retard',
    achieved: 'Atteint',
    'no-data': 'Pas encore de données',
  },
} as Record<string, Record<string, string>>;

describe.each([
  ['plan-simple.xlsx', 'en_US', 'en', 'Dashboard', 'America/Toronto'],
  ['plan-messy.xlsx', 'en_CA', 'en', 'Dashboard', 'America/Vancouver'],
  ['plan-french.xlsx', 'fr_CA', 'fr', 'Tableau de bord', 'Europe/Paris'],
])('%s in Google Sheets (%s)', (file, sheetsLocale, locale, dashboardName, timeZone) => {
  it('sets up on the right sheet, never writes it, and shows every key result with the expected status and progress', async () => {
    const read = await readWorkbookFile(`${FIXTURES}/${file}`);
    if (!read.ok) throw new Error(read.error.message);
    const spreadsheet = new FakeSpreadsheet(newCallLog([...ADDON_SCOPES]), sheetsLocale, timeZone);
    for (const table of read.sheets) spreadsheet.seedTable(table);
    const planName = expected[file].sheet;
    const before = snapshotOf(spreadsheet.sheet(planName)!);
    const addon = loadAddon({
      now: '2026-01-15T15:00:00Z',
      locale: sheetsLocale,
      world: { spreadsheet },
    });
    const state = addon.call('getSetupState') as {
      sheet: string;
      headerRow: number;
      fields: { field: string; column: number | null }[];
    };
    expect(state.sheet).toBe(planName);
    const saved = addon.call('saveSetup', {
      sheet: state.sheet,
      headerRow: state.headerRow,
      columns: Object.fromEntries(state.fields.map((f) => [f.field, f.column])),
    }) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(snapshotOf(spreadsheet.sheet(planName)!)).toBe(before);
    const rows = shown(spreadsheet.sheet(dashboardName)!);
    for (const kr of expected[file].objectives.flatMap((o) => o.keyResults)) {
      const row = rows.find((line) => line[0] === kr.title);
      expect(row, kr.title).toBeDefined();
      expect(row?.[6].startsWith(STATUS[locale][kr.status]), `${kr.title}: ${row?.[6]}`).toBe(true);
      if (kr.progress !== null)
        expect(row?.[5]).toMatch(new RegExp(`${Math.round(kr.progress * 100)}\\s?%$`));
    }
  });
});
