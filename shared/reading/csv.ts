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
      if (ch === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** The separator used on the first line outside quotes: ",", ";" or tab, whichever is most common. */
export function detectSeparator(text: string): string {
  const firstLine = text.replace(/"[^"]*"/g, '').split(/\r?\n/)[0] ?? '';
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: firstLine.split(sep).length - 1 }));
  return counts.sort((a, b) => b.n - a.n)[0].n > 0 ? counts[0].sep : ',';
}

/** A CSV file as a one-sheet table; empty strings become empty cells. */
export function csvTable(name: string, text: string): SheetTable {
  return { name, values: parseCsv(text).map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))) };
}
