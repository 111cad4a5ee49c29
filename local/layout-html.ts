/**
 * A generated tab (Layout) as an HTML table, for local mode's browser view. Every value is escaped:
 * clip text is untrusted and must show as text, never as markup. Charts become CSS bar tables.
 */
import type { CellValue } from '../shared/cells';
import type { CellStyle, Layout, LayoutChart, LayoutRange } from '../shared/layout';
import { layoutFormula } from './layout-formulas';
import { fromInertText } from '../shared/inert-text';
import { chartRows } from './xlsx-layout';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** The layout's grid as one <table>, then its charts; column widths, merges and styles kept. */
export function layoutHtml(layout: Layout): string {
  const width = Math.max(layout.columnWidths.length, ...layout.values.map((row) => row.length));
  const styles = cellStyles(layout);
  const covered = new Set<string>();
  const spans = new Map<string, LayoutRange>();
  for (const merge of layout.merges) {
    spans.set(`${merge.row}:${merge.col}`, merge);
    for (let r = merge.row; r < merge.row + merge.rows; r++)
      for (let c = merge.col; c < merge.col + merge.cols; c++) if (r !== merge.row || c !== merge.col) covered.add(`${r}:${c}`);
  }
  const links = new Map(layout.links.map((link) => [`${link.row}:${link.col}`, link.label]));
  spillTextRight(layout, width, { styles, covered, spans, links });
  const widths = Array.from({ length: width }, (_, c) => layout.columnWidths[c] ?? 100);
  const cols = widths.map((w) => `<col style="width:${w}px">`).join('');
  const rows = layout.values.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const span = spans.get(key);
      const attrs = (span && span.rows > 1 ? ` rowspan="${span.rows}"` : '') + (span && span.cols > 1 ? ` colspan="${span.cols}"` : '');
      const style = styles.get(key);
      const label = links.get(key);
      const content = label !== undefined ? `<span class="link">${escapeHtml(label)}</span>` : cellHtml(row[c] ?? null, style?.numberFormat);
      cells.push(`<td${attrs}${style ? ` style="${escapeHtml(cssOf(style))}"` : ''}>${content}</td>`);
    }
    return `<tr class="${r < layout.frozenRows ? 'frozen' : ''}">${cells.join('')}</tr>`;
  });
  const charts = layout.charts.map((chart) => chartHtml(layout, chart)).join('');
  return `<table class="layout" style="width:${widths.reduce((a, b) => a + b, 0)}px"><colgroup>${cols}</colgroup><tbody>${rows.join('')}</tbody></table>${charts}`;
}

/**
 * Sheets lets unwrapped text run on into empty cells to its right; a table cannot, so such a cell
 * spans the empty, identically styled cells that follow it (titles, section bands, finding messages).
 */
function spillTextRight(
  layout: Layout,
  width: number,
  grid: { styles: Map<string, CellStyle>; covered: Set<string>; spans: Map<string, LayoutRange>; links: Map<string, string> },
): void {
  layout.values.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const key = `${r}:${c}`;
      const value = row[c];
      const style = grid.styles.get(key);
      if (typeof value !== 'string' || value === '' || value.startsWith('=') || style?.wrap || grid.spans.has(key) || grid.covered.has(key)) continue;
      let end = c + 1;
      const sameStyle = JSON.stringify(style ?? {});
      while (end < width && isFree(layout, grid, r, end) && JSON.stringify(grid.styles.get(`${r}:${end}`) ?? {}) === sameStyle) end++;
      if (end === c + 1) continue;
      grid.spans.set(key, { row: r, col: c, rows: 1, cols: end - c });
      for (let k = c + 1; k < end; k++) grid.covered.add(`${r}:${k}`);
      c = end - 1;
    }
  });
}

function isFree(layout: Layout, grid: { covered: Set<string>; spans: Map<string, LayoutRange>; links: Map<string, string> }, r: number, c: number): boolean {
  const key = `${r}:${c}`;
  const value = layout.values[r]?.[c];
  return (value === null || value === undefined || value === '') && !grid.covered.has(key) && !grid.spans.has(key) && !grid.links.has(key);
}

function cellStyles(layout: Layout): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const { range, style } of layout.styles) {
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) styles.set(`${r}:${c}`, { ...styles.get(`${r}:${c}`), ...style });
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
  if (style.wrap) parts.push('white-space:pre-wrap');
  if (style.align) parts.push(`text-align:${style.align}`);
  return parts.join(';');
}

function safeColour(colour: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : 'inherit';
}

/** A value as the sheet would display it: percentages, dates, text sparklines; always escaped. */
export function cellHtml(value: CellValue, numberFormat?: string): string {
  if (value === null) return '';
  if (value instanceof Date) return escapeHtml(value.toISOString().slice(0, 10));
  if (typeof value === 'number') return escapeHtml(formatNumber(value, numberFormat));
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (!value.startsWith('=')) return escapeHtml(fromInertText(value));
  const formula = layoutFormula(value);
  if (formula.kind === 'sparkline') return `<span class="spark">${escapeHtml(formula.text)}</span>`;
  if (formula.kind === 'link') return `<span class="link">${escapeHtml(formula.label)}</span>`;
  return escapeHtml(formula.text);
}

function formatNumber(value: number, numberFormat = ''): string {
  if (numberFormat.includes('%')) {
    const decimals = /\.(0+)%/.exec(numberFormat)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length;
  return decimals !== undefined ? value.toFixed(decimals) : String(Math.round(value * 100) / 100);
}

function chartHtml(layout: Layout, chart: LayoutChart): string {
  const rows = chartRows(layout, chart);
  const totals = rows.map((row) => row.values.reduce((a, b) => a + b, 0));
  const max = Math.max(0, ...totals);
  const bars = rows
    .map((row, i) => {
      const percent = max > 0 ? Math.round((totals[i] / max) * 100) : 0;
      return `<tr><th>${escapeHtml(row.category)}</th><td><div class="bar" style="width:${percent}%"></div></td><td class="num">${escapeHtml(formatNumber(totals[i]))}</td></tr>`;
    })
    .join('');
  return `<figure class="chart"><figcaption>${escapeHtml(chart.title)}</figcaption><table>${bars}</table></figure>`;
}
