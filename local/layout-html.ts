/**
 * A generated tab (Layout) as part of a web page, for local mode's browser view: the grid becomes
 * tables whose columns keep the sheet's proportions but fit the window (text wraps, nothing is cut),
 * the charts' hidden data columns stay hidden, charts are SVG where the sheet anchors them, a link
 * into the workbook is named in plain text (the page cannot go there), a clip's passage link is a
 * real link, and the layout's page breaks
 * become printed pages. Every value is escaped: clip text must show as text, never as markup.
 */
import type { CellValue } from '../shared/cells';
import type { Locale } from '../shared/messages';
import type { CellStyle, Layout, LayoutRange } from '../shared/layout';
import { t } from '../shared/i18n/index';
import { cellLabel } from '../shared/dashboard/findings-section';
import { layoutFormula } from './layout-formulas';
import { fromInertText } from '../shared/inert-text';
import { chartFigure } from './svg-chart';
import { displayNumber } from './display-number';
import { escapeHtml } from './html-escape';
import { isWebLink } from '../shared/anchor/passage-link';

export { escapeHtml } from './html-escape';

interface Grid {
  width: number;
  styles: Map<string, CellStyle>;
  covered: Set<string>;
  spans: Map<string, LayoutRange>;
  links: Map<string, string>;
  /** Cells whose text opens a web page (a clip's passage). */
  webLinks: Map<string, string>;
}

/** The layout as page blocks: tables cut where charts sit and where a printed page starts. */
export function layoutHtml(layout: Layout, locale: Locale = 'en'): string {
  const grid = gridOf(layout, locale);
  const chartsAt = new Map<number, string[]>();
  for (const chart of layout.charts) {
    const row = Math.min(chart.anchor.row, layout.values.length); // anchored below the grid: drawn at its end
    const figures = chartsAt.get(row) ?? [];
    figures.push(
      chartFigure(layout, chart, locale, (r, c) => grid.styles.get(`${r}:${c}`)?.numberFormat),
    );
    chartsAt.set(row, figures);
  }
  const breaks = new Set(layout.pageBreaks ?? []);
  const out = new PageBlocks(colgroup(layout, grid));
  for (let r = 0; r <= layout.values.length; r++) {
    if (breaks.has(r)) out.newPage();
    const figures = chartsAt.get(r);
    if (figures) out.block(`<div class="charts">${figures.join('')}</div>`);
    if (r < layout.values.length) out.row(rowHtml(layout, grid, r, locale));
  }
  return out.html();
}

/** Collects rows into tables, tables and charts into blocks, blocks into printed pages. */
class PageBlocks {
  private pages: string[] = [];
  private blocks: string[] = [];
  private rows: string[] = [];

  constructor(private readonly cols: string) {}

  /** A row; a gap only after a shown row, never two in a row. */
  row(html: string): void {
    if (html !== GAP || (this.rows.length > 0 && this.rows[this.rows.length - 1] !== GAP))
      this.rows.push(html);
  }

  block(html: string): void {
    this.closeTable();
    this.blocks.push(html);
  }

  newPage(): void {
    this.closeTable();
    if (this.blocks.length > 0) this.pages.push(this.blocks.join(''));
    this.blocks = [];
  }

  html(): string {
    this.newPage();
    return this.pages.map((page) => `<div class="sheet-page">${page}</div>`).join('');
  }

  private closeTable(): void {
    while (this.rows.length > 0 && this.rows[this.rows.length - 1] === GAP) this.rows.pop();
    if (this.rows.length > 0)
      this.blocks.push(
        `<table class="layout">${this.cols}<tbody>${this.rows.join('')}</tbody></table>`,
      );
    this.rows = [];
  }
}

const GAP = '<tr class="gap"></tr>';

/** Styles, merges, spills and links of the visible columns (the charts' data columns are left out). */
function gridOf(layout: Layout, locale: Locale): Grid {
  const full = Math.max(layout.columnWidths.length, ...layout.values.map((row) => row.length));
  const width = Math.min(full, layout.hiddenColumnsFrom ?? full);
  const grid: Grid = {
    width,
    styles: cellStyles(layout),
    covered: new Set(),
    spans: new Map(),
    links: new Map(),
    webLinks: new Map(),
  };
  for (const merge of layout.merges) {
    grid.spans.set(`${merge.row}:${merge.col}`, merge);
    for (let r = merge.row; r < merge.row + merge.rows; r++)
      for (let c = merge.col; c < merge.col + merge.cols; c++)
        if (r !== merge.row || c !== merge.col) grid.covered.add(`${r}:${c}`);
  }
  for (const link of layout.links)
    grid.links.set(
      `${link.row}:${link.col}`,
      t(locale, 'local.page.inWorkbook', { cell: cellLabel(link.target, locale) }),
    );
  for (const link of layout.webLinks ?? [])
    if (isWebLink(link.url)) grid.webLinks.set(`${link.row}:${link.col}`, link.url);
  spillTextRight(layout, grid);
  return grid;
}

