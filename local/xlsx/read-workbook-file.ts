/**
 * Opens an .xlsx or .csv file from disk as the tables the core reads: values (rich text as plain
 * text, formulas as their results, hyperlinks as their text), number formats and merged ranges.
 * Dates are Date objects in UTC. The .xlsx is read from its XML (xlsx-read-tables), not through
 * exceljs: the CLI starts without loading a spreadsheet library.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readXlsxTabs, type WorkbookTab } from './xlsx-read-tables';
import type { SheetTable } from '../../shared/cells';
import { csvTable } from '../../shared/reading/csv';
import { SETTINGS_TAB_NAME } from '../../shared/owned-tabs';

/** Every sheet of the file, or why it could not be opened. */
export type WorkbookFileResult =
  | { ok: true; sheets: SheetTable[] }
  | { ok: false; error: { code: 'file-not-found' | 'not-a-spreadsheet'; message: string } };

/** Reads every sheet of the file; a missing file or a file that is not a spreadsheet is an error value. */
export async function readWorkbookFile(path: string): Promise<WorkbookFileResult> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    return { ok: false, error: { code: 'file-not-found', message: `File not found: ${path}` } };
  const bytes = await readFile(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv')
    return { ok: true, sheets: [csvTable(basename(path, extname(path)), decodeText(bytes))] };
  if (bytes.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') return notSpreadsheet(path);
  let tabs: WorkbookTab[];
  try {
    tabs = await readXlsxTabs(bytes);
  } catch {
    return notSpreadsheet(path);
  }
  // A .docx or .pptx renamed .xlsx is also a zip, and opens as a workbook with no sheets.
  if (tabs.length === 0) return notSpreadsheet(path);
  return {
    ok: true,
    sheets: tabs
      .filter((tab) => isCoordinatorTab(tab.table.name, tab.state))
      .map((tab) => tab.table),
  };
}

/**
 * Tabs a person can see or unhide. Excel's "very hidden" tabs are only reachable by programs; ours
 * (the settings tab) is one of them, and is never a plan to read or a sheet name to suggest.
 */
export function isCoordinatorTab(name: string, state: string | undefined): boolean {
  return state !== 'veryHidden' && name !== SETTINGS_TAB_NAME;
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
