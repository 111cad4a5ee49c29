/**
 * Opening and saving an .xlsx with one big tab (Evidence) kept out of exceljs, so memory does not grow
 * with the evidence. On opening, that tab's rows are streamed from the file into a DetachedSheet
 * (values only) and exceljs loads the rest: every other tab, styles, settings, and the tab's own
 * header row. On saving, exceljs writes that rest into memory, and the package is put together in a
 * temporary file: its parts copied as they are, the tab's rows streamed from the file on disk (the one
 * last read or written) followed by the rows appended since, and the styles those rows use.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { DetachedSheet, FRAME_ROWS, type WrittenPrefix } from './detached-sheet';
import { elements, sharedStrings, sheetFrame, surroundings } from './sheet-stream';
import {
  attribute,
  inlineSharedStrings,
  remapStyles,
  rowNumberOf,
  rowValues,
  xmlText,
  type CellContext,
} from './sheet-xml';
import { dateStyles, parseStyles, StyleTransplant, type StyleSheet } from './xlsx-style-transplant';
import { installFormulaResultFix } from './formula-result-fix';
import {
  bufferSource,
  entryStream,
  entryText,
  fileSink,
  fileSource,
  memorySink,
  ZipWriter,
  zipEntries,
  type EntryPiece,
  type ZipEntry,
  type ZipSource,
} from './zip-archive';

const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** The workbook exceljs holds, and the rows of the tab kept outside it (null when there is none). */
export interface OpenedPackage {
  book: ExcelJS.Workbook;
  detached: DetachedSheet | null;
}

