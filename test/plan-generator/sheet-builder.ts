/**
 * Builds one SheetTable row by row, the way a coordinator's sheet looks to the reader: values,
 * number formats, merges, hidden columns and bold cells, each only when the sheet has some.
 */
import type { CellValue, MergedRange, SheetTable } from '../../shared/cells';

/** One written cell: its value and, when it has one, its number format and boldness. */
export interface Cell {
  v: CellValue;
  fmt?: string;
  bold?: boolean;
}

export const blank: Cell = { v: null };

/** Shorthand for a cell from a value. */
export function cell(v: CellValue, fmt?: string, bold?: boolean): Cell {
  return fmt || bold ? { v, ...(fmt ? { fmt } : {}), ...(bold ? { bold } : {}) } : { v };
}

export class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly merges: MergedRange[] = [];
  readonly hidden = new Set<number>();

  constructor(readonly name: string) {}

  /** Appends a row and returns its 0-based index. */
  add(cells: Array<Cell | CellValue>): number {
    this.rows.push(cells.map((c) => (isCell(c) ? c : { v: c })));
    return this.rows.length - 1;
  }

  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows > 1 || cols > 1) this.merges.push({ row, col, rows, cols });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  toTable(): SheetTable {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    const pad = <T>(row: T[], fill: T) => [...row, ...Array(width - row.length).fill(fill)];
    const table: SheetTable = {
      name: this.name,
      values: this.rows.map((r) =>
        pad(
          r.map((c) => c.v),
          null,
        ),
      ),
    };
    if (this.rows.some((r) => r.some((c) => c.fmt)))
      table.formats = this.rows.map((r) =>
        pad(
          r.map((c) => c.fmt ?? ''),
          '',
        ),
      );
    if (this.rows.some((r) => r.some((c) => c.bold)))
      table.bold = this.rows.map((r) =>
        pad(
          r.map((c) => c.bold === true),
          false,
        ),
      );
    if (this.merges.length) table.merges = [...this.merges];
    if (this.hidden.size) table.hiddenColumns = [...this.hidden].sort((a, b) => a - b);
    return table;
  }
}

function isCell(c: Cell | CellValue): c is Cell {
  return c !== null && typeof c === 'object' && !(c instanceof Date) && 'v' in c;
}

/** A JS Date at UTC midnight, as hosts hand dates to the core. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
