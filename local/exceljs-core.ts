/**
 * exceljs's Workbook without the rest of the package: `import 'exceljs'` also loads its streaming
 * reader and writer (unzipper, archiver and their dependencies), which local mode never uses and
 * which take about half of the package's load time, the largest part of a CLI run. Imported from
 * the same files a full `import 'exceljs'` loads, so the classes are the same ones.
 */
import WorkbookClass from 'exceljs/lib/doc/workbook.js';
import enums from 'exceljs/lib/doc/enums.js';

/** exceljs's Workbook class (`ExcelJS.Workbook`). */
export const Workbook = WorkbookClass;

/** exceljs's cell value types (`ExcelJS.ValueType`). */
export const ValueType = enums.ValueType;
