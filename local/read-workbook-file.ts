/**
 * Opens an .xlsx or .csv file from disk as the tables the core reads: values (rich text as plain
 * text, formulas as their results, hyperlinks as their text), number formats and merged ranges.
 * Dates stay Date objects in UTC, as exceljs builds them.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { ValueType, Workbook } from './exceljs-core';
import { boldGrid, hiddenColumnsOf, noteBold } from './xlsx-styles';
import type { CellValue, MergedRange, SheetTable } from '../shared/cells';
import { csvTable } from '../shared/reading/csv';
import { SETTINGS_TAB_NAME } from '../shared/owned-tabs';

/** Every sheet of the file, or why it could not be opened. */
export type WorkbookFileResult =
  | { ok: true; sheets: SheetTable[] }
  | { ok: false; error: { code: 'file-not-found' | 'not-a-spreadsheet'; message: string } };

/** Reads every sheet of the file; a missing file or a file that is not a spreadsheet is an error value. */
export async function readWorkbookFile(path: string): Promise<WorkbookFileResult> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile())
    return { ok: false, error: { code: 'file-not-found', message: `File not found: ${path}` } };
  const bytes = await readFile(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv')
    return { ok: true, sheets: [csvTable(basename(path, extname(path)), decodeText(bytes))] };
  if (bytes.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') return notSpreadsheet(path);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return notSpreadsheet(path);
  }
  // A .docx or .pptx renamed .xlsx is also a zip, and loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) return notSpreadsheet(path);
  return { ok: true, sheets: workbook.worksheets.filter(isCoordinatorTab).map(sheetTable) };
}

/**
 * Tabs a person can see or unhide. Excel's "very hidden" tabs are only reachable by programs; ours
 * (the settings tab) is one of them, and is never a plan to read or a sheet name to suggest.
 */
function isCoordinatorTab(worksheet: ExcelJS.Worksheet): boolean {
  return worksheet.state !== 'veryHidden' && worksheet.name !== SETTINGS_TAB_NAME;
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (older Excel "CSV" saves on Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function notSpreadsheet(path: string): WorkbookFileResult {
  return {
    ok: false,
    error: { code: 'not-a-spreadsheet', message: `Not a spreadsheet (.xlsx or .csv): ${path}` },
  };
}

/** One worksheet as a 0-based table, trimmed to its used range; merged cells other than the top-left one are empty. */
export function sheetTable(worksheet: ExcelJS.Worksheet): SheetTable {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      noteBold(bold, cell, r, colNumber - 1);
      const value = cell.type === ValueType.Merge ? null : plainValue(cell.value);
      if (value === null && !cell.numFmt) return;
      values[r] ??= [];
      formats[r] ??= [];
      values[r][colNumber - 1] = value;
      formats[r][colNumber - 1] = cell.numFmt ?? '';
    });
  });
  const width = Array.from(values, (row) => row?.length ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const dense = <T>(rows: T[][], blank: T) =>
    Array.from({ length: rows.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? blank),
    );
  const hiddenColumns = hiddenColumnsOf(worksheet);
  const bolds = boldGrid(bold, values.length);
  return {
    name: worksheet.name,
    values: dense(values, null as CellValue),
    formats: dense(formats, ''),
    merges: mergedRanges(worksheet),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(bolds ? { bold: bolds } : {}),
  };
}

/** exceljs's many value shapes reduced to the core's CellValue. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? plainValue((value.result ?? null) as ExcelJS.CellValue) : null;
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  // A formula error (#DIV/0!, #N/A, #REF!) stays visible so the reader can say which cell to fix.
  if ('error' in value) return String(value.error);
  return null;
}

function mergedRanges(worksheet: ExcelJS.Worksheet): MergedRange[] {
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return merges.flatMap((range) => {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!match) return [];
    const [col, row, endCol, endRow] = [
      columnIndex(match[1]),
      Number(match[2]) - 1,
      columnIndex(match[3]),
      Number(match[4]) - 1,
    ];
    return [{ row, col, rows: endRow - row + 1, cols: endCol - col + 1 }];
  });
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
