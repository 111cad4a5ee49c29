/**
 * Reading and writing worksheet XML (SpreadsheetML rows and cells) as text, one row at a time, for
 * the tab local mode keeps outside exceljs (Evidence: see xlsx-package). A row is taken apart only
 * as far as its values go; everything else in it (formulas, rich text, heights) is kept as written.
 */
import type { CellValue } from '../../shared/cells';
import { columnLetter } from '../../shared/cells';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities (&amp; &#233; &#xE9;) turned back into characters. */
export function xmlEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** XML text with its entities and OOXML's _xHHHH_ escapes turned back into characters. */
export function xmlText(raw: string): string {
  const plain = xmlEntities(raw);
  return plain.includes('_x')
    ? plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : plain;
}

const xmlEscape = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/**
 * Storable text (see storable-cells) as the body of an inline string. Excel reads "_x0041_" in it as
 * "A", exceljs reads it as written, so no run may hold that pattern: text holding it is cut into runs
 * just after each "_" that starts one, and every reader joins the runs back into the text as typed.
 */
export function inlineString(text: string): string {
  const run = (piece: string) => `<t xml:space="preserve">${xmlEscape(piece)}</t>`;
  if (!LOOKS_ESCAPED.test(text)) return run(text);
  return text
    .split(/(?<=_)(?=x[0-9A-Fa-f]{4}_)/)
    .map((piece) => `<r>${run(piece)}</r>`)
    .join('');
}

const LOOKS_ESCAPED = /_x[0-9A-Fa-f]{4}_/;

/** The plain text of a rich-text body (<si> or <is> content): its <t> runs, phonetic runs left out. */
export function richText(body: string): string {
  const runs = body.includes('<rPh') ? body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : body;
  let text = '';
  for (const match of runs.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += xmlText(match[1]);
  return text;
}

const ATTRIBUTES = new Map<string, RegExp>();

/** One attribute of a start tag's attribute text. */
export function attribute(tag: string, name: string): string | null {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    ATTRIBUTES.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? match[1] : null;
}

/** 0-based column of an A1 reference ("AB12" → 27). */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n - 1;
}

/** One cell of a row: its start tag's attributes and its body (empty for <c/>). */
export interface CellXml {
  attrs: string;
  body: string;
}

const CELL = /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;

/** The cells of a row's XML, in order. */
export function cellsOf(rowXml: string): CellXml[] {
  const cells: CellXml[] = [];
  for (const match of rowXml.matchAll(CELL)) cells.push({ attrs: match[1], body: match[3] ?? '' });
  return cells;
}

/** What reading a cell needs beyond its XML: the shared strings and which styles show dates. */
export interface CellContext {
  shared: string[];
  isDateStyle(style: number): boolean;
}

/** The value a cell shows, as the core reads it (formulas as their result, dates as Dates). */
export function cellValue(cell: CellXml, context: CellContext): CellValue {
  const type = attribute(cell.attrs, 't');
  if (type === 'inlineStr') return richText(/<is>([\s\S]*?)<\/is>/.exec(cell.body)?.[1] ?? '');
  const raw = /<v>([\s\S]*?)<\/v>/.exec(cell.body)?.[1];
  if (raw === undefined) return null;
  if (type === 's') return richText(context.shared[Number(raw)] ?? '');
  if (type === 'str' || type === 'e') return xmlText(raw);
  if (type === 'b') return raw.trim() === '1';
  if (type === 'd') return new Date(raw);
  const n = Number(raw);
  if (!Number.isFinite(n)) return xmlText(raw);
  return context.isDateStyle(Number(attribute(cell.attrs, 's') ?? 0)) ? excelDate(n) : n;
}

/** A 1900-system serial number as the UTC Date exceljs gives for it. */
function excelDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** A row's values, 0-based by column (cells without a reference follow the one before). */
export function rowValues(rowXml: string, context: CellContext): CellValue[] {
  const values: CellValue[] = [];
  let col = -1;
  for (const cell of cellsOf(rowXml)) {
    const ref = attribute(cell.attrs, 'r');
    col = ref ? columnOf(ref) : col + 1;
    values[col] = cellValue(cell, context);
  }
  return Array.from(values, (v) => v ?? null);
}

/** The row's XML as it can stand without the shared-string table: shared strings written inline. */
export function inlineSharedStrings(rowXml: string, shared: string[]): string {
  if (!rowXml.includes('t="s"')) return rowXml;
  return rowXml.replace(CELL, (whole, attrs: string, _end: string, body = '') => {
    if (attribute(attrs, 't') !== 's') return whole;
    const index = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const rich = index === undefined ? '' : (shared[Number(index)] ?? '');
    // Excel reads _xHHHH_ escapes in inline strings too, exceljs only in shared ones: such text is written anew.
    const inline = rich.includes('_x') ? inlineString(richText(rich)) : rich;
    return `<c${attrs.replace(/\st="s"/, ' t="inlineStr"')}><is>${inline}</is></c>`;
  });
}

/** The row's XML with every style index (`s="N"` on the row and its cells) mapped. */
export function remapStyles(rowXml: string, map: (style: number) => number): string {
  return rowXml.replace(/<(row|c)\b([^>]*)>/g, (whole, tag: string, attrs: string) =>
    attrs.includes('s="')
      ? `<${tag}${attrs.replace(/(\s)s="(\d+)"/, (_, space: string, n: string) => `${space}s="${map(Number(n))}"`)}>`
      : whole,
  );
}

/** A row of values as SpreadsheetML (text inline, no style), numbered `row` (1-based). */
export function rowXml(row: number, values: CellValue[]): string {
  let cells = '';
  values.forEach((value, c) => {
    if (value === null || value === '') return;
    const ref = `${columnLetter(c)}${row}`;
    if (typeof value === 'number') cells += `<c r="${ref}"><v>${value}</v></c>`;
    else if (typeof value === 'boolean') cells += `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    else {
      // Evidence rows hold no dates (times are ISO text); one would be kept as its ISO text.
      const text = value instanceof Date ? value.toISOString() : value;
      cells += `<c r="${ref}" t="inlineStr"><is>${inlineString(text)}</is></c>`;
    }
  });
  return `<row r="${row}">${cells}</row>`;
}

/** The number of a row from its start tag, or null when the row does not say (rows then follow on). */
export function rowNumberOf(rowXml: string): number | null {
  const tag = /^<row\b([^>]*)>/.exec(rowXml)?.[1] ?? '';
  const r = attribute(tag, 'r');
  return r === null ? null : Number(r);
}

/** Builtin number formats that show dates or times (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/** True when a number format shows a date or a time rather than a number. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return DATE_FORMAT_IDS.has(id);
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare);
}
