/**
 * Merged cells hold their value only in the top-left cell (Sheets and Excel both). This lets the
 * reader see a merged objective cell's value on every row it spans.
 */
import type { CellValue, SheetTable } from '../cells';

/** Value of a cell, taken from the top-left of its merged range when it is inside one. */
export type CellReader = (row: number, col: number) => CellValue;

/** A reader that fills merged ranges; cells outside any merge read as themselves. */
export function mergeAwareReader(table: SheetTable): CellReader {
  const origin = new Map<string, [number, number]>();
  for (const merge of table.merges ?? []) {
    for (let r = merge.row; r < merge.row + merge.rows; r++) {
      for (let c = merge.col; c < merge.col + merge.cols; c++)
        origin.set(`${r}:${c}`, [merge.row, merge.col]);
    }
  }
  return (row, col) => {
    const [r, c] = origin.get(`${row}:${col}`) ?? [row, col];
    return table.values[r]?.[c] ?? null;
  };
}

/** The cell's number format, '' when the host gave none. */
export function formatAt(table: SheetTable, row: number, col: number): string {
  return table.formats?.[row]?.[col] ?? '';
}
