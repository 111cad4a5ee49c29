/**
 * Local mode's WorkbookPort: an .xlsx file held in memory with exceljs. Port calls are synchronous
 * (as in Apps Script); `save()` writes a temporary file beside the workbook and renames it over the
 * original, so a crash mid-save never leaves a half-written workbook.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, SheetTable } from '../../shared/cells';
import type { Layout } from '../../shared/layout';
import type { WorkbookPort } from '../../shared/workbook-port';
import { EVIDENCE_TAB, SETTINGS_TAB_NAME, isTabNamed } from '../../shared/owned-tabs';
import { DetachedSheet, type WrittenPrefix } from '../xlsx/detached-sheet';
import { openPackage, writePackage } from '../xlsx/xlsx-package';
import { extendTable, plainValue, sheetTable } from '../xlsx/xlsx-cells';
import { paintLayout } from './xlsx-layout';
import { storableCell, storableLayout, storableRows, typedRows } from '../xlsx/storable-cells';
import { installXlsxTextEscape } from '../xlsx/xlsx-text-escape';

/** Hidden tab holding document settings (column mapping, coach records), one key per row. */
export const SETTINGS_SHEET = SETTINGS_TAB_NAME;

export type OpenResult =
  | { ok: true; workbook: XlsxWorkbook }
  | { ok: false; error: { code: 'missing-file' | 'not-a-spreadsheet'; message: string } };

let saveCounter = 0;

/** `.NAME.<pid>.<n>.tmp` beside the workbook: where a save is written before it replaces the file. */
export function tempPathFor(workbookPath: string, pid: number, n: number): string {
  return path.join(path.dirname(workbookPath), `.${path.basename(workbookPath)}.${pid}.${n}.tmp`);
}

