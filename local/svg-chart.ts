/**
 * A layout's chart as an SVG bar chart for the local page. Series are drawn side by side (one bar
 * each, never summed: progress beside period elapsed) or stacked when the chart says so; every bar
 * carries its value as text, and the legend is HTML so it wraps with the page.
 */
import type { Locale } from '../shared/messages';
import type { Layout, LayoutChart } from '../shared/layout';
import { t } from '../shared/i18n/index';
import { chartRows } from './xlsx-layout';
import { displayNumber } from './display-number';
import { escapeHtml } from './html-escape';

const COLOURS = [
  '#1a73e8',
  '#9aa0a6',
  '#188038',
  '#e37400',
  '#a142f4',
  '#d93025',
  '#12b5cb',
  '#5f6368',
];
const WIDTH = 600;
/** Short labels (weeks) sit left of their bars; longer ones (key results) on a line above them. */
const SIDE_LABEL_CHARS = 14;
const SIDE_LABEL = 110;
const ABOVE_LABEL = 18;
const BAR = 14;
const GAP = 10;

interface ChartData {
  series: string[];
  formats: (string | undefined)[];
  rows: { category: string; values: number[] }[];
}

/** The chart's series names, their number formats and its rows, read from the layout's data range. */
function chartData(
  layout: Layout,
  chart: LayoutChart,
  formatAt: (row: number, col: number) => string | undefined,
): ChartData {
  const header = layout.values[chart.data.row] ?? [];
  const series = Array.from({ length: chart.data.cols - 1 }, (_, i) =>
    String(header[chart.data.col + 1 + i] ?? ''),
  );
  const formats = series.map((_, i) => formatAt(chart.data.row + 1, chart.data.col + 1 + i));
  const rows = chartRows(layout, chart).filter((row) => row.category !== '');
  return { series, formats, rows };
}

/** One chart as a <figure>: caption, SVG bars with values, legend. */
export function chartFigure(
  layout: Layout,
  chart: LayoutChart,
  locale: Locale,
  formatAt: (row: number, col: number) => string | undefined,
): string {
  const data = chartData(layout, chart, formatAt);
  const caption = `<figcaption>${escapeHtml(chart.title)}</figcaption>`;
  if (data.rows.length === 0)
    return `<figure class="chart">${caption}<p class="empty">${escapeHtml(t(locale, 'local.page.chartEmpty'))}</p></figure>`;
  const legend = data.series
    .map(
      (name, i) =>
        `<li><span class="swatch" style="background:${COLOURS[i % COLOURS.length]}"></span>${escapeHtml(name)}</li>`,
    )
    .join('');
  return `<figure class="chart">${caption}${svgBars(data, chart.stacked === true, locale, chart.title)}<ul class="legend">${legend}</ul></figure>`;
}

function svgBars(data: ChartData, stacked: boolean, locale: Locale, title: string): string {
  const totals = data.rows.map((row) =>
    stacked ? row.values.reduce((a, b) => a + b, 0) : Math.max(0, ...row.values),
  );
  const percent = data.formats.every((f) => f?.includes('%'));
  const max = Math.max(percent ? 1 : 0, ...totals) || 1;
  const above = data.rows.some((row) => [...row.category].length > SIDE_LABEL_CHARS);
  const left = above ? 0 : SIDE_LABEL;
  const scale = (v: number) => (Math.max(0, v) / max) * (WIDTH - left - 60);
  const band = (above ? ABOVE_LABEL : 0) + (stacked ? BAR : BAR * data.series.length) + GAP;
  const parts: string[] = [];
  data.rows.forEach((row, r) => {
    const top = r * band + (above ? ABOVE_LABEL : GAP / 2);
    const label = above
      ? `<text x="0" y="${top - 5}" class="category">`
      : `<text x="${left - 8}" y="${top + BAR - 3}" text-anchor="end" class="category">`;
    parts.push(`${label}${escapeHtml(row.category)}</text>`);
    let x = left;
    row.values.forEach((value, s) => {
      const y = stacked ? top : top + s * BAR;
      const w = scale(value);
      const shown = displayNumber(value, data.formats[s], locale);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR - 2}" fill="${COLOURS[s % COLOURS.length]}"><title>${escapeHtml(t(locale, 'local.page.chartValue', { series: data.series[s], value: shown }))}</title></rect>`,
      );
      if (stacked) x += w;
      else
        parts.push(
          `<text x="${(x + w + 4).toFixed(1)}" y="${y + BAR - 3}" class="value">${escapeHtml(shown)}</text>`,
        );
    });
    if (stacked)
      parts.push(
        `<text x="${(x + 4).toFixed(1)}" y="${top + BAR - 3}" class="value">${escapeHtml(displayNumber(totals[r], data.formats[0], locale))}</text>`,
      );
  });
  const height = data.rows.length * band;
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" preserveAspectRatio="xMinYMin meet">${parts.join('')}</svg>`;
}
