/**
 * Writes a table's header: one row; two rows with each header's words split over them (a
 * "two-line" header); or two levels, a group cell ("Results", "Résultats") merged over the value
 * columns with their sub-headers below ("automne | hiver | visés") and the other headers merged
 * down both rows.
 */
import type { Column } from './columns';
import type { Rng } from './prng';
import { cell, type Cell, type SheetBuilder } from './sheet-builder';

export type HeaderMode = 'one-row' | 'two-line' | 'two-level';

/** Writes the header rows; returns the index of the last one. */
export function writeHeaderRows(
  sheet: SheetBuilder,
  columns: Column[],
  mode: HeaderMode,
  rng: Rng,
): number {
  if (mode === 'one-row') return sheet.add(columns.map(headerCell));
  if (mode === 'two-line') return writeTwoLine(sheet, columns, rng);
  return writeTwoLevel(sheet, columns, rng);
}

function writeTwoLine(sheet: SheetBuilder, columns: Column[], rng: Rng): number {
  const singlesOnTop = rng.chance(0.4);
  const top: Cell[] = [];
  const bottom: Cell[] = [];
  for (const c of columns) {
    const [a, b] = splitHeader(c.header, rng);
    if (b === null) {
      top.push(singlesOnTop ? headerCell(c) : cell(null));
      bottom.push(singlesOnTop ? cell(null) : headerCell(c));
    } else {
      top.push(cell(a));
      bottom.push(cell(b));
    }
  }
  sheet.add(top);
  return sheet.add(bottom);
}

/** A header split at a word boundary ("Starting" / "point", "Goal" / "(May 2026)"), or kept whole. */
function splitHeader(header: string | Date, rng: Rng): [string | Date, string | null] {
  if (header instanceof Date) return [header, null];
  const words = header.split(' ');
  if (words.length < 2) return [header, null];
  const bracket = words.findIndex((w) => w.startsWith('('));
  const at = bracket > 0 ? bracket : rng.int(1, words.length - 1);
  const tail = words.slice(at).join(' ');
  // "Où en sommes-nous ?" keeps its question mark with the words before it.
  if (/^[?:!;]$/.test(tail)) return [header, null];
  return [words.slice(0, at).join(' '), tail];
}

function writeTwoLevel(sheet: SheetBuilder, columns: Column[], rng: Rng): number {
  const topRow = sheet.rowCount;
  const mergeDown = rng.chance(0.6);
  sheet.add(
    columns.map((c, i) =>
      c.group ? cell(i === 0 || columns[i - 1].group !== c.group ? c.group : null) : headerCell(c),
    ),
  );
  const bottom = sheet.add(
    columns.map((c) => (c.group ? (c.sub ? cell(c.sub) : headerCell(c)) : cell(null))),
  );
  columns.forEach((c, i) => {
    if (!c.group && mergeDown) sheet.merge(topRow, i, 2, 1);
    if (c.group && (i === 0 || columns[i - 1].group !== c.group)) {
      let span = 1;
      while (columns[i + span]?.group === c.group) span++;
      sheet.merge(topRow, i, 1, span);
    }
  });
  if (!mergeDown) {
    // Without vertical merges the ungrouped headers sit on the lower row, beside the sub-headers.
    const rows = sheet.rows;
    columns.forEach((c, i) => {
      if (!c.group) {
        rows[bottom][i] = rows[topRow][i];
        rows[topRow][i] = { v: null };
      }
    });
  }
  return bottom;
}

function headerCell(c: Column): Cell {
  return cell(c.header, c.headerFormat);
}
