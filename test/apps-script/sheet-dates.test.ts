import { afterEach, describe, expect, it } from 'vitest';
import { toCalendarDates } from '../../apps-script/sheet-dates';
import { newCallLog } from './fake/call-log';
import { fakeUtilities } from './fake/fake-services';
import { FakeSpreadsheet } from './fake/fake-spreadsheet';

const globals = globalThis as { Utilities?: unknown };
afterEach(() => delete globals.Utilities);

describe('dates read from a spreadsheet in any time zone', () => {
  it.each([
    ['Europe/Paris', '2026-06-14T22:00:00.000Z'],
    ['Asia/Tokyo', '2026-06-14T15:00:00.000Z'],
    ['America/Toronto', '2026-06-15T04:00:00.000Z'],
  ])('a due date of 15 June 2026 in %s stays 15 June', (timeZone, instant) => {
    const log = newCallLog(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    const spreadsheet = new FakeSpreadsheet(log, 'fr_FR', timeZone);
    spreadsheet.seed('Plan', [['Échéance'], [new Date(Date.UTC(2026, 5, 15))]]);
    const read = spreadsheet.getSheetByName('Plan')!.getRange(1, 1, 2, 1).getValues();
    expect((read[1][0] as Date).toISOString()).toBe(instant);
    globals.Utilities = fakeUtilities(log);
    const [, [due]] = toCalendarDates(read as Date[][], timeZone);
    expect((due as Date).toISOString().slice(0, 10)).toBe('2026-06-15');
  });
});
