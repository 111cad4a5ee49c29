/**
 * The narrow interface a host implements so the core can work on its workbook: Apps Script on
 * SpreadsheetApp, local mode on an .xlsx file. Reads are one call per sheet, writes one batch per tab.
 */
import type { CellValue, SheetTable } from './cells';
import type { Layout } from './layout';

export interface WorkbookPort {
  /** Names of all sheets, in tab order. */
  sheetNames(): string[];
  /** The sheet's used range as values, formats and merges; null when no such sheet. */
  readSheet(name: string): SheetTable | null;
  /** Replaces the whole content of an owned, generated tab with the layout, creating it if missing. */
  writeLayout(name: string, layout: Layout): void;
  /** Appends rows to an owned tab in one write, creating the tab with headers when missing. */
  appendRows(name: string, headers: string[], rows: CellValue[][]): void;
  /** Document-level settings (column mapping, thresholds), stored as JSON strings. */
  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;
}
