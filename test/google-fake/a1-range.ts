/**
 * A1 ranges as the fake Google reads them: `'Sheet name'!A1:C9`, `Evidence!1:1`, `Evidence!A:A`,
 * or a bare sheet name. Rows and columns come back 0-based, open ends as Infinity.
 */
import { columnLetter } from '../../shared/cells';

export interface GridRange {
  sheet: string;
  startRow: number;
  endRow: number;
  startCol: number;
  endCol: number;
}

/** 'A' → 0, 'AA' → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function splitSheet(range: string): { sheet: string; cells: string } {
  if (range.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < range.length) {
      if (range[i] === "'" && range[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (range[i] === "'") break;
      else name += range[i++];
    }
    const rest = range.slice(i + 1);
    return { sheet: name, cells: rest.startsWith('!') ? rest.slice(1) : '' };
  }
  const bang = range.lastIndexOf('!');
  return bang < 0
    ? { sheet: range, cells: '' }
    : { sheet: range.slice(0, bang), cells: range.slice(bang + 1) };
}

const CELL = /^([A-Za-z]*)(\d*)$/;

/** Parses an A1 range; null when it cannot be read (Google answers 400 "Unable to parse range"). */
export function parseA1(range: string): GridRange | null {
  const { sheet, cells } = splitSheet(range);
  if (!sheet) return null;
  if (!cells) return { sheet, startRow: 0, endRow: Infinity, startCol: 0, endCol: Infinity };
  const [from, to = from] = cells.split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b || (!a[1] && !a[2])) return null;
  return {
    sheet,
    startRow: a[2] ? Number(a[2]) - 1 : 0,
    endRow: b[2] ? Number(b[2]) : Infinity,
    startCol: a[1] ? columnIndex(a[1]) : 0,
    endCol: b[1] ? columnIndex(b[1]) + 1 : Infinity,
  };
}

/** How Google echoes a range back: the sheet quoted, the cells actually covered. */
export function formatA1(sheet: string, startRow: number, endRow: number, width: number): string {
  return `'${sheet.replace(/'/g, "''")}'!A${startRow + 1}:${columnLetter(Math.max(width, 1) - 1)}${Math.max(endRow, startRow + 1)}`;
}
