/**
 * A generated tab described as data: the grid of values and, per cell range, the formats, colours,
 * merges, links, sparklines and charts the host must apply. The core builds layouts; hosts only
 * paint them, each in one batch (Apps Script: setValues + setBackgrounds + …; local: exceljs).
 */
import type { CellValue } from './cells';

export interface CellStyle {
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  numberFormat?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** 0-based, inclusive start, size in rows/cols. */
export interface LayoutRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface LayoutChart {
  kind: 'bar' | 'column' | 'line';
  title: string;
  /** The data range, first row holding series names, first column the categories. */
  data: LayoutRange;
  /** Top-left anchor cell of the chart. */
  anchor: { row: number; col: number };
  /** Series stacked into one bar per category; otherwise drawn side by side. */
  stacked?: boolean;
}

export interface Layout {
  /** values[r][c]; strings starting with "=" are formulas we wrote ourselves (SPARKLINE, HYPERLINK). */
  values: CellValue[][];
  styles: { range: LayoutRange; style: CellStyle }[];
  merges: LayoutRange[];
  columnWidths: number[];
  frozenRows: number;
  charts: LayoutChart[];
  /** Cells linking to another place in the workbook, as A1 targets. */
  links: { row: number; col: number; target: string; label: string }[];
  /**
   * Cells whose own text opens a web page (a clip's passage): a host makes the cell's text a link
   * (rich text in Sheets, never a formula, so nothing is parsed). Only http(s) addresses get here.
   */
  webLinks?: { row: number; col: number; url: string }[];
  /**
   * Columns from this index on hold the charts' data, not meant to be read: a host that draws the
   * charts hides them (Sheets); one that cannot may show them as a table.
   */
  hiddenColumnsFrom?: number;
  /** Rows where a printed page should start (the Summary prints one school per page). */
  pageBreaks?: number[];
}

/**
 * A layout of plain values, nothing else drawn (no styles, merges, charts or links) unless `extra`
 * adds it: how a host writes rows that are only data (Evidence appends), and how tests build one.
 */
export function valuesLayout(values: CellValue[][], extra: Partial<Layout> = {}): Layout {
  return {
    values,
    styles: [],
    merges: [],
    columnWidths: [],
    frozenRows: 0,
    charts: [],
    links: [],
    ...extra,
  };
}
