/**
 * Reading an exceljs worksheet as the core's SheetTable for a workbook held open by the server:
 * values as the CLI reads them (plainValue, text exactly as stored), number formats, and merges with the value only in the
 * top-left cell. Visits only the cells that exist and reads merges without rebuilding the sheet model,
 * so a 50,000-row Evidence tab stays cheap to read.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, MergedRange, SheetTable } from '../../shared/cells';
import { boldGrid, hiddenColumnsOf, noteBold } from './xlsx-styles';

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

/**
 * The one exceljs → SheetTable reading, for the CLI's file reads and the server's open workbook alike.
 * The worksheet's used range; rows are ragged (trailing empty cells left out). */
export function sheetTable(worksheet: ExcelJS.Worksheet): SheetTable {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      noteBold(bold, cell, rowNumber - 1, colNumber - 1);
      const merged = cell.isMerged && cell.master.address !== cell.address;
      rowValues[colNumber - 1] = merged ? null : plainValue(cell.value);
      rowFormats[colNumber - 1] = cell.numFmt ?? '';
    });
    values[rowNumber - 1] = densify(rowValues, null);
    formats[rowNumber - 1] = densify(rowFormats, '');
  });
  const hiddenColumns = hiddenColumnsOf(worksheet);
  const bolds = boldGrid(bold, values.length);
  return {
    name: worksheet.name,
    values: densify(values, []).map((r) => r ?? []),
    formats: densify(formats, []),
    merges: mergesOf(worksheet),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(bolds ? { bold: bolds } : {}),
  };
}

/** The rows exceljs just appended, added to a table read earlier, exactly as sheetTable would read them. */
export function extendTable(table: SheetTable, rows: ExcelJS.Row[]): void {
  for (const row of rows) {
    const values: CellValue[] = [];
    row.eachCell(
      { includeEmpty: false },
      (cell, col) => (values[col - 1] = plainValue(cell.value)),
    );
    while (table.values.length < row.number - 1) table.values.push([]);
    table.values[row.number - 1] = densify(values, null);
    if (table.formats) {
      while (table.formats.length < row.number - 1) table.formats.push([]);
      table.formats[row.number - 1] = values.map(() => '');
    }
  }
}

function densify<T>(sparse: T[], blank: T): T[] {
  return Array.from({ length: sparse.length }, (_, i) =>
    i in sparse && sparse[i] !== undefined ? sparse[i] : blank,
  );
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** exceljs keeps merges in a private map keyed by the master cell; its public model getter rebuilds the whole sheet. */
export function mergesOf(worksheet: ExcelJS.Worksheet): MergedRange[] {
  const boxes = Object.values(
    (worksheet as unknown as { _merges: Record<string, MergeBox> })._merges ?? {},
  );
  return boxes.filter(Boolean).map((box) => ({
    row: box.top - 1,
    col: box.left - 1,
    rows: box.bottom - box.top + 1,
    cols: box.right - box.left + 1,
  }));
}
