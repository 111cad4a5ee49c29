/**
 * Untrusted text (clips, notes, titles) must never become a formula in a sheet. Cells starting with
 * = + - @, a tab or a carriage return are what spreadsheet programs evaluate (OWASP CSV injection);
 * a leading apostrophe makes Sheets and Excel keep them as text and is not shown in the cell. Because
 * Sheets also takes a typed leading apostrophe as that marker, text that starts with one gets a
 * second, so "'Tis" is shown as typed. This is how the core hands text to a host that parses what it
 * is given (Sheets' setValues); a host writing typed string cells (an .xlsx) takes it off again.
 */
export const MAX_CLIP_TEXT = 20_000;

const NEEDS_MARKER = /^[=+\-@\t\r']/;

/** The text as a host that parses typed input must be given it so it stays this exact text. */
export function inertText(text: string): string {
  return NEEDS_MARKER.test(text) ? `'${text}` : text;
}

/** Inverse of inertText: the text as typed, for hosts that store strings as they are and for our own cells read back. */
export function fromInertText(text: string): string {
  return text.length > 1 && text[0] === "'" && NEEDS_MARKER.test(text.slice(1))
    ? text.slice(1)
    : text;
}
