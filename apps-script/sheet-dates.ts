/**
 * getValues returns a date cell as the instant of midnight in the spreadsheet's time zone, which in
 * zones east of UTC is the previous evening in UTC. The core reads dates by their UTC calendar fields,
 * so every Date is turned into the same wall-clock time expressed in UTC: "15/06/2026" stays the 15th.
 */
import type { CellValue } from '../shared/cells';

export function toCalendarDates(values: CellValue[][], timeZone: string): CellValue[][] {
  const seen = new Map<number, Date>();
  const convert = (date: Date): Date => {
    const known = seen.get(date.getTime());
    if (known) return known;
    const wall = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm:ss');
    const [y, mo, d, h, mi, s] = wall.split(/[- :]/).map(Number);
    const calendar = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    seen.set(date.getTime(), calendar);
    return calendar;
  };
  return values.map((row) =>
    row.some((v) => v instanceof Date) ? row.map((v) => (v instanceof Date ? convert(v) : v)) : row,
  );
}

/**
 * The inverse, for writing: a calendar date the core made (wall-clock time in UTC fields) becomes the
 * instant at which the spreadsheet's zone shows that wall-clock time, so "2026-01-14" lands on the 14th.
 */
export function toSheetDate(calendar: Date, timeZone: string): Date {
  const wallOf = (instant: Date): number => {
    const [y, mo, d, h, mi, s] = Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd HH:mm:ss')
      .split(/[- :]/)
      .map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, s);
  };
  const offset = (instant: Date) => wallOf(instant) - instant.getTime();
  const guess = new Date(calendar.getTime() - offset(calendar));
  return new Date(calendar.getTime() - offset(guess));
}
