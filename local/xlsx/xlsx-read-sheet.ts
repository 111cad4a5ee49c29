/**
 * One worksheet's XML read as the core's SheetTable: rows of values, each cell's number format, the
 * merged ranges (value in the top-left cell only), the hidden columns of the used range and the bold
 * cells. Rows and cells are kept the way exceljs keeps them (a blank cell with a style is no cell;
 * the cells a merge covers are), so the table is the one exceljs's reading gave.
 */
import type { CellValue, MergedRange, SheetTable } from '../../shared/cells';
import { attribute, cellsOf, columnOf } from './sheet-xml';
import { readCell, type CellReading, type ReadCell } from './xlsx-read-cells';
import type { CellStyle, StyleLookup } from './xlsx-read-styles';
import { boldGrid } from './xlsx-styles';

/** A cell in its row: `merged` for the cells a merge covers beyond its first. */
interface PlacedCell {
  kind: 'value' | 'empty' | 'merged';
  value: CellValue;
  style: CellStyle | null;
}

interface SheetRow {
  style: CellStyle | null;
  cells: PlacedCell[];
}

/** A column's look as <cols> gives it. */
interface ColumnLook {
  hidden: boolean;
  style: CellStyle | null;
}

const styleOf = (styles: StyleLookup, id: string | null) => {
  const n = parseInt(id ?? '', 10);
  return n ? styles(n) : null;
};

/** The columns <cols> describes, 0-based; where ranges overlap, the one starting first wins. */
function columnLooks(xml: string, styles: StyleLookup): ColumnLook[] {
  const defs = [...xml.matchAll(/<col\s([^>]*)>/g)].map(([, attrs]) => ({
    min: parseInt(attribute(attrs, 'min') ?? '0', 10),
    max: parseInt(attribute(attrs, 'max') ?? '0', 10),
    hidden: ['1', 'true'].includes(attribute(attrs, 'hidden') ?? ''),
    style: styleOf(styles, attribute(attrs, 'style')),
  }));
  const looks: ColumnLook[] = [];
  let next = 1;
  for (const def of defs.sort((a, b) => a.min - b.min)) {
    for (; next < def.min; next++) looks[next - 1] = { hidden: false, style: null };
    for (; next <= def.max; next++) looks[next - 1] = { hidden: def.hidden, style: def.style };
  }
  return looks;
}

/** References of the cells that link somewhere (a hyperlink with a relationship). */
function linkedCells(xml: string): Set<string> {
  const refs = new Set<string>();
  for (const [, attrs] of xml.matchAll(/<hyperlink\s([^>]*)>/g)) {
    const ref = attribute(attrs, 'ref');
    if (ref !== null && attribute(attrs, 'r:id')) refs.add(ref);
  }
  return refs;
}

/** The sheet's rows by 1-based number, each cell at its 0-based column. */
function readRows(xml: string, styles: StyleLookup, reading: CellReading): Map<number, SheetRow> {
  const rows = new Map<number, SheetRow>();
  for (const [, attrs, body = ''] of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row: SheetRow = { style: styleOf(styles, attribute(attrs, 's')), cells: [] };
    let col = -1;
    for (const cell of cellsOf(body)) {
      const read: ReadCell = readCell(
        cell.attrs,
        cell.body,
        styleOf(styles, attribute(cell.attrs, 's')),
        reading,
      );
      if (read.kind === 'none') continue;
      col = read.ref === null ? col + 1 : columnOf(read.ref.replace(/\$/g, ''));
      row.cells[col] = { kind: read.kind, value: read.value, style: read.style };
    }
    rows.set(parseInt(attribute(attrs, 'r') ?? '', 10), row);
  }
  return rows;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A range reference ("B2:D4", "B2") as a 1-based box. */
function boxOf(ref: string): Box {
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const rowOf = (a1: string) => parseInt(a1.replace(/^[A-Z]+/i, ''), 10);
  const [r1, r2, c1, c2] = [rowOf(from), rowOf(to), columnOf(from) + 1, columnOf(to) + 1];
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}

const overlaps = (a: Box, b: Box) =>
  !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);

