/**
 * Paints a Layout into a sheet with one call per property for the whole grid (values, number formats,
 * backgrounds, font colours/weights/styles/sizes, alignments, wraps), whatever the number of rows:
 * per-cell calls are what make Apps Script slow. Links become HYPERLINK formulas to the cell's gid;
 * a clip's passage link makes the cell's own text a link (web-links.ts).
 */
import type { CellValue } from '../shared/cells';
import type { CellStyle, Layout } from '../shared/layout';
import { fromInertText } from '../shared/inert-text';
import { toSheetDate } from './sheet-dates';
import { paintWebLinks, webLinkRuns } from './web-links';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StyleGrids {
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: (string | null)[][];
  fontStyles: (string | null)[][];
  fontSizes: (number | null)[][];
  alignments: (string | null)[][];
  wraps: boolean[][];
}

/** The pattern Sheets itself reports for an unformatted cell ("automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

const grid = <T>(rows: number, cols: number, value: T): T[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));

/** Flattens the layout's style ranges (later ranges win) into the per-cell grids Sheets takes. */
export function styleGrids(layout: Layout, rows: number, cols: number): StyleGrids {
  const g: StyleGrids = {
    numberFormats: grid(rows, cols, AUTOMATIC_FORMAT),
    backgrounds: grid(rows, cols, null),
    fontColors: grid(rows, cols, null),
    fontWeights: grid(rows, cols, 'normal'),
    fontStyles: grid(rows, cols, 'normal'),
    fontSizes: grid(rows, cols, 10),
    alignments: grid(rows, cols, null),
    wraps: grid(rows, cols, false),
  };
  for (const { range, style } of layout.styles) {
    for (let r = range.row; r < Math.min(rows, range.row + range.rows); r++) {
      for (let c = range.col; c < Math.min(cols, range.col + range.cols); c++)
        applyStyle(g, r, c, style);
    }
  }
  return g;
}

function applyStyle(g: StyleGrids, r: number, c: number, s: CellStyle): void {
  if (s.numberFormat !== undefined) g.numberFormats[r][c] = s.numberFormat;
  if (s.background !== undefined) g.backgrounds[r][c] = s.background;
  if (s.color !== undefined) g.fontColors[r][c] = s.color;
  if (s.bold !== undefined) g.fontWeights[r][c] = s.bold ? 'bold' : 'normal';
  if (s.italic !== undefined) g.fontStyles[r][c] = s.italic ? 'italic' : 'normal';
  if (s.fontSize !== undefined) g.fontSizes[r][c] = s.fontSize;
  if (s.align !== undefined) g.alignments[r][c] = s.align;
  if (s.wrap !== undefined) g.wraps[r][c] = s.wrap;
}

/** `'Plan'!F7` → { sheet: 'Plan', a1: 'F7' }. */
export function splitA1(target: string): { sheet: string | null; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(target);
  if (!m) return { sheet: null, a1: target };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), a1: m[3] };
}

