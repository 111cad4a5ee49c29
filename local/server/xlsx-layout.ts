/**
 * Paints a core Layout (values, styles, merges, widths, frozen rows, links) onto a fresh exceljs
 * worksheet. exceljs cannot draw charts, so each chart becomes a small text table of bars at its
 * anchor: the numbers stay readable in Excel, LibreOffice and Numbers.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/cells';
import type { CellStyle, Layout, LayoutChart } from '../../shared/layout';
import { fromInertText } from '../../shared/inert-text';
import { layoutFormula } from './layout-formulas';

/** Layout column widths are pixels (as Sheets' setColumnWidth); Excel counts characters of about 7 px. */
const PIXELS_PER_CHARACTER = 7;

export function paintLayout(worksheet: ExcelJS.Worksheet, layout: Layout): void {
  layout.values.forEach((row, r) =>
    row.forEach((value, c) => writeValue(worksheet.getCell(r + 1, c + 1), value)),
  );
  for (const chart of layout.charts) paintChartTable(worksheet, layout, chart);
  for (const { range, style } of layout.styles) {
    for (let r = range.row; r < range.row + range.rows; r++) {
      for (let c = range.col; c < range.col + range.cols; c++)
        applyStyle(worksheet.getCell(r + 1, c + 1), style);
    }
  }
  for (const link of layout.links) {
    worksheet.getCell(link.row + 1, link.col + 1).value = {
      text: link.label,
      hyperlink: internalLink(link.target),
    };
  }
  for (const link of layout.webLinks ?? []) {
    const cell = worksheet.getCell(link.row + 1, link.col + 1);
    if (typeof cell.value === 'string' && cell.value !== '')
      cell.value = { text: cell.value, hyperlink: link.url };
  }
  for (const merge of layout.merges) {
    if (merge.rows * merge.cols > 1)
      worksheet.mergeCells(
        merge.row + 1,
        merge.col + 1,
        merge.row + merge.rows,
        merge.col + merge.cols,
      );
  }
  layout.columnWidths.forEach((width, c) => {
    if (width > 0)
      worksheet.getColumn(c + 1).width = Math.max(4, Math.round(width / PIXELS_PER_CHARACTER));
  });
  if (layout.frozenRows > 0)
    worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: layout.frozenRows }];
}

/**
 * Layout text is what Sheets is given (a leading apostrophe keeps "=1+2" text): an .xlsx string cell
 * is never a formula, so it gets the text as typed. Our own formulas become what Excel can show.
 */
function writeValue(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null || value === '') return;
  if (typeof value !== 'string') {
    cell.value = value;
    return;
  }
  if (!value.startsWith('=')) {
    cell.value = fromInertText(value);
    return;
  }
  const formula = layoutFormula(value);
  if (formula.kind === 'link')
    cell.value = { text: formula.label, hyperlink: internalLink(formula.target) };
  else cell.value = formula.text;
}

/** "#gid=…" and "'Sheet'!A1" targets both become Excel's in-workbook "#'Sheet'!A1" links when possible. */
function internalLink(target: string): string {
  if (/^https?:\/\//i.test(target)) return target;
  return target.startsWith('#') ? target : `#${target}`;
}

/** ARGB for exceljs from "#rrggbb" or "#rgb". */
export function argb(colour: string): string {
  const hex = colour.replace('#', '');
  const full =
    hex.length === 3
      ? hex
          .split('')
          .map((d) => d + d)
          .join('')
      : hex.slice(0, 6);
  return `FF${full}`.toUpperCase();
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.background)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  if (style.color || style.bold || style.italic || style.fontSize) {
    cell.font = {
      ...cell.font,
      ...(style.color ? { color: { argb: argb(style.color) } } : {}),
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
    };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.wrap !== undefined || style.align) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
      vertical: 'top',
    };
  }
}

/** The chart's totals per category as text bars beside its categories, written only into empty cells. */
function paintChartTable(worksheet: ExcelJS.Worksheet, layout: Layout, chart: LayoutChart): void {
  const rows = chartRows(layout, chart);
  const totals = rows.map((row) => row.values.reduce((a, b) => a + b, 0));
  const max = Math.max(0, ...totals);
  const put = (r: number, c: number, value: string | number) => {
    const cell = worksheet.getCell(chart.anchor.row + r + 1, chart.anchor.col + c + 1);
    if (cell.value === null || cell.value === undefined || cell.value === '') cell.value = value;
  };
  put(0, 0, chart.title);
  worksheet.getCell(chart.anchor.row + 1, chart.anchor.col + 1).font = { bold: true };
  rows.forEach((row, i) => {
    put(i + 1, 0, fromInertText(row.category));
    put(i + 1, 1, barText(totals[i], max));
  });
}

/** Categories and their numeric values from the chart's data range (first row = series names). */
export function chartRows(
  layout: Layout,
  chart: LayoutChart,
): { category: string; values: number[] }[] {
  const out: { category: string; values: number[] }[] = [];
  for (let r = chart.data.row + 1; r < chart.data.row + chart.data.rows; r++) {
    const row = layout.values[r] ?? [];
    const category = String(row[chart.data.col] ?? '');
    const values = row
      .slice(chart.data.col + 1, chart.data.col + chart.data.cols)
      .map((v) => (typeof v === 'number' ? v : 0));
    out.push({ category, values });
  }
  return out;
}

function barText(value: number, max: number): string {
  const width = max > 0 ? Math.round((value / max) * 20) : 0;
  return `${'█'.repeat(width)} ${Math.round(value * 100) / 100}`;
}