/** Each tab's name and the package part holding its sheet. */
async function sheetParts(source: ZipSource, entries: ZipEntry[]): Promise<Map<string, string>> {
  const find = (name: string) => entries.find((entry) => entry.name === name);
  const workbook = find(WORKBOOK);
  const rels = find('xl/_rels/workbook.xml.rels');
  const parts = new Map<string, string>();
  if (!workbook || !rels) return parts;
  const targets = new Map<string, string>();
  for (const [tag] of (await entryText(source, rels)).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attribute(tag, 'Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    targets.set(attribute(tag, 'Id') ?? '', path);
  }
  for (const [tag] of (await entryText(source, workbook)).matchAll(/<sheet\b[^>]*>/g)) {
    const id = /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (part) parts.set(xmlText(attribute(tag, 'name') ?? ''), part);
  }
  return parts;
}

/** The tab kept outside exceljs in a package, with what reading its cells needs. */
interface DetachedPart {
  entry: ZipEntry;
  shared: string[];
  styles: StyleSheet;
  context: CellContext;
}

async function detachedPart(
  source: ZipSource,
  entries: ZipEntry[],
  name: string,
  knownStrings?: string[],
): Promise<DetachedPart | null> {
  const partName = (await sheetParts(source, entries)).get(name);
  const entry = entries.find((e) => e.name === partName);
  if (!entry) return null;
  const stylesEntry = entries.find((e) => e.name === STYLES);
  const sharedEntry = entries.find((e) => e.name === SHARED_STRINGS);
  const styles = parseStyles(stylesEntry ? await entryText(source, stylesEntry) : '');
  const shared =
    knownStrings ?? (sharedEntry ? await sharedStrings(entryStream(source, sharedEntry)) : []);
  return { entry, shared, styles, context: { shared, isDateStyle: dateStyles(styles) } };
}

/**
 * Opens the package at `filePath`; the first tab `detachable` accepts has its rows kept outside
 * exceljs. Throws when the file is not an .xlsx.
 */
export async function openPackage(
  filePath: string,
  detachable: (name: string) => boolean,
): Promise<OpenedPackage> {
  const handle = await fs.open(filePath, 'r');
  try {
    const source = await fileSource(handle);
    const entries = await zipEntries(source);
    const parts = await sheetParts(source, entries);
    const name = [...parts.keys()].find(detachable);
    const part = name === undefined ? null : await detachedPart(source, entries, name);
    const split = part && name !== undefined ? await splitSheet(source, part, name) : null;
    installFormulaResultFix();
    const book = new ExcelJS.Workbook();
    if (!part || !split) {
      await book.xlsx.readFile(filePath);
      return { book, detached: null };
    }
    const others = entries.filter((e) => e !== part.entry && [...parts.values()].includes(e.name));
    const used = await sharedStringsUsed(source, others);
    for (const match of split.frameXml.matchAll(SHARED_CELL)) used.add(Number(match[1]));
    const shell = memorySink();
    const writer = new ZipWriter(shell);
    for (const entry of entries)
      if (entry === part.entry) await writer.add(entry.name, [split.frameXml]);
      else if (entry.name === SHARED_STRINGS)
        await writer.add(entry.name, prunedStrings(part.shared, used));
      else await writer.copy(source, entry);
    await writer.close();
    await book.xlsx.load(shell.buffer() as unknown as ArrayBuffer);
    return { book, detached: split.detached };
  } finally {
    await handle.close();
  }
}

/** The shared strings the other tabs use (the rest are the detached tab's, which exceljs never sees). */
async function sharedStringsUsed(source: ZipSource, sheets: ZipEntry[]): Promise<Set<number>> {
  const used = new Set<number>();
  for (const sheet of sheets)
    for (const match of (await entryText(source, sheet)).matchAll(SHARED_CELL))
      used.add(Number(match[1]));
  return used;
}

const SHARED_CELL = /<c\b[^>]*?\st="s"[^>]*>\s*(?:<f\b[^>]*(?:\/>|>[^<]*<\/f>)\s*)?<v>(\d+)<\/v>/g;

/** The shared-string table for exceljs: the strings `used` as they are, the others empty (same numbers). */
function* prunedStrings(shared: string[], used: Set<number>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">`;
  for (let i = 0; i < shared.length; i += 1000) {
    let piece = '';
    for (let j = i; j < Math.min(shared.length, i + 1000); j++)
      piece += used.has(j) ? `<si>${shared[j]}</si>` : '<si/>';
    yield piece;
  }
  yield '</sst>';
}

/** The tab's rows read into a DetachedSheet, and its XML without them (the header row kept). */
async function splitSheet(
  source: ZipSource,
  part: DetachedPart,
  name: string,
): Promise<{ detached: DetachedSheet; frameXml: string } | null> {
  const detached = new DetachedSheet(name);
  const around = surroundings();
  const frameRows: string[] = [];
  let next = 1;
  for await (const xml of elements(entryStream(source, part.entry), 'row', around)) {
    const number = rowNumberOf(xml) ?? next;
    next = number + 1;
    if (number <= FRAME_ROWS) frameRows.push(xml);
    else detached.readRow(number, rowValues(xml, part.context));
  }
  // Kept for the next save, which reads these rows again: the values hold most of these strings anyway.
  detached.fileStrings = part.shared;
  const frame = sheetFrame(around);
  return frame ? { detached, frameXml: frame.head + frameRows.join('') + frame.tail } : null;
}

/**
 * Writes the workbook to `target`: exceljs's parts, with the detached tab's rows streamed from
 * `current` (the file last read or written, if any) and then the rows appended since. Returns what
 * the next save may copy from `target` as it is (see WrittenPrefix).
 */
export async function writePackage(
  book: ExcelJS.Workbook,
  detached: DetachedSheet | null,
  current: string,
  target: string,
): Promise<WrittenPrefix | null> {
  const shellBuffer = Buffer.from(await book.xlsx.writeBuffer());
  const handle = await fs.open(target, 'w');
  try {
    const prefix = detached
      ? await assemble(bufferSource(shellBuffer), detached, current, fileSink(handle))
      : null;
    if (!detached) await handle.write(shellBuffer);
    await handle.sync();
    return prefix;
  } finally {
    await handle.close();
  }
}

async function assemble(
  shell: ZipSource,
  detached: DetachedSheet,
  current: string,
  sink: ReturnType<typeof fileSink>,
): Promise<WrittenPrefix | null> {
  const entries = await zipEntries(shell);
  const sheetPart = (await sheetParts(shell, entries)).get(detached.name);
  const stylesEntry = entries.find((e) => e.name === STYLES);
  const sheetEntry = entries.find((e) => e.name === sheetPart);
  if (!sheetEntry || !stylesEntry) throw new Error(`exceljs wrote no sheet for ${detached.name}`);
  const handle = await fs.open(current, 'r').catch(() => null);
  try {
    const source = handle ? await fileSource(handle) : null;
    const part = source
      ? await detachedPart(source, await zipEntries(source), detached.name, detached.fileStrings)
      : null;
    const transplant = new StyleTransplant(
      await entryText(shell, stylesEntry),
      part?.styles ?? parseStyles(''),
    );
    const writer = new ZipWriter(sink);
    for (const entry of entries)
      if (entry !== sheetEntry && entry !== stylesEntry) await writer.copy(shell, entry);
    const frame = shellFrame(
      await entryText(shell, sheetEntry),
      await shellStrings(shell, entries),
    );
    const from = source && part ? { source, part } : null;
    const prefix = await writeSheet(writer, sheetEntry.name, frame, detached, from, transplant);
    await writer.add(stylesEntry.name, [transplant.xml()]);
    await writer.close();
    return prefix;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes the tab's part: a copy of what the previous save wrote (when the file is that save's and
 * its head has not changed) followed by the rows added since, or every row again.
 */
async function writeSheet(
  writer: ZipWriter,
  name: string,
  frame: { head: string; tail: string },
  detached: DetachedSheet,
  from: { source: ZipSource; part: DetachedPart } | null,
  transplant: StyleTransplant,
): Promise<WrittenPrefix | null> {
  const reuse = from ? detached.reusablePrefix(frame.head) : null;
  const tail = { kind: 'deflate', content: [frame.tail], last: true } as const;
  if (from && reuse && from.part.entry.compressedSize >= reuse.mark.compressed) {
    const pieces: EntryPiece[] = [
      { kind: 'copy', source: from.source, entry: from.part.entry, mark: reuse.mark },
      { kind: 'deflate', content: detached.appendedXml(reuse.rows), last: false },
      tail,
    ];
    const marks = await writer.addPieces(name, pieces, { fast: true });
    return { head: frame.head, rows: detached.values.length, mark: marks[1] };
  }
  const styled = { found: false };
  const rows = from ? fileRows(from.source, from.part, detached, transplant, styled) : emptyRows();
  const marks = await writer.addPieces(
    name,
    [{ kind: 'deflate', content: allRows(frame.head, rows, detached), last: false }, tail],
    { fast: true },
  );
  // Rows with styles are numbered for this styles.xml: the next save renumbers them, never copies them.
  return styled.found ? null : { head: frame.head, rows: detached.values.length, mark: marks[0] };
}

async function* emptyRows(): AsyncGenerator<string> {}

/** The shared strings exceljs wrote (those of the other tabs and of the header row). */
async function shellStrings(shell: ZipSource, entries: ZipEntry[]): Promise<string[]> {
  const entry = entries.find((e) => e.name === SHARED_STRINGS);
  return entry ? sharedStrings(entryStream(shell, entry)) : [];
}

/**
 * exceljs's XML of the tab around its rows. `head` runs to the end of the header row, written with
 * its text inline and without the optional <dimension> (so it stays the same from save to save
 * while rows are added, and a save can copy what follows it).
 */
function shellFrame(xml: string, strings: string[]): { head: string; tail: string } {
  const start = xml.indexOf('<sheetData');
  const end = xml.indexOf('</sheetData>');
  const open = xml.indexOf('>', start) + 1;
  const selfClosing = end < 0;
  const before = `${xml.slice(0, selfClosing ? start : open)}${selfClosing ? '<sheetData>' : ''}`;
  const body = selfClosing ? '' : xml.slice(open, end);
  const frameRows = [...body.matchAll(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)]
    .map((m) => m[0])
    .filter((row) => (rowNumberOf(row) ?? 1) <= FRAME_ROWS)
    .map((row) => inlineSharedStrings(row, strings))
    .join('');
  return {
    head: before.replace(/<dimension\b[^>]*\/>/, '') + frameRows,
    tail: selfClosing ? `</sheetData>${xml.slice(open)}` : xml.slice(end),
  };
}

/** The sheet XML up to the end of its rows: head and header, the file's rows, the rows appended since. */
async function* allRows(
  head: string,
  rows: AsyncGenerator<string>,
  detached: DetachedSheet,
): AsyncGenerator<string> {
  yield head;
  yield* rows;
  yield* detached.appendedXml();
}

/** The rows of the file's tab below the frame, as the new package holds them, in pieces of ~256 KB. */
async function* fileRows(
  source: ZipSource,
  part: DetachedPart,
  detached: DetachedSheet,
  transplant: StyleTransplant,
  styled: { found: boolean },
): AsyncGenerator<string> {
  const place = detached.placeOfFileRow();
  const map = (style: number) => transplant.map(style);
  let piece = '';
  let next = 1;
  for await (const xml of elements(entryStream(source, part.entry), 'row', surroundings())) {
    const number = rowNumberOf(xml) ?? next;
    next = number + 1;
    if (number <= FRAME_ROWS) continue;
    const to = place(number);
    if (to === null) continue;
    let row = xml.includes('t="s"') ? inlineSharedStrings(xml, part.shared) : xml;
    if (row.includes(' s="')) {
      row = remapStyles(row, map);
      styled.found = true;
    }
    if (to !== number) row = renumber(row, to);
    piece += row;
    if (piece.length > 262_144) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}

/** A row moved to number `to`: its r attribute and its cells' references. */
function renumber(rowXml: string, to: number): string {
  return rowXml
    .replace(/^(<row\b[^>]*?\sr=")\d+"/, `$1${to}"`)
    .replace(/(<c\b[^>]*?\sr="[A-Z]+)\d+"/g, `$1${to}"`);
}
