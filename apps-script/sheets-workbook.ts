/**
 * The WorkbookPort on SpreadsheetApp: the only place the add-on reads or writes cells, in a number of
 * calls that does not grow with the plan. A sheet is read once per execution (values; formats and
 * merges only for sheets that may hold the plan) and kept; a generated tab whose shape and formats
 * are those it was last painted with gets its values only (one call), else it is painted whole; an
 * append is one write of formats and one of values, the tab grown by a chunk of rows when full.
 */
import type { CellValue, MergedRange, SheetTable } from '../shared/cells';
import { valuesLayout, type Layout, type LayoutChart } from '../shared/layout';
import type { WorkbookPort } from '../shared/workbook-port';
import { SUMMARY_TAB, isOwnedTabName, isTabNamed } from '../shared/owned-tabs';
import { t } from '../shared/i18n';
import type { Locale } from '../shared/messages';
import {
  AUTOMATIC_FORMAT,
  ensureSize,
  paintLayout,
  plannedPaint,
  writePaint,
  type PlannedPaint,
} from './layout-paint';
import { toCalendarDates } from './sheet-dates';
import { sha256Hex as fingerprintOf } from './coach-registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SETTING_PREFIX = 'throughline.';
/** Rows added at once when an appended tab is full, so growing is rare, not once per batch. */
const GROW_BY = 1000;

/** Reads a sheet's used range: one call for values, two more for formats and merges when asked. */
export function readSheetTable(
  sheet: Sheet,
  name: string,
  withFormats: boolean,
  timeZone: () => string,
): SheetTable {
  const range = sheet.getDataRange();
  const raw = range.getValues() as CellValue[][];
  if (raw.length === 1 && raw[0].every((v) => v === '' || v === null)) return { name, values: [] };
  const values = raw.some((row) => row.some((v) => v instanceof Date))
    ? toCalendarDates(raw, timeZone())
    : raw;
  if (!withFormats) return { name, values };
  const formats = range.getNumberFormats();
  const merges: MergedRange[] = range.getMergedRanges().map((m) => ({
    row: m.getRow() - 1,
    col: m.getColumn() - 1,
    rows: m.getNumRows(),
    cols: m.getNumColumns(),
  }));
  return { name, values, formats, merges };
}

/**
 * What the reader weighs besides values: hidden columns (a hidden "Goal (proposed)" loses to the
 * visible "Goal") and bold cells (objective rows in outline plans). One call for the weights and one
 * per column, so only Set up asks; the map it saves then carries the choice to every refresh.
 */
export function withLook(sheet: Sheet, table: SheetTable): SheetTable {
  const rows = table.values.length;
  const cols = Math.max(0, ...table.values.map((row) => row.length));
  if (rows === 0 || cols === 0) return table;
  const bold = sheet
    .getRange(1, 1, rows, cols)
    .getFontWeights()
    .map((row) => row.map((weight) => weight === 'bold'));
  const hiddenColumns = Array.from({ length: cols }, (_, c) => c).filter((c) =>
    sheet.isColumnHiddenByUser(c + 1),
  );
  return { ...table, bold, hiddenColumns };
}

