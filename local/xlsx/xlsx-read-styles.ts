/**
 * What the workbook reader takes from styles.xml: for each cell style, the number format code it
 * shows (built-in formats by their standard code) and whether its font is bold. Read the way
 * exceljs reads them, so a table reads the same whichever of the two opened the file.
 */
import { attribute, xmlEntities } from './sheet-xml';
import { parseStyles } from './xlsx-style-transplant';

/** One cell style as the reader needs it. */
export interface CellStyle {
  numFmt?: string;
  /** The style's font, when it names one that exists: only its boldness matters here. */
  font?: { bold: boolean };
}

/** A style number (the `s` of a cell, row or column) to its style; null when the file has none. */
export type StyleLookup = (id: number) => CellStyle | null;

/** Codes of the built-in number formats that have one code in every locale (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The cell styles of a styles.xml (every lookup null when there is none). */
export function readCellStyles(xml: string | null): StyleLookup {
  if (xml === null) return () => null;
  const sheet = parseStyles(xml);
  const memo = new Map<number, CellStyle | null>();
  return (id) => {
    let style = memo.get(id);
    if (style === undefined) {
      const xf = sheet.cellXfs[id];
      style = xf === undefined ? null : cellStyle(xf, sheet.numFmts, sheet.fonts);
      memo.set(id, style);
    }
    return style;
  };
}

function cellStyle(xf: string, numFmts: Map<number, string>, fonts: string[]): CellStyle {
  const style: CellStyle = {};
  const fmtId = parseInt(attribute(xf, 'numFmtId') ?? '', 10);
  if (fmtId) {
    const custom = numFmts.get(fmtId);
    const code = (custom && xmlEntities(custom)) || BUILT_IN_FORMATS[fmtId];
    if (code) style.numFmt = code;
  }
  const font = fonts[parseInt(attribute(xf, 'fontId') ?? '', 10)];
  // A <b> element makes a font bold whatever its val says, as exceljs reads it.
  if (font !== undefined) style.font = { bold: /<b[\s/>]/.test(font) };
  return style;
}

/**
 * True when a number format shows dates or times: once quoted text and [bracketed] parts are left
 * out, it holds y, m, d, h, M, s or b.
 */
export function isDateCode(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}