/**
 * Column widths as shares of the page: the sheet's proportions. The table lays out automatically,
 * so the browser widens a column to its longest word (headers are never cut in two) and takes the
 * room from the others; `breakable` keeps that longest word short.
 */
function colgroup(layout: Layout, grid: Grid): string {
  const widths = Array.from({ length: grid.width }, (_, c) => layout.columnWidths[c] ?? 100);
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  return `<colgroup>${widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
}

/** Past this many characters a word (a URL, a code) may break, rather than widen its column. */
const LONGEST_WORD = 18;

/** Escaped text in which over-long words get break opportunities every LONGEST_WORD characters. */
function breakable(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      const chars = [...word];
      if (chars.length <= LONGEST_WORD) return escapeHtml(word);
      const chunks: string[] = [];
      for (let i = 0; i < chars.length; i += LONGEST_WORD)
        chunks.push(escapeHtml(chars.slice(i, i + LONGEST_WORD).join('')));
      return chunks.join('<wbr>');
    })
    .join('');
}

/**
 * One row's cells, or GAP when the row shows nothing (runs of empty rows collapse into one gap).
 * Bare empty cells ending a row become one borderless cell: a narrow table (the school × practice
 * grid) does not trail the wider one's empty grid lines.
 */
function rowHtml(layout: Layout, grid: Grid, r: number, locale: Locale): string {
  const cells: { html: string; bare: boolean }[] = [];
  for (let c = 0; c < grid.width; c++) {
    const key = `${r}:${c}`;
    if (grid.covered.has(key)) continue;
    const span = grid.spans.get(key);
    const cols = span ? Math.min(span.cols, grid.width - c) : 1;
    const attrs =
      (span && span.rows > 1 ? ` rowspan="${span.rows}"` : '') +
      (cols > 1 ? ` colspan="${cols}"` : '');
    const style = grid.styles.get(key);
    const place = grid.links.get(key);
    const url = grid.webLinks.get(key);
    const text =
      place !== undefined
        ? `<span class="place">${escapeHtml(place)}</span>`
        : cellHtml(layout.values[r]?.[c] ?? null, style?.numberFormat, locale);
    // A clip's passage opens in a new tab; the page sends no referrer and keeps no opener.
    const content =
      url && text
        ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`
        : text;
    const bare = content === '' && !span && !style?.background;
    cells.push({
      html: `<td${attrs}${style ? ` style="${escapeHtml(cssOf(style))}"` : ''}>${content}</td>`,
      bare,
    });
  }
  let rest = 0;
  while (cells.length > 0 && cells[cells.length - 1].bare) cells.pop(), rest++;
  if (cells.length === 0) return GAP;
  const tail = rest > 0 ? `<td class="rest"${rest > 1 ? ` colspan="${rest}"` : ''}></td>` : '';
  return `<tr${r < layout.frozenRows ? ' class="frozen"' : ''}>${cells.map((cell) => cell.html).join('')}${tail}</tr>`;
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
      if (
        typeof value !== 'string' ||
        value === '' ||
        value.startsWith('=') ||
        style?.wrap ||
        grid.spans.has(key) ||
        grid.covered.has(key)
      )
        continue;
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
    !grid.links.has(key)
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

function cssOf(style: CellStyle): string {
  const parts: string[] = [];
  if (style.background) parts.push(`background:${safeColour(style.background)}`);
  if (style.color) parts.push(`color:${safeColour(style.color)}`);
  if (style.bold) parts.push('font-weight:600');
  if (style.italic) parts.push('font-style:italic');
  if (style.fontSize) parts.push(`font-size:${Math.round(style.fontSize * 1.33)}px`);
  if (style.align) parts.push(`text-align:${style.align}`);
  return parts.join(';');
}

function safeColour(colour: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : 'inherit';
}

/** A value as the sheet would display it: percentages, dates, text sparklines; always escaped. */
export function cellHtml(value: CellValue, numberFormat?: string, locale: Locale = 'en'): string {
  if (value === null) return '';
  if (value instanceof Date) return escapeHtml(value.toISOString().slice(0, 10));
  if (typeof value === 'number') return escapeHtml(displayNumber(value, numberFormat, locale));
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (!value.startsWith('=')) return breakable(fromInertText(value));
  const formula = layoutFormula(value);
  if (formula.kind === 'sparkline') return `<span class="spark">${escapeHtml(formula.text)}</span>`;
  if (formula.kind === 'link') return `<span class="place">${escapeHtml(formula.label)}</span>`;
  return escapeHtml(formula.text);
}
