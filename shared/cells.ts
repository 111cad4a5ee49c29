/**
 * The shape every host hands the core: a sheet as a table of cell values, with the number formats
 * and merged ranges that change how a value must be read. Rows and columns are 0-based here;
 * A1 notation (1-based) is produced only for messages.
 */
export type CellValue = number | string | boolean | Date | null;

/** A merged range, 0-based, inclusive of its first row/column, `rows`×`cols` cells in size. */
export interface MergedRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetTable {
  name: string;
  /** values[r][c]; rows may be ragged; empty cells are null or "". */
  values: CellValue[][];
  /** Number formats aligned with values ("0%", "0.0%", "yyyy-mm-dd"...); missing means General. */
  formats?: string[][];
  merges?: MergedRange[];
  /** 0-based columns the coordinator hid; a hidden column loses to a visible one of the same meaning. */
  hiddenColumns?: number[];
  /** bold[r][c], aligned with values; bold rows often carry objectives in outline plans. */
  bold?: boolean[][];
}

/** 0-based column index → "A", "B", … "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell reference a coordinator can click or type: `'2025-26 Plan'!F7`. */
export function a1(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(col)}${row + 1}`;
}

/** True for null, undefined and strings that are only whitespace. */
export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}
