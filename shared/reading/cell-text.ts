/**
 * The text a person sees in a cell, whatever type the host handed over, so titles and owners read
 * the same from Sheets, an .xlsx or a CSV.
 */
import type { CellValue } from '../cells';
import { isoFromDate } from './dates';

/** Trimmed display text of a cell; '' for empty cells. Dates come out as YYYY-MM-DD. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromDate(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.replace(/\s+/g, ' ').trim();
}