export class SheetsWorkbook implements WorkbookPort {
  private sheets: { sheet: Sheet; name: string }[] | null = null;
  private tables = new Map<string, SheetTable | null>();
  private lastRows = new Map<string, number>();
  private direct = new Map<string, Sheet | null>();

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly locale: () => Locale,
    private readonly timeZone: () => string,
    private readonly documentProperties: GoogleAppsScript.Properties.Properties | null,
  ) {}

  private allSheets(): { sheet: Sheet; name: string }[] {
    this.sheets ??= this.spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
    return this.sheets;
  }

  /** The sheet of that name: from the list when it was read, else one direct lookup (kept). */
  sheetNamed(name: string): Sheet | null {
    if (this.sheets) return this.sheets.find((s) => s.name === name)?.sheet ?? null;
    if (!this.direct.has(name)) this.direct.set(name, this.spreadsheet.getSheetByName(name));
    return this.direct.get(name) ?? null;
  }

  /** Drops what was read (another execution may have added a tab or rows since). */
  forget(): void {
    this.sheets = null;
    this.tables.clear();
    this.lastRows.clear();
    this.direct.clear();
  }

  sheetNames(): string[] {
    return this.allSheets().map((s) => s.name);
  }

  readSheet(name: string): SheetTable | null {
    if (!this.tables.has(name)) {
      const sheet = this.sheetNamed(name);
      this.tables.set(
        name,
        sheet ? readSheetTable(sheet, name, !isOwnedTabName(name), this.timeZone) : null,
      );
    }
    return this.tables.get(name) ?? null;
  }

  /** The last row holding data, asked of Sheets once per execution. */
  lastRow(name: string): number {
    if (!this.lastRows.has(name)) this.lastRows.set(name, this.sheetNamed(name)?.getLastRow() ?? 0);
    return this.lastRows.get(name) ?? 0;
  }

  private sheetFor(name: string): Sheet {
    const existing = this.sheetNamed(name);
    if (existing) return existing;
    const created = this.spreadsheet.insertSheet(name);
    this.sheets = null;
    this.direct.set(name, created);
    return created;
  }

  /** Sheet ids for links, remembered across executions (a tab keeps its id while it keeps its name). */
  private gidOf(name: string, fresh: boolean): number | null {
    const known = JSON.parse(this.getSetting('gids') ?? '{}') as Record<string, number>;
    if (!fresh && known[name] !== undefined) return known[name];
    const gid = this.sheetNamed(name)?.getSheetId() ?? null;
    if (gid !== null && known[name] !== gid)
      this.setSetting('gids', JSON.stringify({ ...known, [name]: gid }));
    return gid;
  }

  writeLayout(name: string, layout: Layout): void {
    const created = this.sheetNamed(name) === null; // a tab deleted since its last paint comes back whole
    const sheet = this.sheetFor(name);
    const paintKey = `painted.${name}`;
    let plan = plannedPaint(layout, (target) => this.gidOf(target, false), this.timeZone());
    const fingerprint = fingerprintOf(
      JSON.stringify([
        plan.formats,
        layout.styles,
        layout.merges,
        layout.columnWidths,
        layout.frozenRows,
        layout.charts,
      ]),
    );
    if (!created && this.getSetting(paintKey) === fingerprint) {
      writePaint(sheet, plan);
    } else {
      plan = plannedPaint(layout, (target) => this.gidOf(target, true), this.timeZone());
      this.paintWhole(sheet, name, layout, plan);
      this.setSetting(paintKey, fingerprint);
    }
    this.tables.delete(name);
  }

  private paintWhole(sheet: Sheet, name: string, layout: Layout, plan: PlannedPaint): void {
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    paintLayout(sheet, layout, plan);
    if (layout.hiddenColumnsFrom !== undefined && plan.cols > layout.hiddenColumnsFrom)
      sheet.hideColumns(layout.hiddenColumnsFrom + 1, plan.cols - layout.hiddenColumnsFrom);
    for (const chart of layout.charts) insertChart(sheet, chart);
    if (isTabNamed(name, SUMMARY_TAB)) sheet.setHiddenGridlines(true); // prints like a letter
    protectGenerated(sheet, this.locale());
  }

  appendRows(name: string, headers: string[], rows: CellValue[][]): void {
    if (rows.length === 0) return;
    const existing = this.sheetNamed(name);
    const sheet = existing ?? this.sheetFor(name);
    const width = Math.max(headers.length, ...rows.map((r) => r.length));
    const lastRow = existing ? this.lastRow(name) : 0;
    const writeHeaders = lastRow === 0;
    const block = (writeHeaders ? [headers, ...rows] : rows).map((r) =>
      Array.from({ length: width }, (_, c) => r[c] ?? ''),
    );
    const from = writeHeaders ? 1 : lastRow + 1;
    const plan = plannedPaint(
      valuesLayout(block),
      () => null,
      block.some((r) => r.some((v) => v instanceof Date)) ? this.timeZone() : 'UTC',
    );
    this.makeRoom(sheet, name, from + block.length - 1, width, !writeHeaders, false);
    try {
      writePaint(sheet, plan, from, true);
    } catch (error) {
      // Rows deleted since the grid's size was noted: measure it again, grow, write once more.
      this.makeRoom(sheet, name, from + block.length - 1, width, !writeHeaders, true);
      writePaint(sheet, plan, from, true);
      void error;
    }
    if (writeHeaders) sheet.setFrozenRows(1);
    this.lastRows.set(name, from + block.length - 1);
    this.tables.delete(name);
  }

  /**
   * Grows a full tab by a chunk of rows (with row 2's dropdowns) before an append needs them. The
   * grid's size is remembered, so a batch that fits asks Sheets nothing about it.
   */
  private makeRoom(
    sheet: Sheet,
    name: string,
    lastNeeded: number,
    width: number,
    extend: boolean,
    measure: boolean,
  ): void {
    const key = `rows.${name}`;
    const known = Number(this.getSetting(key));
    if (!measure && Number.isInteger(known) && known >= lastNeeded) return;
    const maxRows = sheet.getMaxRows();
    const rows = lastNeeded > maxRows ? lastNeeded + GROW_BY : maxRows;
    ensureSize(sheet, rows, width, maxRows);
    if (extend && rows > maxRows) extendDropdowns(sheet, maxRows, rows, width);
    this.setSetting(key, String(rows));
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
function extendDropdowns(
  sheet: Sheet,
  oldMaxRows: number,
  newMaxRows: number,
  width: number,
): void {
  if (oldMaxRows < 2) return;
  const rules = sheet.getRange(2, 1, 1, width).getDataValidations()[0];
  rules.forEach((rule, c) => {
    if (rule)
      sheet.getRange(oldMaxRows + 1, c + 1, newMaxRows - oldMaxRows, 1).setDataValidation(rule);
  });
}

const CHART_TYPES: Record<LayoutChart['kind'], string> = {
  bar: 'BAR',
  column: 'COLUMN',
  line: 'LINE',
};

function insertChart(sheet: Sheet, chart: LayoutChart): void {
  const range = sheet.getRange(
    chart.data.row + 1,
    chart.data.col + 1,
    chart.data.rows,
    chart.data.cols,
  );
  const builder = sheet
    .newChart()
    .setChartType(
      Charts.ChartType[
        CHART_TYPES[chart.kind] as keyof typeof Charts.ChartType
      ] as unknown as GoogleAppsScript.Charts.ChartType,
    )
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(chart.anchor.row + 1, chart.anchor.col + 1, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', 520)
    .setOption('height', 300)
    .setOption('isStacked', chart.stacked === true)
    // Its data sits in hidden columns: Sheets leaves hidden data out of charts unless told.
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH);
  sheet.insertChart(builder.build());
}

/** A generated tab warns before an edit (warning-only): it is rewritten at every refresh. */
function protectGenerated(sheet: Sheet, locale: Locale): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  sheet.protect().setWarningOnly(true).setDescription(t(locale, 'addon.protection'));
}

export { AUTOMATIC_FORMAT };
