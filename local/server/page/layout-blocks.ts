/**
 * A generated tab (Layout) cut into what a web page shows: printed pages (the layout's page breaks),
 * each a run of tables and chart rows. Tables keep the visible columns only (the charts' data columns
 * stay hidden), turn merges into spans, let unwrapped text run on over empty cells as Sheets does,
 * and collapse runs of empty rows into one gap; a clip's passage link stays a link. Pure data: the components under local/server/page draw it.
 */
import type { CellValue } from '../../../shared/cells';
import type { Locale } from '../../../shared/messages';
import type { CellStyle, Layout, LayoutRange } from '../../../shared/layout';
import { t } from '../../../shared/i18n/index';
import { cellLabel } from '../../../shared/dashboard/findings-section';
import { fromInertText } from '../../../shared/inert-text';
import { isWebLink } from '../../../shared/anchor/passage-link';
import { chartData, type ChartData } from './chart-data';

/** One table cell: its value (or the workbook place a link names), spans and style. */
export interface BlockCell {
  value: CellValue;
  place?: string;
  /** A clip's passage the cell's text opens (http or https only). */
  webLink?: string;
  rowSpan: number;
  colSpan: number;
  style?: CellStyle;
}

/** A table row; `rest` bare empty cells end it (drawn as one borderless cell). */
export interface BlockRow {
  frozen: boolean;
  cells: BlockCell[];
  rest: number;
}

/** What a printed page holds, top to bottom. */
export type Block =
  | { kind: 'table'; columnShares: number[]; rows: (BlockRow | 'gap')[] }
  | { kind: 'charts'; charts: ChartData[] };

/** The layout as printed pages of blocks: tables cut where charts sit and where a page starts. */
export function layoutBlocks(layout: Layout, locale: Locale): Block[][] {
  const grid = gridOf(layout, locale);
  const chartsAt = new Map<number, ChartData[]>();
  for (const chart of layout.charts) {
    const row = Math.min(chart.anchor.row, layout.values.length); // anchored below the grid: drawn at its end
    const formatAt = (r: number, c: number) => grid.styles.get(`${r}:${c}`)?.numberFormat;
    chartsAt.set(row, [...(chartsAt.get(row) ?? []), chartData(layout, chart, formatAt)]);
  }
  const breaks = new Set(layout.pageBreaks ?? []);
  const pages: Block[][] = [];
  let blocks: Block[] = [];
  let rows: (BlockRow | 'gap')[] = [];
  const closeTable = () => {
    while (rows.at(-1) === 'gap') rows.pop();
    if (rows.length > 0) blocks.push({ kind: 'table', columnShares: grid.shares, rows });
    rows = [];
  };
  const closePage = () => {
    closeTable();
    if (blocks.length > 0) pages.push(blocks);
    blocks = [];
  };
  for (let r = 0; r <= layout.values.length; r++) {
    if (breaks.has(r)) closePage();
    const charts = chartsAt.get(r);
    if (charts) {
      closeTable();
      blocks.push({ kind: 'charts', charts });
    }
    const row = r < layout.values.length ? blockRow(layout, grid, r) : 'gap';
    if (row !== 'gap' || (rows.length > 0 && rows.at(-1) !== 'gap')) rows.push(row); // never two gaps
  }
  closePage();
  return pages;
}

interface Grid {
  width: number;
  /** Each visible column's share of the page width, in percent: the sheet's proportions. */
  shares: number[];
  styles: Map<string, CellStyle>;
  covered: Set<string>;
  spans: Map<string, LayoutRange>;
  places: Map<string, string>;
  /** Cells whose text opens a web page (a clip's passage). */
  webLinks: Map<string, string>;
}

