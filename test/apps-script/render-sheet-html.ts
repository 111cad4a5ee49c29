/**
 * Renders a fake Sheets tab as an HTML page the way Google Sheets shows it: each cell's displayed
 * text (through its number format, in the spreadsheet's locale), its colours and fonts, column widths,
 * hidden columns left out, HYPERLINK labels, SPARKLINE lines, and the embedded charts drawn at their
 * anchor cell over the grid, as a coordinator sees them. Used by screenshot-layouts.ts.
 */
import type { FakeSheet } from './fake/fake-sheet';

const ROW_PX = 21;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

interface ChartSpec {
  type: string;
  ranges: string[];
  position: { row: number; col: number };
  options: Record<string, unknown>;
}

function sparkline(formula: string): string {
  const values = (/\{([-\d.,]+)\}/.exec(formula)?.[1] ?? '').split(',').map(Number);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const points = values
    .map(
      (v, i) => `${(i / (values.length - 1)) * 90 + 2},${18 - ((v - min) / (max - min || 1)) * 14}`,
    )
    .join(' ');
  return `<svg width="94" height="20"><polyline points="${points}" fill="none" stroke="#1a73e8" stroke-width="2"/></svg>`;
}

function cellCss(style: Record<string, unknown>): string {
  const parts: string[] = [];
  if (style.background) parts.push(`background:${String(style.background)}`);
  if (style.color) parts.push(`color:${String(style.color)}`);
  if (style.fontWeight === 'bold') parts.push('font-weight:bold');
  if (style.fontStyle === 'italic') parts.push('font-style:italic');
  if (style.fontSize) parts.push(`font-size:${Number(style.fontSize) + 3}px`);
  if (style.align) parts.push(`text-align:${String(style.align)}`);
  parts.push(style.wrap ? 'white-space:normal' : 'white-space:nowrap;overflow:visible');
  return parts.join(';');
}

/** The chart's data as Sheets holds it: numbers for the bars, displayed text for labels. */
function chartSvg(sheet: FakeSheet, chart: ChartSpec): string {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(chart.ranges[0]);
  if (!m) return '';
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c0, r0, c1, r1] = [col(m[1]), Number(m[2]) - 1, col(m[3]), Number(m[4]) - 1];
  const value = (r: number, c: number) => sheet.cell(r, c)?.value;
  const series = Array.from({ length: c1 - c0 }, (_, s) => sheet.displayAt(r0, c0 + 1 + s));
  const rows = Array.from({ length: r1 - r0 }, (_, i) => r0 + 1 + i).filter(
    (r) => sheet.displayAt(r, c0) !== '',
  );
  const colours = ['#1a73e8', '#fbbc04', '#34a853', '#ea4335', '#a142f4', '#24c1e0', '#9aa0a6'];
  const [width, height] = [Number(chart.options.width ?? 520), Number(chart.options.height ?? 300)];
  let body = '';
  if (chart.type === 'BAR') {
    const band = (height - 60) / Math.max(1, rows.length);
    rows.forEach((r, i) => {
      body += `<text x="4" y="${40 + i * band + band / 2}" font-size="10">${escapeHtml(sheet.displayAt(r, c0).slice(0, 28))}</text>`;
      series.forEach((_, s) => {
        const v = Number(value(r, c0 + 1 + s)) || 0;
        const y = 32 + i * band + s * (band / series.length);
        body += `<rect x="180" y="${y}" width="${v * 300}" height="${band / series.length - 3}" fill="${colours[s]}"/><text x="${184 + v * 300}" y="${y + band / series.length / 2 + 2}" font-size="9">${escapeHtml(sheet.displayAt(r, c0 + 1 + s))}</text>`;
      });
    });
  } else {
    const band = (width - 60) / Math.max(1, rows.length);
    const totals = rows.map((r) =>
      series.reduce((sum, _, s) => sum + (Number(value(r, c0 + 1 + s)) || 0), 0),
    );
    const max = Math.max(1, ...totals);
    rows.forEach((r, i) => {
      let y = height - 40;
      series.forEach((_, s) => {
        const h = ((Number(value(r, c0 + 1 + s)) || 0) / max) * (height - 90);
        y -= h;
        body += `<rect x="${40 + i * band}" y="${y}" width="${band - 8}" height="${h}" fill="${colours[s]}"/>`;
      });
      body += `<text x="${40 + i * band}" y="${height - 26}" font-size="9">${escapeHtml(sheet.displayAt(r, c0))}</text>`;
    });
  }
  const legend = series
    .map((name, s) => `<tspan fill="${colours[s]}">■ </tspan><tspan>${escapeHtml(name)}  </tspan>`)
    .join('');
  return `<svg width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff" stroke="#dadce0"/><text x="10" y="20" font-weight="bold" font-size="13">${escapeHtml(String(chart.options.title ?? ''))}</text>${body}<text x="10" y="${height - 8}" font-size="10">${legend}</text></svg>`;
}

/** A full HTML page showing the tab as Sheets would. */
export function renderSheetHtml(sheet: FakeSheet): string {
  const cols = Math.max(0, ...sheet.cells.map((line) => line.length));
  const visible = Array.from({ length: cols }, (_, c) => c).filter(
    (c) => !sheet.hiddenColumns.has(c + 1),
  );
  const width = (c: number) => sheet.columnWidths.get(c + 1) ?? 100;
  const colgroup = visible.map((c) => `<col style="width:${width(c)}px">`).join('');
  const rows = sheet.cells
    .map(
      (line, r) =>
        `<tr>${visible
          .map((c) => {
            const cell = line[c];
            const formula = cell?.formula ?? '';
            const text = formula.startsWith('=SPARKLINE')
              ? sparkline(formula)
              : formula.startsWith('=HYPERLINK')
                ? `<a href="#">${escapeHtml(sheet.displayAt(r, c))}</a>`
                : escapeHtml(sheet.displayAt(r, c));
            return `<td style="${cellCss(cell?.style ?? {})}">${text}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const left = (col: number) =>
    visible.filter((c) => c < col - 1).reduce((sum, c) => sum + width(c), 0);
  const charts = (sheet.charts as unknown as ChartSpec[])
    .map(
      (chart) =>
        `<div style="position:absolute;left:${8 + left(chart.position.col)}px;top:${8 + (chart.position.row - 1) * ROW_PX}px">${chartSvg(sheet, chart)}</div>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(sheet.name)}</title><style>
body{margin:0;font:13px Arial,Helvetica,sans-serif;color:#202124;background:#fff;padding:8px;position:relative}
table{border-collapse:collapse;table-layout:fixed}
td{border:1px solid #e2e3e3;padding:0 5px;vertical-align:middle;height:${ROW_PX - 1}px;max-width:0;box-sizing:border-box}
td a{color:#1155cc}
</style></head><body><table><colgroup>${colgroup}</colgroup>${rows}</table>${charts}</body></html>`;
}
