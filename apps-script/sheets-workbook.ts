/**
 * The WorkbookPort on SpreadsheetApp: the only place the add-on reads or writes cells. One batched
 * read per sheet (values, number formats, merges), one batched write per generated tab, one append
 * per batch of rows; generated tabs get a warning-only protection and their charts.
 */
import type { CellValue, MergedRange, SheetTable } from '../shared/cells';
import type { Layout, LayoutChart } from '../shared/layout';
import type { WorkbookPort } from '../shared/workbook-port';
import { CHECK_INS_TAB, EVIDENCE_TAB, SUMMARY_TAB } from '../shared/owned-tabs';
import { t } from '../shared/i18n';
import type { Locale } from '../shared/messages';
import { AUTOMATIC_FORMAT, ensureSize, paintLayout, typedCells } from './layout-paint';
import { toCalendarDates } from './sheet-dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SETTING_PREFIX = 'throughline.';
/** Record tabs we wrote ourselves hold no merges or meaningful formats: skip those reads. */
const PLAIN_TABS = new Set([EVIDENCE_TAB.name.en, EVIDENCE_TAB.name.fr, CHECK_INS_TAB.name.en, CHECK_INS_TAB.name.fr]);

/** Reads a sheet's used range in at most three calls on the range. */
export function readSheetTable(sheet: Sheet, withFormats: boolean, timeZone: string): SheetTable {
  const name = sheet.getName();
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0 || lastCol === 0) return { name, values: [] };
  const range = sheet.getRange(1, 1, lastRow, lastCol);
  const values = toCalendarDates(range.getValues() as CellValue[][], timeZone);
  if (!withFormats) return { name, values };
  const formats = range.getNumberFormats();
  const merges: MergedRange[] = range.getMergedRanges().map((m) => ({ row: m.getRow() - 1, col: m.getColumn() - 1, rows: m.getNumRows(), cols: m.getNumColumns() }));
  return { name, values, formats, merges };
}

export class SheetsWorkbook implements WorkbookPort {
  private sheets: { sheet: Sheet; name: string }[] | null = null;

  constructor(private readonly spreadsheet: Spreadsheet, private readonly locale: Locale, private readonly documentProperties: GoogleAppsScript.Properties.Properties | null) {}

  private zone: string | null = null;

  private timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  private allSheets(): { sheet: Sheet; name: string }[] {
    this.sheets ??= this.spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
    return this.sheets;
  }

  private byName(name: string): Sheet | null {
    return this.allSheets().find((s) => s.name === name)?.sheet ?? null;
  }

  /** Drops the cached sheet list (another execution may have added a tab since). */
  forget(): void {
    this.sheets = null;
  }

  sheetNames(): string[] {
    return this.allSheets().map((s) => s.name);
  }

  readSheet(name: string): SheetTable | null {
    const sheet = this.byName(name);
    return sheet ? readSheetTable(sheet, !PLAIN_TABS.has(name), this.timeZone()) : null;
  }

  private sheetFor(name: string): Sheet {
    const existing = this.byName(name);
    if (existing) return existing;
    const created = this.spreadsheet.insertSheet(name);
    this.sheets = null;
    return created;
  }

  writeLayout(name: string, layout: Layout): void {
    const sheet = this.sheetFor(name);
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    const gids = new Map<string, number | null>();
    const gidOf = (sheetName: string) => {
      if (!gids.has(sheetName)) gids.set(sheetName, this.byName(sheetName)?.getSheetId() ?? null);
      return gids.get(sheetName) ?? null;
    };
    paintLayout(sheet, layout, gidOf, this.timeZone());
    for (const chart of layout.charts) insertChart(sheet, chart);
    if (name === SUMMARY_TAB.name.en || name === SUMMARY_TAB.name.fr) sheet.setHiddenGridlines(true); // prints like a letter
    protectGenerated(sheet, this.locale);
  }

  appendRows(name: string, headers: string[], rows: CellValue[][]): void {
    if (rows.length === 0) return;
    const existing = this.byName(name);
    const sheet = existing ?? this.sheetFor(name);
    const width = Math.max(headers.length, ...rows.map((r) => r.length));
    let lastRow = sheet.getLastRow();
    const writeHeaders = !existing || lastRow === 0;
    const block = (writeHeaders ? [headers, ...rows] : rows).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    if (writeHeaders) lastRow = 0;
    const maxRows = sheet.getMaxRows();
    ensureSize(sheet, lastRow + block.length, width);
    const typed = typedCells(block, block.map((line) => line.map(() => AUTOMATIC_FORMAT)), this.timeZone());
    const range = sheet.getRange(lastRow + 1, 1, block.length, width);
    range.setNumberFormats(typed.formats);
    range.setValues(typed.values);
    if (!writeHeaders && lastRow + block.length > maxRows) extendDropdowns(sheet, maxRows, lastRow + block.length, width);
    if (writeHeaders) sheet.setFrozenRows(1);
  }

  getSetting(key: string): string | null {
    return this.documentProperties?.getProperty(SETTING_PREFIX + key) ?? null;
  }

  setSetting(key: string, value: string): void {
    this.documentProperties?.setProperty(SETTING_PREFIX + key, value);
  }
}

/**
 * Rows the sheet grew by get the dropdowns of row 2 (Sheets does not carry validation into rows
 * inserted at the end): one read of row 2's rules, one write per column that has one.
 */
function extendDropdowns(sheet: Sheet, oldMaxRows: number, newLastRow: number, width: number): void {
  if (oldMaxRows < 2) return;
  const rules = sheet.getRange(2, 1, 1, width).getDataValidations()[0];
  rules.forEach((rule, c) => {
    if (rule) sheet.getRange(oldMaxRows + 1, c + 1, newLastRow - oldMaxRows, 1).setDataValidation(rule);
  });
}

const CHART_TYPES: Record<LayoutChart['kind'], string> = { bar: 'BAR', column: 'COLUMN', line: 'LINE' };

function insertChart(sheet: Sheet, chart: LayoutChart): void {
  const range = sheet.getRange(chart.data.row + 1, chart.data.col + 1, chart.data.rows, chart.data.cols);
  let builder = sheet.newChart()
    .setChartType(Charts.ChartType[CHART_TYPES[chart.kind] as keyof typeof Charts.ChartType] as unknown as GoogleAppsScript.Charts.ChartType)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(chart.anchor.row + 1, chart.anchor.col + 1, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', 520)
    .setOption('height', 300);
  if (chart.stacked) builder = builder.setOption('isStacked', true);
  sheet.insertChart(builder.build());
}

/** A generated tab warns before an edit (warning-only): it is rewritten at every refresh. */
function protectGenerated(sheet: Sheet, locale: Locale): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  sheet.protect().setWarningOnly(true).setDescription(t(locale, 'addon.protection'));
}
