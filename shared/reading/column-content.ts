/**
 * What a column holds under its header (mostly numbers, dates or words), on every row or only on the
 * rows that name a key result (an action step's "Done" is not a key result's value), so a header's wording is
 * checked against its content: a "Goal" column full of numbers is a target, not an objective; a
 * "Target" column full of dates is not the target value.
 */
import type { SheetTable } from '../cells';
import { cellText } from './cell-text';
import { readNumberText } from './cell-values';
import { readDateText } from './dates';
import { isStatusText } from './status-words';

/** The kind of values a column mostly holds. */
export type ColumnContent = 'numbers' | 'dates' | 'words' | 'mixed' | 'empty';

const SAMPLE_ROWS = 40;
const MOSTLY = 0.6;

/** The kind most of the column's non-blank cells below the header are ("n/a", "-", "TBD" count as blank). */
export function columnContent(table: SheetTable, headerRow: number, col: number): ColumnContent {
  return columnProfile(table, headerRow, col).kind;
}

/** A column's kind, how many cells were filled (one odd cell decides nothing) and how many are status words. */
export interface ColumnProfile {
  kind: ColumnContent;
  filled: number;
  statuses: number;
}

/** The column's kind and how many cells were filled, so one odd cell does not decide a column. */
export function columnProfile(
  table: SheetTable,
  headerRow: number,
  col: number,
  keyResultCol?: number,
): ColumnProfile {
  const key = `${headerRow}:${col}:${keyResultCol ?? ''}`;
  let profiles = profilesByTable.get(table);
  if (!profiles) {
    profiles = new Map();
    profilesByTable.set(table, profiles);
  }
  let profile = profiles.get(key);
  if (!profile) {
    profile = measureColumn(table, headerRow, col, keyResultCol);
    profiles.set(key, profile);
  }
  return profile;
}

/** "42", "18,5 %", "14 cycles", "7 of 25 schools": a value as people write it, not a sentence that holds a number. */
function readsAsQuantity(text: string): boolean {
  return text.length <= 40 && readNumberText(text).kind === 'number';
}

/** Tables are read-only once handed in: each column's profile under a header row is measured once. */
const profilesByTable = new WeakMap<SheetTable, Map<string, ColumnProfile>>();

function measureColumn(
  table: SheetTable,
  headerRow: number,
  col: number,
  keyResultCol?: number,
): ColumnProfile {
  const counts = { numbers: 0, dates: 0, words: 0 };
  let filled = 0;
  let statuses = 0;
  const headerCells = new Set(
    [headerRow, headerRow - 1].map((r) => cellText(table.values[r]?.[col])).filter((t) => t !== ''),
  );
  for (
    let row = headerRow + 1;
    row < Math.min(table.values.length, headerRow + 1 + SAMPLE_ROWS);
    row++
  ) {
    if (
      keyResultCol !== undefined &&
      keyResultCol !== col &&
      typeof table.values[row]?.[keyResultCol] !== 'string'
    )
      continue;
    const value = table.values[row]?.[col];
    const text = cellText(value);
    if (text === '' || (typeof value === 'string' && readNumberText(text).kind === 'missing'))
      continue;
    // The header repeated over a later block ("Latest", "(Jan)") says nothing about the column's values.
    if (headerCells.has(text)) continue;
    filled++;
    if (value instanceof Date || (typeof value === 'string' && readDateText(text) !== null))
      counts.dates++;
    else if (typeof value === 'number' || (typeof value === 'string' && readsAsQuantity(text)))
      counts.numbers++;
    else counts.words++;
    if (isStatusText(text)) statuses++;
  }
  if (filled === 0) return { kind: 'empty', filled, statuses };
  const kind = (Object.keys(counts) as Array<keyof typeof counts>).find(
    (key) => counts[key] / filled >= MOSTLY,
  );
  return { kind: kind ?? 'mixed', filled, statuses };
}