/** Styles, merges, spills and links of the visible columns. */
function gridOf(layout: Layout, locale: Locale): Grid {
  const full = Math.max(layout.columnWidths.length, ...layout.values.map((row) => row.length));
  const width = Math.min(full, layout.hiddenColumnsFrom ?? full);
  const widths = Array.from({ length: width }, (_, c) => layout.columnWidths[c] ?? 100);
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const grid: Grid = {
    width,
    shares: widths.map((w) => (w / total) * 100),
    styles: cellStyles(layout),
    covered: new Set(),
    spans: new Map(),
    places: new Map(),
    webLinks: new Map(),
  };
  for (const merge of layout.merges) {
    grid.spans.set(`${merge.row}:${merge.col}`, merge);
    for (let r = merge.row; r < merge.row + merge.rows; r++)
      for (let c = merge.col; c < merge.col + merge.cols; c++)
        if (r !== merge.row || c !== merge.col) grid.covered.add(`${r}:${c}`);
  }
  for (const link of layout.links)
    grid.places.set(
      `${link.row}:${link.col}`,
      t(locale, 'local.page.inWorkbook', { cell: cellLabel(link.target, locale) }),
    );
  for (const link of layout.webLinks ?? [])
    if (isWebLink(link.url)) grid.webLinks.set(`${link.row}:${link.col}`, link.url);
  spillTextRight(layout, grid);
  return grid;
}

/**
 * One row's cells, or 'gap' when the row shows nothing. Bare empty cells ending a row become one
 * borderless cell: a narrow table (the school × practice grid) does not trail the wider one's lines.
 */
function blockRow(layout: Layout, grid: Grid, r: number): BlockRow | 'gap' {
  const cells: BlockCell[] = [];
  let rest = 0;
  for (let c = 0; c < grid.width; c++) {
    const key = `${r}:${c}`;
    if (grid.covered.has(key)) continue;
    const span = grid.spans.get(key);
    const cell: BlockCell = {
      value: layout.values[r]?.[c] ?? null,
      place: grid.places.get(key),
      webLink: grid.webLinks.get(key),
      rowSpan: span?.rows ?? 1,
      colSpan: span ? Math.min(span.cols, grid.width - c) : 1,
      style: grid.styles.get(key),
    };
    cells.push(cell);
    const bare =
      !span && !cell.style?.background && cell.place === undefined && isBlank(cell.value);
    rest = bare ? rest + 1 : 0;
  }
  cells.length -= rest;
  return cells.length === 0 ? 'gap' : { frozen: r < layout.frozenRows, cells, rest };
}

/** True when a value shows nothing on the page. */
function isBlank(value: CellValue): boolean {
  if (value === null || value === false) return true;
  return typeof value === 'string' && !value.startsWith('=') && fromInertText(value) === '';
}

/**
 * Sheets lets unwrapped text run on into empty cells to its right; a table cannot, so such a cell
 * spans the empty cells of the same background that follow it (titles, section bands, finding messages).
 */
function spillTextRight(layout: Layout, grid: Grid): void {
  layout.values.forEach((row, r) => {
    for (let c = 0; c < grid.width; c++) {
      const key = `${r}:${c}`;
      const value = row[c];
      const style = grid.styles.get(key);
      const spills =
        typeof value === 'string' && value !== '' && !value.startsWith('=') && !style?.wrap;
      if (!spills || grid.spans.has(key) || grid.covered.has(key)) continue;
      let end = c + 1;
      // An empty cell shows only its background: the text may run on over cells painted alike.
      while (
        end < grid.width &&
        isFree(layout, grid, r, end) &&
        grid.styles.get(`${r}:${end}`)?.background === style?.background
      )
        end++;
      if (end === c + 1) continue;
      grid.spans.set(key, { row: r, col: c, rows: 1, cols: end - c });
      for (let k = c + 1; k < end; k++) grid.covered.add(`${r}:${k}`);
      c = end - 1;
    }
  });
}

function isFree(layout: Layout, grid: Grid, r: number, c: number): boolean {
  const key = `${r}:${c}`;
  const value = layout.values[r]?.[c];
  return (
    (value === null || value === undefined || value === '') &&
    !grid.covered.has(key) &&
    !grid.spans.has(key) &&
    !grid.places.has(key)
  );
}

function cellStyles(layout: Layout): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const { range, style } of layout.styles) {
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++)
        styles.set(`${r}:${c}`, { ...styles.get(`${r}:${c}`), ...style });
  }
  return styles;
}
