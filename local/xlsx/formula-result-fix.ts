/**
 * exceljs 4 drops a formula's cached result when it is 0 or false (it copies the formula's fields
 * only when they are truthy), so a coordinator's `=COUNTIF(…)` current value of 0 read as "no data",
 * and a save wrote the formula without its result. This keeps every cached result exceljs parsed,
 * so the server reads the value Excel shows, as the CLI's own reader does (local/xlsx/xlsx-read-cells).
 */
import ExcelJS from 'exceljs';

interface FormulaModel {
  result?: unknown;
}
interface FormulaValue {
  model: FormulaModel;
  _copyModel(model: FormulaModel): FormulaModel;
}

let installed = false;

/** Installs the fix once; local mode calls it before any workbook is loaded. */
export function installFormulaResultFix(): void {
  if (installed) return;
  installed = true;
  // exceljs does not export its formula value class: one formula cell shows it.
  const probe = new ExcelJS.Workbook().addWorksheet('probe').getCell('A1');
  probe.value = { formula: '1', result: 1 } as ExcelJS.CellFormulaValue;
  const formulaValue = (probe as unknown as { _value: FormulaValue })._value;
  const prototype = Object.getPrototypeOf(formulaValue) as FormulaValue;
  const copyModel = prototype._copyModel;
  prototype._copyModel = function copyWithResult(this: FormulaValue, model: FormulaModel) {
    const copy = copyModel.call(this, model);
    if (model?.result !== undefined && model.result !== null) copy.result = model.result;
    return copy;
  };
}
