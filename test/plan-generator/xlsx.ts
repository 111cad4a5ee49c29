/**
 * Writes a generated plan as a real .xlsx file (values, number formats, merges, hidden columns,
 * bold) so the CLI and local mode can be tried on it.
 */
import ExcelJS from 'exceljs';
import type { GeneratedPlan } from './index';

/** Saves the plan's sheets to `file`. */
export async function writePlanXlsx(plan: GeneratedPlan, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of plan.sheets) {
    const sheet = workbook.addWorksheet(table.name);
    table.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        const fmt = table.formats?.[r]?.[c];
        if (fmt) cell.numFmt = fmt;
        if (table.bold?.[r]?.[c]) cell.font = { bold: true };
      });
    });
    for (const m of table.merges ?? [])
      sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    for (const c of table.hiddenColumns ?? []) sheet.getColumn(c + 1).hidden = true;
  }
  await workbook.xlsx.writeFile(file);
}
