/**
 * A small writer for Layouts: append rows, style and merge ranges, add links and charts, then get a
 * rectangular grid. Dashboard and Summary are built with it so each stays a list of sections.
 */
import type { CellValue } from '../cells';
import type { CellStyle, Layout, LayoutChart, LayoutRange } from '../layout';
import { inertText } from '../inert-text';
import { isWebLink } from '../anchor/passage-link';

/** A formula we wrote ourselves (SPARKLINE, HYPERLINK): the only text allowed to start with "=". */
export class Formula {
  constructor(readonly text: string) {}
}

export type GridValue = CellValue | Formula;

/**
 * Text reaching a generated tab may come from coaches (practice and school names on evidence), so
 * every string is made inert; only a Formula is written as a formula.
 */
function cellOf(value: GridValue | undefined): CellValue {
  if (value instanceof Formula) return value.text;
  if (typeof value === 'string') return inertText(value);
  return value ?? null;
}

export class LayoutGrid {
  private values: CellValue[][] = [];
  private styles: Layout['styles'] = [];
  private merges: LayoutRange[] = [];
  private links: Layout['links'] = [];
  private webLinks: NonNullable<Layout['webLinks']> = [];
  private charts: LayoutChart[] = [];
  private helperFrom: number | undefined;
  private readonly breaks: number[] = [];

  constructor(readonly width: number) {}

  /** Index the next appended row will get. */
  get nextRow(): number {
    return this.values.length;
  }

  /** Appends a row (padded to the grid width) and returns its index. */
  addRow(cells: GridValue[] = [], style?: CellStyle): number {
    const row = this.values.length;
    this.values.push(Array.from({ length: this.width }, (_, c) => cellOf(cells[c])));
    if (style) this.style({ row, col: 0, rows: 1, cols: Math.max(1, cells.length) }, style);
    return row;
  }

  /**
   * A line of text (section title, banner, sentence) in the first cell, styled across `cols` cells.
   * Not merged: the text overflows into the empty cells beside it, so a long tab needs no per-line
   * merge calls (Sheets has no batched merge).
   */
  addLine(text: string, style?: CellStyle, cols = this.width): number {
    const row = this.addRow([text]);
    if (style) this.style({ row, col: 0, rows: 1, cols }, style);
    return row;
  }

  set(row: number, col: number, value: GridValue, style?: CellStyle): void {
    this.values[row][col] = cellOf(value);
    if (style) this.style({ row, col, rows: 1, cols: 1 }, style);
  }

  /**
   * A cell right of the grid, in columns a host keeps out of sight (the charts' data); rows are
   * added when the grid is shorter.
   */
  setHelper(row: number, col: number, value: GridValue, style?: CellStyle): void {
    this.helperFrom = Math.min(this.helperFrom ?? Infinity, col);
    while (this.values.length <= row) this.addRow();
    const line = this.values[row];
    while (line.length < col) line.push(null);
    line[col] = cellOf(value);
    if (style) this.style({ row, col, rows: 1, cols: 1 }, style);
  }

  style(range: LayoutRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  merge(range: LayoutRange): void {
    this.merges.push(range);
  }

  link(row: number, col: number, target: string, label: string): void {
    this.values[row][col] = cellOf(label);
    this.links.push({ row, col, target, label });
  }

  /** The cell's text opens `url` (a clip's passage); anything but an http(s) address is left as text. */
  webLink(row: number, col: number, url: string): void {
    if (isWebLink(url)) this.webLinks.push({ row, col, url });
  }

  /** The next row starts a new printed page. */
  pageBreak(): void {
    this.breaks.push(this.nextRow);
  }

  chart(chart: LayoutChart): void {
    this.charts.push(chart);
  }

  build(columnWidths: number[], frozenRows: number): Layout {
    const layout: Layout = {
      values: this.values,
      styles: this.styles,
      merges: this.merges,
      columnWidths,
      frozenRows,
      charts: this.charts,
      links: this.links,
    };
    if (this.helperFrom !== undefined) layout.hiddenColumnsFrom = this.helperFrom;
    if (this.breaks.length > 0) layout.pageBreaks = [...this.breaks];
    if (this.webLinks.length > 0) layout.webLinks = [...this.webLinks];
    return layout;
  }
}