/** exceljs sorts tabs by this field; its typings leave it out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

export class XlsxWorkbook implements WorkbookPort {
  /** Tables already read, kept until their tab is rewritten (appending extends them): a refresh re-reads nothing. */
  private readonly tables = new Map<string, SheetTable>();
  /** The file's mtime and size when we last read or wrote it. */
  private seen = { mtimeMs: 0, size: 0 };

  constructor(
    readonly filePath: string,
    readonly book: ExcelJS.Workbook = new ExcelJS.Workbook(),
    /** The Evidence tab's rows, kept out of exceljs (null until the workbook has that tab). */
    private detached: DetachedSheet | null = null,
  ) {}

  /** Opens an existing .xlsx; a missing file or one that is not a spreadsheet is an expected failure. */
  static async open(filePath: string): Promise<OpenResult> {
    const stat = await fs.stat(filePath).catch(() => null);
    if (!stat?.isFile())
      return { ok: false, error: { code: 'missing-file', message: `No such file: ${filePath}` } };
    let workbook: XlsxWorkbook;
    try {
      const opened = await openPackage(filePath, isDetachable);
      workbook = new XlsxWorkbook(filePath, opened.book, opened.detached);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: {
          code: 'not-a-spreadsheet',
          message: `${filePath} is not an .xlsx spreadsheet (${detail})`,
        },
      };
    }
    if (workbook.book.worksheets.length === 0) {
      return {
        ok: false,
        error: {
          code: 'not-a-spreadsheet',
          message: `${filePath} is not an .xlsx spreadsheet (it holds no sheets)`,
        },
      };
    }
    workbook.seen = { mtimeMs: stat.mtimeMs, size: stat.size };
    return { ok: true, workbook };
  }

  /** True when another program (Excel, LibreOffice, a sync client) wrote the file since we read or saved it. */
  async changedOnDisk(): Promise<boolean> {
    const stat = await fs.stat(this.filePath).catch(() => null);
    return stat === null || stat.mtimeMs !== this.seen.mtimeMs || stat.size !== this.seen.size;
  }

  /**
   * Atomic save: temp file in the same folder, then rename over the workbook. Returns false, leaving
   * the file alone, when another program saved it meanwhile (its edits must be read first).
   */
  async save(): Promise<boolean> {
    const temp = tempPathFor(this.filePath, process.pid, ++saveCounter);
    installXlsxTextEscape();
    let written: WrittenPrefix | null = null;
    try {
      written = await writePackage(this.book, this.detached, this.filePath, temp);
      if (await this.changedOnDisk()) {
        await fs.rm(temp, { force: true });
        return false;
      }
      await fs.rename(temp, this.filePath);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    const stat = await fs.stat(this.filePath);
    this.seen = { mtimeMs: stat.mtimeMs, size: stat.size };
    this.detached?.saved(written);
    return true;
  }

  sheetNames(): string[] {
    return this.book.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET).map((ws) => ws.name);
  }

  /** The tab as the core reads it; callers must not change the table (it is shared until the tab changes). */
  readSheet(name: string): SheetTable | null {
    const cached = this.tables.get(name);
    if (cached) return cached;
    const worksheet = name === SETTINGS_SHEET ? undefined : this.book.getWorksheet(name);
    if (!worksheet) return null;
    const table = sheetTable(worksheet);
    if (this.detached?.name === name) withDetachedRows(table, this.detached);
    this.tables.set(name, table);
    return table;
  }

  /** The first row of a tab (its headers), without reading the rest of a possibly long tab. */
  firstRow(name: string): CellValue[] {
    const worksheet = this.book.getWorksheet(name);
    if (!worksheet) return [];
    const values: CellValue[] = [];
    worksheet
      .getRow(1)
      .eachCell({ includeEmpty: false }, (cell, col) => (values[col - 1] = plainValue(cell.value)));
    return Array.from({ length: values.length }, (_, i) => values[i] ?? null);
  }

  /** Replaces a generated tab whole, keeping its place among the tabs. */
  writeLayout(name: string, layout: Layout): void {
    const existing = this.book.getWorksheet(name) as Ordered | undefined;
    const orderNo = existing?.orderNo;
    this.tables.delete(name);
    if (existing) this.book.removeWorksheet(existing.id);
    const worksheet = this.book.addWorksheet(name) as Ordered;
    if (orderNo !== undefined) worksheet.orderNo = orderNo;
    paintLayout(worksheet, storableLayout(layout));
  }

  appendRows(name: string, headers: string[], rows: CellValue[][]): void {
    let worksheet = this.book.getWorksheet(name);
    if (!worksheet) {
      const created = this.book.addWorksheet(name, {
        views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      });
      created.addRow(storableRows([headers])[0]).font = { bold: true };
      headers.forEach((header, c) => {
        created.getColumn(c + 1).width = Math.min(60, Math.max(12, header.length + 4));
      });
      worksheet = created;
      // A new Evidence tab keeps its rows out of exceljs from the start (an existing one was split on opening).
      if (!this.detached && isDetachable(name)) this.detached = new DetachedSheet(name);
    }
    if (rows.length === 0) return;
    if (this.detached?.name === name) {
      const stored = typedRows(rows);
      this.detached.append(stored);
      this.tables.get(name)?.values.push(...stored);
      return;
    }
    const added = worksheet.addRows(typedRows(rows));
    const cached = this.tables.get(name);
    if (cached) extendTable(cached, added);
  }

  /** Removes a row (0-based) of an owned tab; the rows below it move up. */
  removeRow(name: string, row: number): void {
    this.tables.delete(name);
    if (this.detached?.name === name) this.detached.remove(row + 1);
    else this.book.getWorksheet(name)?.spliceRows(row + 1, 1);
  }

  /** Notes on the header cells explaining each column, as the add-on puts on the tabs it creates. */
  noteHeaders(name: string, notes: string[]): void {
    const header = this.book.getWorksheet(name)?.getRow(1);
    notes.forEach((note, c) => {
      if (header && note) header.getCell(c + 1).note = storableCell(note);
    });
  }

  getSetting(key: string): string | null {
    const sheet = this.book.getWorksheet(SETTINGS_SHEET);
    if (!sheet) return null;
    for (let r = 1; r <= sheet.rowCount; r++) {
      if (sheet.getCell(r, 1).value === key) {
        const value = sheet.getCell(r, 2).value;
        return typeof value === 'string' ? value : null;
      }
    }
    return null;
  }

  setSetting(key: string, raw: string): void {
    const value = storableCell(raw);
    const sheet =
      this.book.getWorksheet(SETTINGS_SHEET) ??
      this.book.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    for (let r = 1; r <= sheet.rowCount; r++) {
      if (sheet.getCell(r, 1).value === key) {
        sheet.getCell(r, 2).value = value;
        return;
      }
    }
    sheet.addRow([key, value]);
  }
}

/** The Evidence tab grows with every clip: its rows are kept out of exceljs (see xlsx-package). */
function isDetachable(name: string): boolean {
  return isTabNamed(name, EVIDENCE_TAB);
}

/** The header row exceljs read, followed by the detached rows (shared, never copied). */
function withDetachedRows(table: SheetTable, detached: DetachedSheet): void {
  const header = table.values.slice(0, 1);
  table.values = header.concat(detached.values.slice(header.length));
  table.formats = undefined;
}
