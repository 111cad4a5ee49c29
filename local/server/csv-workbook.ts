/**
 * Local mode on a .csv plan: a .csv holds one tab, and Throughline adds Evidence, Dashboard and
 * Summary tabs, so the plan is copied once into an .xlsx beside it (same name) and served from there.
 * The copy keeps every cell as the text it was in the .csv, which the plan reader reads the same way.
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { storableRows } from '../xlsx/storable-cells';
import { installXlsxTextEscape } from '../xlsx/xlsx-text-escape';

/** True for the files local mode copies into an .xlsx first. */
export function isDelimitedText(file: string): boolean {
  return /\.(csv|tsv)$/i.test(file);
}

/** The .xlsx a .csv plan is served from. */
export function xlsxBeside(file: string): string {
  return file.replace(/\.(csv|tsv)$/i, '.xlsx');
}

export type CsvCopy =
  | { ok: true; xlsx: string }
  | { ok: false; reason: 'xlsx-exists' | 'missing-file' | 'not-a-spreadsheet'; xlsx: string };

/** Writes the .xlsx copy of a .csv plan; never overwrites an existing .xlsx. */
export async function copyCsvToWorkbook(file: string): Promise<CsvCopy> {
  const xlsx = xlsxBeside(file);
  if (existsSync(xlsx)) return { ok: false, reason: 'xlsx-exists', xlsx };
  const read = await readWorkbookFile(file);
  if (!read.ok)
    return {
      ok: false,
      reason: read.error.code === 'file-not-found' ? 'missing-file' : 'not-a-spreadsheet',
      xlsx,
    };
  const book = new ExcelJS.Workbook();
  for (const table of read.sheets) {
    // Excel refuses : \ / ? * [ ] in a tab name, and more than 31 characters.
    const name =
      table.name
        .replace(/[:\\/?*[\]]/g, ' ')
        .trim()
        .slice(0, 31) || 'Plan';
    book.addWorksheet(name).addRows(storableRows(table.values));
  }
  installXlsxTextEscape();
  await book.xlsx.writeFile(xlsx);
  return { ok: true, xlsx };
}
