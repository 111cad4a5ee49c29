/**
 * Builds small .xlsx workbooks with exceljs for tests: sheets of rows, number formats per cell
 * address, merged ranges. Written to a temp folder and read back through readWorkbookFile.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export interface SheetSpec {
  name: string;
  rows: ExcelJS.CellValue[][];
  /** Cell address → number format, e.g. { D5: '0%' }. */
  formats?: Record<string, string>;
  merges?: string[];
}

/** Writes the workbook and returns its path. */
export async function writeWorkbook(fileName: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const [address, format] of Object.entries(spec.formats ?? {}))
      sheet.getCell(address).numFmt = format;
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'throughline-')), fileName);
  await workbook.xlsx.writeFile(path);
  return path;
}
