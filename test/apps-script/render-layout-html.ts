/**
 * Renders a Layout as an HTML page that looks like the tab in Google Sheets (column widths, colours,
 * fonts, text overflowing into empty neighbours, SPARKLINE and HYPERLINK formulas, charts beside the
 * grid), so the Dashboard and Summary can be looked at in a headless browser and screenshotted.
 */
import type { CellValue } from '../../shared/cells';
import type { CellStyle, Layout, LayoutChart } from '../../shared/layout';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function stylesByCell(layout: Layout): Map<string, CellStyle> {
  const map = new Map<string, CellStyle>();
  for (const { range, style } of layout.styles) {
    for (let r = range.row; r < range.row + range.rows; r++) {
      for (let c = range.col; c < range.col + range.cols; c++) map.set(`${r},${c}`, { ...map.get(`${r},${c}`), ...style });
    }
  }
  return map;
}

function sparkline(formula: string): string {
  const values = (/\{([-\d.,]+)\}/.exec(formula)?.[1] ?? '').split(',').map(Number);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const points = values.map((v, i) => `${(i / (values.length - 1)) * 90 + 2},${18 - ((v - min) / (max - min || 1)) * 14}`).join(' ');
  return `<svg width="94" height="20"><polyline points="${points}" fill="none" stroke="#1a73e8" stroke-width="2"/></svg>`;
}

function cellHtml(value: CellValue, style: CellStyle): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string' && value.startsWith('=SPARKLINE')) return sparkline(value);
  if (typeof value === 'string' && value.startsWith('=HYPERLINK')) {
    const label = /,"((?:[^"]|"")*)"\)$/.exec(value)?.[1] ?? value;
    return `<a href="#">${escapeHtml(label)}</a>`;
  }
  if (typeof value === 'number' && style.numberFormat?.includes('%')) return `${Math.round(value * 100)}%`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return escapeHtml(String(value));
}

function css(style: CellStyle): string {
  const parts: string[] = [];
  if (style.background) parts.push(`background:${style.background}`);
  if (style.color) parts.push(`color:${style.color}`);
  if (style.bold) parts.push('font-weight:bold');
  if (style.italic) parts.push('font-style:italic');
  if (style.fontSize) parts.push(`font-size:${style.fontSize + 3}px`);
  if (style.align) parts.push(`text-align:${style.align}`);
  parts.push(style.wrap ? 'white-space:normal' : 'white-space:nowrap;overflow:visible');
  return parts.join(';');
}

function chartSvg(layout: Layout, chart: LayoutChart): string {
  const rows = layout.values.slice(chart.data.row + 1, chart.data.row + chart.data.rows);
  const series = layout.values[chart.data.row].slice(chart.data.col + 1, chart.data.col + chart.data.cols).map(String);
  const colours = ['#1a73e8', '#fbbc04', '#34a853', '#ea4335', '#a142f4', '#24c1e0', '#9aa0a6'];
  const width = 520;
  const height = 300;
  let body = '';
  if (chart.kind === 'bar') {
    const band = (height - 60) / rows.length;
    rows.forEach((row, i) => {
      body += `<text x="4" y="${40 + i * band + band / 2}" font-size="10">${escapeHtml(String(row[0]).slice(0, 28))}</text>`;
      series.forEach((_, s) => {
        const v = Number(row[chart.data.col + 1 + s]) || 0;
        body += `<rect x="180" y="${32 + i * band + s * (band / series.length - 1)}" width="${v * 300}" height="${band / series.length - 3}" fill="${colours[s]}"/>`;
      });
    });
  } else {
    const band = (width - 60) / rows.length;
    const totals = rows.map((row) => series.reduce((sum, _, s) => sum + (Number(row[chart.data.col + 1 + s]) || 0), 0));
    const max = Math.max(1, ...totals);
    rows.forEach((row, i) => {
      let y = height - 40;
      series.forEach((_, s) => {
        const h = ((Number(row[chart.data.col + 1 + s]) || 0) / max) * (height - 90);
        y -= h;
        body += `<rect x="${40 + i * band}" y="${y}" width="${band - 8}" height="${h}" fill="${colours[s]}"/>`;
      });
      body += `<text x="${40 + i * band}" y="${height - 26}" font-size="9">${escapeHtml(String(row[0]))}</text>`;
    });
  }
  const legend = series.map((name, s) => `<tspan fill="${colours[s]}">■ </tspan><tspan>${escapeHtml(name)}  </tspan>`).join('');
  return `<svg class="chart" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff" stroke="#dadce0"/><text x="10" y="20" font-weight="bold" font-size="13">${escapeHtml(chart.title)}</text>${body}<text x="10" y="${height - 8}" font-size="10">${legend}</text></svg>`;
}

/** A full HTML page showing the layout as Sheets would. */
export function renderLayoutHtml(layout: Layout, title: string): string {
  const styles = stylesByCell(layout);
  const widths = layout.columnWidths;
  const cols = Math.max(widths.length, ...layout.values.map((l) => l.length));
  const colgroup = Array.from({ length: cols }, (_, c) => `<col style="width:${widths[c] ?? 100}px">`).join('');
  const rows = layout.values.map((line, r) => {
    const cells = Array.from({ length: cols }, (_, c) => {
      const style = styles.get(`${r},${c}`) ?? {};
      return `<td style="${css(style)}">${cellHtml(line[c] ?? null, style)}</td>`;
    }).join('');
    return `<tr>${cells}</tr>`;
  }).join('\n');
  const charts = layout.charts.map((chart) => chartSvg(layout, chart)).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{margin:0;font:13px Arial,Helvetica,sans-serif;color:#202124;background:#fff;display:flex;gap:16px;align-items:flex-start;padding:8px}
table{border-collapse:collapse;table-layout:fixed}
td{border:1px solid #e2e3e3;padding:3px 5px;vertical-align:middle;height:19px;max-width:0}
td a{color:#1155cc}
.charts{display:flex;flex-direction:column;gap:16px}
</style></head><body><table>${`<colgroup>${colgroup}</colgroup>`}${rows}</table>${charts ? `<div class="charts">${charts}</div>` : ''}</body></html>`;
}
