/**
 * Text every host can store and read back. An .xlsx is XML 1.0, which cannot hold most C0 controls
 * or lone surrogates; U+FFFE/U+FFFF make the file unreadable, and the other Unicode noncharacters
 * (U+FDD0–U+FDEF, the last two code points of every plane) are not text either. Such characters
 * arrive from ordinary web pages, so they are dropped before anything is written, and line breaks
 * are kept as "\n" (XML turns a bare carriage return into a line feed on reading anyway).
 * Every other character, emoji and astral ones included, is kept exactly as typed.
 */

/**
 * Quick test for what may need work: controls (carriage return included), BMP noncharacters, and the
 * low surrogates that end an astral U+xFFFE/U+xFFFF (and a few ordinary astral characters).
 */
const MAYBE_UNSTORABLE = /[\u0000-\u0008\u000B-\u001F\u007F\uFDD0-\uFDEF\uFFFE\uFFFF\uDFFE\uDFFF]/;

type WithWellFormed = { isWellFormed?: () => boolean };

/**
 * True when every surrogate in the text is half of a pair. Uses String#isWellFormed where the runtime
 * has it (Node 20); elsewhere (older Apps Script runtimes) one pass over the code units.
 */
export function hasOnlyPairedSurrogates(text: string): boolean {
  const native = (text as unknown as WithWellFormed).isWellFormed;
  if (typeof native === 'function') return native.call(text);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** U+FFFD marks where half of a broken surrogate pair was, as a UTF-8 encoder would. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * True for a code point an .xlsx keeps as it is. DEL (U+007F) is legal XML but spreadsheet writers
 * (exceljs among them) drop it, so it is treated like the other controls and never stored.
 */
export function isStorableCodePoint(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint === 0x7f) return false;
  if (codePoint >= 0xfdd0 && codePoint <= 0xfdef) return false;
  return (codePoint & 0xfffe) !== 0xfffe;
}

/** The text with unstorable characters removed, lone surrogates replaced by U+FFFD and line breaks as "\n". */
export function storableText(text: string): string {
  if (!MAYBE_UNSTORABLE.test(text) && hasOnlyPairedSurrogates(text)) return text;
  let out = '';
  for (const character of text.replace(/\r\n?/g, '\n')) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff)
      out += REPLACEMENT_CHARACTER; // a surrogate left without its pair
    else if (isStorableCodePoint(codePoint)) out += character;
  }
  return out;
}

/** A parsed JSON value with storableText applied to every string in it (object keys are left alone). */
export function storableStrings(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableStrings);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, storableStrings(inner)]),
    );
  }
  return value;
}
