/**
 * What an .xlsx says about a sheet beyond its values that the reader weighs: the columns the
 * coordinator hid (a hidden "Goal (proposed)" loses to the visible "Goal") and the bold cells (bold
 * titles are often objectives in outline plans). Bold is kept only on rows that have some.
 */
import type ExcelJS from 'exceljs';

/** 0-based indexes of the hidden columns of the used range. */
export function hiddenColumnsOf(worksheet: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  for (let col = 1; col <= worksheet.columnCount; col++)
    if (worksheet.getColumn(col).hidden) hidden.push(col - 1);
  return hidden;
}

/** Records a bold cell at 0-based (row, col) in a sparse bold grid. */
export function noteBold(bold: boolean[][], cell: ExcelJS.Cell, row: number, col: number): void {
  if (!cell.font?.bold) return;
  bold[row] ??= [];
  bold[row][col] = true;
}

/** The bold grid as the core takes it (rows without bold left empty), or undefined when nothing is bold. */
export function boldGrid(bold: boolean[][], rows: number): boolean[][] | undefined {
  if (bold.length === 0) return undefined;
  return Array.from({ length: rows }, (_, r) => Array.from(bold[r] ?? [], (b) => b === true));
}
