/**
 * Decides whether a sheet writes dates day-first (15/06/2026) or month-first (06/15/2026): a date
 * column that holds any 13–31 in the first place is day-first, in the second month-first; otherwise
 * French headers mean day-first and English ones month-first.
 */
import { cellText } from './cell-text';
import type { DayOrder } from './dates';

/** The day order for a sheet's date columns (0-based), read from the rows below the header. */
export function inferDayOrder(
  rows: unknown[][],
  dateColumns: number[],
  headerRow: number,
  frenchHeaders: boolean,
): DayOrder {
  for (let row = headerRow + 1; row < rows.length; row++) {
    for (const col of dateColumns) {
      const value = rows[row]?.[col];
      if (typeof value !== 'string') continue;
      const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\s*$/.exec(cellText(value));
      if (!match) continue;
      if (Number(match[1]) > 12) return 'dmy';
      if (Number(match[2]) > 12) return 'mdy';
    }
  }
  return frenchHeaders ? 'dmy' : 'mdy';
}
