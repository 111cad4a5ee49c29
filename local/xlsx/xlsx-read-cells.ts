/**
 * One cell of a worksheet's XML read as the core's CellValue, the way exceljs reads it (the reader
 * local mode used before, kept as the measure): shared and inline strings, rich text joined, numbers,
 * booleans, error values as their text, dates from the cell's number format, and formulas as their
 * cached result (none when that result is 0, false or empty, as exceljs keeps it).
 */
import type { CellValue } from '../../shared/cells';
import { attribute, xmlEntities } from './sheet-xml';
import { isDateCode, type CellStyle } from './xlsx-read-styles';

/** What a cell's value depends on beyond its own XML. */
export interface CellReading {
  /** Plain text of each shared string; null for an entry with no text; absent: the file has no table. */
  shared: (string | null)[] | null;
  date1904: boolean;
  /** Cell references that carry a hyperlink to somewhere (their text is the value). */
  hyperlinks: Set<string>;
  /** Shared formulas by `si`: whether the cell defining it last has a reference. */
  sharedFormulas: Map<string, boolean>;
}

/** A cell as read: `kind` says whether it takes a place in its row (exceljs leaves out "none"). */
export interface ReadCell {
  ref: string | null;
  /** "empty": styled but blank; "none": neither value nor style, left out of its row. */
  kind: 'value' | 'empty' | 'none';
  value: CellValue;
  style: CellStyle | null;
}

/** Text of an element's content: line ends as an XML reader gives them, entities decoded. */
const textOf = (raw: string) => xmlEntities(raw.replace(/\r\n?/g, '\n'));

/** OOXML's _xHHHH_ escapes, which exceljs decodes in shared strings and rich-text runs only. */
const unescapeRun = (text: string) =>
  text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** exceljs's second decoding of `str` results (the five named entities only). */
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const decodeNamed = (text: string) =>
  text.replace(/&([a-z]*);/g, (whole, name: string) => NAMED[name] ?? whole);

/** The concatenated text of every `<name>` element of `xml` (undefined when none has text). */
function elementTexts(xml: string, name: string): string | undefined {
  let text: string | undefined;
  const pattern = new RegExp(`<${name}(?:\\s[^>]*?)?(?<!/)>([\\s\\S]*?)</${name}>`, 'g');
  for (const match of xml.matchAll(pattern))
    if (match[1] !== '') text = (text ?? '') + textOf(match[1]);
  return text;
}

/** The text of a rich-text body's runs joined, or undefined when it has no run. */
function runsText(body: string): string | undefined {
  const runs = [...body.matchAll(/<r>([\s\S]*?)<\/r>|<r\s[^>]*>([\s\S]*?)<\/r>/g)];
  if (runs.length === 0) return undefined;
  return runs
    .map((run) => {
      const t = /<t(?:\s[^>]*?)?(?<!\/)>([\s\S]*?)<\/t>/.exec(run[1] ?? run[2] ?? '');
      return t ? unescapeRun(textOf(t[1])) : '';
    })
    .join('');
}

/** The plain text of a shared string's body (<si> content), or null when it holds none. */
export function sharedText(body: string): string | null {
  const bare = body.includes('<rPh') ? body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : body;
  const rich = runsText(bare);
  if (rich !== undefined) return rich;
  const plain = [
    ...bare.matchAll(/<t(?:\s[^>]*?)?(?<!\/)>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g),
  ].pop();
  return plain ? unescapeRun(textOf(plain[1] ?? '')) : null;
}

/** A number from a file's serial date, as exceljs converts it (1900 or 1904 system). */
function excelDate(serial: unknown, date1904: boolean): Date {
  const days = (serial as number) - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * 86_400_000));
}

/** The cell's value once its raw text is known, before formulas and hyperlinks are weighed. */
function typedValue(type: string | null, raw: string, reading: CellReading, isDate: boolean) {
  switch (type) {
    case 's': {
      const index = parseInt(raw, 10);
      if (!reading.shared) return index;
      const text = reading.shared[index];
      if (text === undefined) throw new Error(`shared string ${index} is missing`);
      return text;
    }
    case 'str':
      return decodeNamed(raw);
    case 'inlineStr':
      return raw;
    case 'b':
      return parseInt(raw, 10) !== 0;
    case 'e':
      return raw;
    default: {
      const n = parseFloat(raw);
      return isDate ? excelDate(n, reading.date1904) : n;
    }
  }
}

/** A formula's cached result (0 and false included: exceljs's dropping them is fixed, see formula-result-fix). */
function formulaResult(
  type: string | null,
  raw: string | undefined,
  isDate: boolean,
  r: CellReading,
) {
  if (!raw) return undefined;
  let result: CellValue =
    type === 'str'
      ? decodeNamed(raw)
      : type === 'b'
        ? parseInt(raw, 10) !== 0
        : type === 'e'
          ? raw
          : parseFloat(raw);
  // exceljs turns an error result ({ error }) in a date format into an invalid Date, as here.
  if (isDate) result = type === 'e' ? new Date(Number.NaN) : excelDate(result, r.date1904);
  return result;
}

/** Reads one `<c>` element (its attributes and body) in its style. */
export function readCell(
  attrs: string,
  body: string,
  style: CellStyle | null,
  reading: CellReading,
): ReadCell {
  const ref = attribute(attrs, 'r');
  const type = attribute(attrs, 't');
  const isDate = style !== null && isDateCode(style.numFmt);
  const linked = ref !== null && reading.hyperlinks.has(ref);
  const formula = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
  const inline = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
  const raw =
    (inline === undefined ? undefined : runsText(inline)) ??
    elementTexts(inline === undefined ? body : body.replace(/<r>[\s\S]*?<\/r>/g, ''), '(?:v|t)');
  const formulaText = formula?.[2] ? textOf(formula[2]) : '';
  const shareType = formula ? attribute(formula[1], 't') : null;
  if (formulaText || shareType) {
    const result = formulaResult(type, raw, isDate, reading);
    const shared = knownSharedFormula(formula?.[1] ?? '', ref, reading);
    const known = formulaText !== '' || shared;
    if (linked) return { ref, kind: 'value', value: plain(result), style };
    return { ref, kind: 'value', value: known ? plain(result) : null, style };
  }
  if (raw !== undefined)
    return { ref, kind: 'value', value: plain(typedValue(type, raw, reading, isDate)), style };
  const styled = parseInt(attribute(attrs, 's') ?? '', 10);
  const kind = linked ? 'value' : styled ? 'empty' : 'none';
  return { ref, kind, value: null, style };
}

/**
 * Notes a shared formula's defining cell (it has a `ref`); for a cell using one, whether its
 * definition was read (exceljs gives no value for a cell whose formula it cannot find).
 */
function knownSharedFormula(attrs: string, cell: string | null, reading: CellReading): boolean {
  const si = attribute(attrs, 'si');
  if (attribute(attrs, 't') !== 'shared' || si === null) return false;
  if (attribute(attrs, 'ref') === null) return reading.sharedFormulas.get(si) === true;
  // exceljs finds a definition by its cell's reference: one without is never found.
  reading.sharedFormulas.set(si, cell !== null);
  return false;
}

/** A value as the core holds it (undefined, no text: null). */
function plain(value: CellValue | undefined): CellValue {
  return value === undefined ? null : value;
}
