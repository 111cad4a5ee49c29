/**
 * A big XML part read element by element as it is decompressed (rows of a worksheet, strings of the
 * shared-string table), so that no part is ever held whole in memory. Each element comes out as its
 * own string, never a slice of a bigger one (a value kept from it keeps nothing else alive).
 */

/** The parts of a worksheet around its rows: `head` ends with <sheetData>, `tail` starts with </sheetData>. */
export interface SheetFrame {
  head: string;
  tail: string;
}

/** What surrounds the elements of a stream, known once it is read to the end. */
export interface Surroundings {
  before: string;
  after: string;
  found: boolean;
}

/**
 * Yields each <name …>…</name> (or <name …/>) element of the stream, in order; once the stream is
 * read, `around` holds the text before the first one and after the last one.
 */
export async function* elements(
  chunks: AsyncIterable<Buffer>,
  name: string,
  around: Surroundings,
): AsyncGenerator<string> {
  const open = Buffer.from(`<${name}`);
  const close = Buffer.from(`</${name}>`);
  const before: Buffer[] = [];
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let at = 0;
    for (;;) {
      const start = findOpen(pending, open, at);
      const end = start < 0 ? -1 : elementEnd(pending, start, close);
      if (end < 0) break;
      if (!around.found) before.push(Buffer.from(pending.subarray(at, start)));
      around.found = true;
      yield pending.toString('utf8', start, end);
      at = end;
    }
    if (!around.found) {
      // Keep the last few bytes: an opening tag may straddle chunks.
      const keep = Math.max(at, pending.length - open.length - 1);
      before.push(Buffer.from(pending.subarray(at, keep)));
      at = keep;
    }
    pending = Buffer.from(pending.subarray(at));
  }
  around.before = Buffer.concat(around.found ? before : [...before, pending]).toString('utf8');
  around.after = around.found ? pending.toString('utf8') : '';
}

/** Where `<name` starts as a tag of its own (not `<names…`), from `from`; -1 when not in the buffer. */
function findOpen(buffer: Buffer, open: Buffer, from: number): number {
  for (let at = buffer.indexOf(open, from); at >= 0; at = buffer.indexOf(open, at + 1)) {
    const next = buffer[at + open.length];
    if (next === undefined) return -1;
    if (
      next === 0x20 ||
      next === 0x3e ||
      next === 0x2f ||
      next === 0x0a ||
      next === 0x0d ||
      next === 0x09
    )
      return at;
  }
  return -1;
}

/** The end of the element starting at `start`, or -1 when it is not complete in the buffer. */
function elementEnd(buffer: Buffer, start: number, close: Buffer): number {
  const tagEnd = buffer.indexOf(0x3e, start);
  if (tagEnd < 0) return -1;
  if (buffer[tagEnd - 1] === 0x2f) return tagEnd + 1;
  const closing = buffer.indexOf(close, tagEnd);
  return closing < 0 ? -1 : closing + close.length;
}

/** A fresh record of what surrounds a stream's elements (filled in by `elements`). */
export const surroundings = (): Surroundings => ({ before: '', after: '', found: false });

/**
 * A worksheet's frame from what surrounds its rows, or null when the XML is not laid out as expected
 * (prefixed names, no sheetData) and the sheet must be read another way.
 */
export function sheetFrame(around: Surroundings): SheetFrame | null {
  const { before, after, found } = around;
  if (found) return /<sheetData>\s*$/.test(before) ? { head: before, tail: after } : null;
  const empty = /<sheetData\s*\/>|<sheetData>\s*<\/sheetData>/.exec(before);
  if (!empty) return null;
  return {
    head: `${before.slice(0, empty.index)}<sheetData>`,
    tail: `</sheetData>${before.slice(empty.index + empty[0].length)}`,
  };
}

/** The bodies of a shared-string table's <si> elements (rich text kept as written), in order. */
export async function sharedStrings(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const strings: string[] = [];
  for await (const xml of elements(chunks, 'si', surroundings()))
    strings.push(xml.endsWith('/>') ? '' : xml.slice(xml.indexOf('>') + 1, -'</si>'.length));
  return strings;
}
