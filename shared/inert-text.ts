/**
 * Untrusted text (clips, notes, titles) must never become a formula in a sheet. Cells starting with
 * = + - @, a tab or a carriage return are what spreadsheet programs evaluate (OWASP CSV injection);
 * a leading apostrophe makes Sheets and Excel keep them as text and is not shown in the cell.
 */
export const MAX_CLIP_TEXT = 20_000;

const FORMULA_START = /^[=+\-@\t\r]/;

export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Inverse of inertText for reading our own owned tabs back through a host that keeps the apostrophe. */
export function fromInertText(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
