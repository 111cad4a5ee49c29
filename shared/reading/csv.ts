/**
 * A quoted-CSV parser (RFC 4180 plus the ";" and tab separators French and Excel exports use), so a
 * plan saved as .csv reads like the same plan in a workbook.
 */
import type { SheetTable } from '../cells';

/** Parses CSV text into rows of strings; quoted fields may hold separators, quotes ("") and newlines. */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The separator of the file: ",", ";" or tab, whichever splits the first lines (outside quotes) the
 * most. Looking past the first line matters: a title line above the header often has no separator.
 */
export function detectSeparator(text: string): string {
  const lines = text
    .replace(/"[^"]*"/g, '')
    .split(/\r?\n/)
    .slice(0, 20);
  const counts = [',', ';', '\t'].map((sep) => ({
    sep,
    n: lines.reduce((sum, line) => sum + line.split(sep).length - 1, 0),
  }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.sep : ',';
}

/** A CSV file as a one-sheet table; empty strings become empty cells. */
export function csvTable(name: string, text: string): SheetTable {
  return {
    name,
    values: parseCsv(text).map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))),
  };
}
