/** Types for the two exceljs modules local/exceljs-core.ts loads directly (exceljs types only its index). */
declare module 'exceljs/lib/doc/workbook.js' {
  import type ExcelJS from 'exceljs';
  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}

declare module 'exceljs/lib/doc/enums.js' {
  import type ExcelJS from 'exceljs';
  const enums: { ValueType: typeof ExcelJS.ValueType };
  export default enums;
}