const quoteFormulaText = (text: string) => text.replace(/"/g, '""');

/** The values to write: layout values with links turned into in-workbook HYPERLINK formulas. */
export function valuesWithLinks(
  layout: Layout,
  cols: number,
  gidOf: (sheet: string) => number | null,
): CellValue[][] {
  const values = layout.values.map((line) => Array.from({ length: cols }, (_, c) => line[c] ?? ''));
  for (const link of layout.links) {
    const { sheet, a1 } = splitA1(link.target);
    const gid = sheet === null ? null : gidOf(sheet);
    if (gid !== null)
      values[link.row][link.col] =
        `=HYPERLINK("#gid=${gid}&range=${quoteFormulaText(a1)}","${quoteFormulaText(link.label)}")`;
  }
  return values;
}

/** Sheets' number format for plain text: what is written there is kept exactly, never parsed. */
export const PLAIN_TEXT_FORMAT = '@';
/** A date cell the layout gave no format shows as an unambiguous day. */
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Sheets parses a written string like typed input ("3/4" becomes a date, "007" a 7, "42%" 0.42),
 * so each cell is written typed: text into a plain-text cell, exactly as typed (the leading
 * apostrophe the core adds to formula-like text is not needed there, and would show); our own
 * formulas, numbers and dates with their number format; dates as the instant of that day in the
 * spreadsheet's zone. Formats are set before values, since the parse depends on the format.
 */
export function typedCells(
  values: CellValue[][],
  formats: string[][],
  timeZone: string,
): { values: unknown[][]; formats: string[][] } {
  const outFormats = formats.map((line) => line.slice());
  const outValues = values.map((line, r) =>
    line.map((value, c) => {
      if (typeof value === 'string' && value !== '' && !value.startsWith('=')) {
        outFormats[r][c] = PLAIN_TEXT_FORMAT;
        return fromInertText(value);
      }
      if (value instanceof Date) {
        if (outFormats[r][c] === AUTOMATIC_FORMAT) outFormats[r][c] = DEFAULT_DATE_FORMAT;
        return toSheetDate(value, timeZone);
      }
      return value ?? '';
    }),
  );
  return { values: outValues, formats: outFormats };
}

/** A layout ready to write: its size, typed values and formats, and the style grids. */
export interface PlannedPaint {
  rows: number;
  cols: number;
  values: unknown[][];
  formats: string[][];
  styles: Omit<StyleGrids, 'numberFormats'>;
}

/** Works out everything to write (no spreadsheet call): values with links, typed cells, style grids. */
export function plannedPaint(
  layout: Layout,
  gidOf: (sheet: string) => number | null,
  timeZone: string,
): PlannedPaint {
  const rows = Math.max(1, layout.values.length);
  const cols = Math.max(1, layout.columnWidths.length, ...layout.values.map((l) => l.length));
  const values = valuesWithLinks(layout, cols, gidOf);
  while (values.length < rows) values.push(Array.from({ length: cols }, () => ''));
  const { numberFormats, ...styles } = styleGrids(layout, rows, cols);
  const typed = typedCells(values, numberFormats, timeZone);
  return { rows, cols, values: typed.values, formats: typed.formats, styles };
}

/** Values (and, when they may differ from what the cells hold, number formats first) from `row` down. */
export function writePaint(sheet: Sheet, plan: PlannedPaint, row = 1, withFormats = false): void {
  const range = sheet.getRange(row, 1, plan.values.length, plan.cols);
  if (withFormats) range.setNumberFormats(plan.formats);
  range.setValues(plan.values);
}

/** Paints a layout whole: values and every style grid in one call each, then merges, widths, frozen rows. */
export function paintLayout(sheet: Sheet, layout: Layout, plan: PlannedPaint): void {
  ensureSize(sheet, plan.rows, plan.cols);
  const range = sheet.getRange(1, 1, plan.rows, plan.cols);
  range.setNumberFormats(plan.formats);
  range.setValues(plan.values);
  const g = plan.styles;
  range.setBackgrounds(g.backgrounds as string[][]);
  range.setFontColors(g.fontColors as string[][]);
  range.setFontWeights(g.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setFontStyles(g.fontStyles as GoogleAppsScript.Spreadsheet.FontStyle[][]);
  range.setFontSizes(g.fontSizes as number[][]);
  range.setHorizontalAlignments(g.alignments as ('left' | 'center' | 'right' | null)[][]);
  range.setWraps(g.wraps);
  paintWebLinks(sheet, webLinkRuns(layout, plan.values));
  for (const m of layout.merges) sheet.getRange(m.row + 1, m.col + 1, m.rows, m.cols).merge();
  layout.columnWidths.forEach((width, c) => sheet.setColumnWidth(c + 1, width));
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
}

/** Grows the sheet so a range of rows × cols fits (Sheets refuses ranges past its edges). */
export function ensureSize(
  sheet: Sheet,
  rows: number,
  cols: number,
  maxRows = sheet.getMaxRows(),
): void {
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}