/**
 * Applies the merged ranges: the cells a merge covers become merged cells (a missing one takes its
 * row's or column's format and font). Overlapping merges make the file unreadable, as for exceljs.
 */
function applyMerges(xml: string, rows: Map<number, SheetRow>, columns: ColumnLook[]): Box[] {
  const boxes: Box[] = [];
  for (const [, ref] of xml.matchAll(/<mergeCell\b[^>]*?\sref="([^"]*)"/g)) {
    const box = boxOf(ref);
    if (boxes.some((other) => overlaps(other, box))) throw new Error(`merges overlap at ${ref}`);
    boxes.push(box);
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        const row = rows.get(r) ?? { style: null, cells: [] };
        rows.set(r, row);
        row.cells[c - 1] ??= {
          kind: 'empty',
          value: null,
          style: inheritedStyle(row.style, columns[c - 1]?.style ?? null),
        };
        if (r !== box.top || c !== box.left) row.cells[c - 1].kind = 'merged';
      }
  }
  return boxes;
}

/** The format and font a cell made by a merge takes: its row's, else its column's. */
function inheritedStyle(row: CellStyle | null, column: CellStyle | null): CellStyle {
  const style: CellStyle = {};
  const numFmt = row?.numFmt || column?.numFmt;
  if (numFmt) style.numFmt = numFmt;
  const font = row?.font ?? column?.font;
  if (font) style.font = font;
  return style;
}

function densify<T>(sparse: T[], blank: T): T[] {
  return Array.from({ length: sparse.length }, (_, i) => sparse[i] ?? blank);
}

/** Reads a worksheet's XML as the table the core reads. */
export function readSheetTable(
  name: string,
  xml: string,
  styles: StyleLookup,
  reading: Omit<CellReading, 'hyperlinks' | 'sharedFormulas'>,
): SheetTable {
  const columns = columnLooks(/<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? '', styles);
  const cellReading = {
    ...reading,
    hyperlinks: linkedCells(xml),
    sharedFormulas: new Map<string, boolean>(),
  };
  const rows = readRows(xml, styles, cellReading);
  const merges = applyMerges(xml, rows, columns).map(toMerge);
  const grid = tableGrid(rows);
  const hiddenColumns = columns
    .slice(0, grid.width)
    .flatMap((look, col) => (look?.hidden ? [col] : []));
  const bold = boldGrid(grid.bold, grid.values.length);
  return {
    name,
    values: densify(grid.values, []),
    formats: densify(grid.formats, []),
    merges,
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(bold ? { bold } : {}),
  };
}

/**
 * The rows that hold a cell (a blank cell with a style is none), as values, formats and bold
 * marks, with the width of the widest (counting its blank styled cells, as exceljs counts them).
 */
function tableGrid(rows: Map<number, SheetRow>) {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  let width = 0;
  for (const number of [...rows.keys()].filter((n) => n >= 1).sort((a, b) => a - b)) {
    const { cells } = rows.get(number) as SheetRow;
    if (!cells.some((cell) => cell && cell.kind !== 'empty')) continue;
    width = Math.max(width, cells.length);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    const rowBold: boolean[] = [];
    cells.forEach((cell, col) => {
      if (cell.kind === 'empty') return;
      if (cell.style?.font?.bold) rowBold[col] = true;
      rowValues[col] = cell.kind === 'merged' ? null : cell.value;
      rowFormats[col] = cell.style?.numFmt ?? '';
    });
    if (rowBold.length > 0) bold[number - 1] = rowBold;
    values[number - 1] = densify(rowValues, null);
    formats[number - 1] = densify(rowFormats, '');
  }
  return { values, formats, bold, width };
}

const toMerge = (box: Box): MergedRange => ({
  row: box.top - 1,
  col: box.left - 1,
  rows: box.bottom - box.top + 1,
  cols: box.right - box.left + 1,
});
