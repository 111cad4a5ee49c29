/**
 * The text of a PDF, page by page, so a copied passage can be placed on its page (a `#page=N`
 * link) and "find a passage" can search a PDF. The browsers' PDF viewers do not let an extension
 * read their selection, so the clipper reads the file itself. Deliberately small: the page tree,
 * content streams (plain or FlateDecode, also inside object streams), text operators (Tj, TJ, ', "),
 * and fonts' ToUnicode maps; a font without one is read as Latin-1. Pure: decompression is passed in.
 */

/** Inflates a FlateDecode stream (the browser's DecompressionStream in the extension, zlib in tests). */
export type Inflate = (bytes: Uint8Array) => Promise<Uint8Array>;

interface PdfObject {
  dict: string;
  stream: Uint8Array | null;
}

const latin1 = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
};
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** Every `n 0 obj … endobj` in the file (the last one of a number wins: incremental saves). */
function rawObjects(raw: string): Map<number, string> {
  const objects = new Map<number, string>();
  const head = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = head.exec(raw); m; m = head.exec(raw)) {
    const end = raw.indexOf('endobj', head.lastIndex);
    if (end < 0) break;
    objects.set(Number(m[1]), raw.slice(head.lastIndex, end));
  }
  return objects;
}

/** The object a `n 0 R` reference in `text` names, or the text itself when it is not a reference. */
const refTo = (text: string) => /^\s*(\d+)\s+\d+\s+R/.exec(text)?.[1];

class PdfFile {
  objects = new Map<number, PdfObject>();
  constructor(
    private raw: Map<number, string>,
    private inflate: Inflate,
  ) {}

  /** Splits an object's body into its dictionary and its (decoded) stream. */
  async load(n: number): Promise<PdfObject | null> {
    const known = this.objects.get(n);
    if (known) return known;
    const body = this.raw.get(n);
    if (body === undefined) return null;
    const at = body.search(/\bstream\r?\n/);
    const dict = at < 0 ? body : body.slice(0, at);
    let stream: Uint8Array | null = null;
    if (at >= 0) {
      const start = body.indexOf('\n', at) + 1;
      const length = await this.lengthOf(dict);
      const end = length ?? body.lastIndexOf('endstream') - start;
      stream = bytesOf(body.slice(start, start + Math.max(0, end)));
      if (/\/FlateDecode/.test(dict))
        stream = await this.inflate(stream).catch(() => new Uint8Array());
    }
    const object = { dict, stream };
    this.objects.set(n, object);
    return object;
  }

  private async lengthOf(dict: string): Promise<number | null> {
    const value = /\/Length\s+(\d+(?:\s+\d+\s+R)?)/.exec(dict)?.[1] ?? '';
    const ref = refTo(value);
    const text = ref ? (this.raw.get(Number(ref)) ?? '') : value;
    const n = Number.parseInt(text.trim(), 10);
    return Number.isFinite(n) ? n : null;
  }

  /** Adds the objects stored inside object streams (PDF 1.5) to the raw objects. */
  async openObjectStreams(): Promise<void> {
    for (const [n, body] of [...this.raw]) {
      if (!/\/Type\s*\/ObjStm/.test(body)) continue;
      const object = await this.load(n);
      const first = Number(/\/First\s+(\d+)/.exec(object?.dict ?? '')?.[1] ?? -1);
      if (!object?.stream || first < 0) continue;
      const text = latin1(object.stream);
      const pairs = text.slice(0, first).trim().split(/\s+/).map(Number);
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const end = i + 3 < pairs.length ? pairs[i + 3] : text.length - first;
        if (!this.raw.has(pairs[i]))
          this.raw.set(pairs[i], text.slice(first + pairs[i + 1], first + end));
      }
    }
  }

  /** A dictionary entry's value: an inline `<<…>>`/`[…]`, or the object it refers to. */
  async entry(dict: string, key: string): Promise<string> {
    const at = dict.search(new RegExp(`/${key}(?![A-Za-z])`));
    if (at < 0) return '';
    const rest = dict.slice(at + key.length + 1).trimStart();
    const ref = refTo(rest);
    if (ref) return (await this.load(Number(ref)))?.dict ?? '';
    return balanced(rest);
  }

  raws() {
    return this.raw;
  }
}

/** The leading `<<…>>` or `[…]` of `text` (nesting kept), or its first token. */
function balanced(text: string): string {
  const open = text.startsWith('<<') ? '<<' : text.startsWith('[') ? '[' : '';
  if (!open) return /^\S+/.exec(text)?.[0] ?? '';
  const close = open === '<<' ? '>>' : ']';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(open, i)) depth++;
    else if (text.startsWith(close, i) && --depth === 0) return text.slice(0, i + close.length);
  }
  return text;
}

const refsIn = (text: string) => [...text.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1]));

/** The page objects in reading order (the page tree walked from the catalog). */
async function pageObjects(file: PdfFile): Promise<number[]> {
  const catalog = [...file.raws()].find(([, body]) => /\/Type\s*\/Catalog/.test(body));
  if (!catalog) return [];
  const root = refTo(/\/Pages\s+(\d+\s+\d+\s+R)/.exec(catalog[1])?.[1] ?? '');
  const pages: number[] = [];
  const walk = async (n: number, depth: number) => {
    const node = await file.load(n);
    if (!node || depth > 50) return;
    if (/\/Type\s*\/Page(?![s\w])/.test(node.dict)) pages.push(n);
    else for (const kid of refsIn(await file.entry(node.dict, 'Kids'))) await walk(kid, depth + 1);
  };
  if (root) await walk(Number(root), 0);
  return pages;
}

/** A font's ToUnicode map: code → text, and how many bytes a code takes. */
interface CharMap {
  width: 1 | 2;
  map: Map<number, string>;
}

const hexText = (hex: string) => {
  let out = '';
  for (let i = 0; i < hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4).padEnd(4, '0'), 16));
  return out;
};

/** Reads a ToUnicode CMap's bfchar and bfrange entries. */
export function parseToUnicode(cmap: string): CharMap {
  const map = new Map<number, string>();
  let width: 1 | 2 = 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      width = m[1].length <= 2 ? 1 : 2;
      map.set(Number.parseInt(m[1], 16), hexText(m[2]));
    }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g,
    )) {
      width = m[1].length <= 2 ? 1 : 2;
      const [low, high] = [Number.parseInt(m[1], 16), Number.parseInt(m[2], 16)];
      const list = [...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]);
      for (let code = low; code <= high && code - low < 65536; code++) {
        if (m[3].startsWith('[')) map.set(code, hexText(list[code - low] ?? ''));
        else {
          const base = hexText(list[0]);
          const last = base.charCodeAt(base.length - 1) + (code - low);
          map.set(code, base.slice(0, -1) + String.fromCharCode(last));
        }
      }
    }
  return { width, map };
}

/** The text of a string operand's bytes in a font. */
function decode(bytes: number[], cmap: CharMap | undefined): string {
  if (!cmap) return String.fromCharCode(...bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += cmap.width) {
    const code = cmap.width === 2 ? (bytes[i] << 8) | (bytes[i + 1] ?? 0) : bytes[i];
    out += cmap.map.get(code) ?? '';
  }
  return out;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

/** A literal string `( … )` from `at` (just after its parenthesis): its bytes and where it ends. */
function literal(text: string, at: number): { bytes: number[]; end: number } {
  const bytes: number[] = [];
  let depth = 1;
  let i = at;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[++i];
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))?.[0];
      if (octal) {
        bytes.push(Number.parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && text[i + 1] === '\n') i++;
      } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) break;
    bytes.push(c.charCodeAt(0));
  }
  return { bytes, end: i + 1 };
}

type Token = { kind: 'string'; bytes: number[] } | { kind: 'op' | 'name' | 'num'; text: string };

/** The tokens of a content stream that text extraction needs (strings, names, numbers, operators). */
function* tokens(text: string): Generator<Token | '[' | ']'> {
  const word = /[^\s()<>[\]{}/%]+/y;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (c === '%') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '(') {
      const { bytes, end } = literal(text, i + 1);
      yield { kind: 'string', bytes };
      i = end;
    } else if (text.startsWith('<<', i) || text.startsWith('>>', i)) i += 2;
    else if (c === '<') {
      const end = text.indexOf('>', i);
      const hex = text.slice(i + 1, end < 0 ? text.length : end).replace(/\s/g, '');
      const bytes = (hex.length % 2 ? `${hex}0` : hex).match(/../g) ?? [];
      yield { kind: 'string', bytes: bytes.map((b) => Number.parseInt(b, 16)) };
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === ']') {
      yield c;
      i++;
    } else {
      const name = c === '/';
      word.lastIndex = name ? i + 1 : i;
      const m = word.exec(text);
      const value = m?.[0] ?? '';
      i = word.lastIndex > i ? word.lastIndex : i + 1;
      if (name) yield { kind: 'name', text: value };
      else if (value) yield { kind: /^[-+.\d]/.test(value) ? 'num' : 'op', text: value };
    }
  }
}

/** The lines of text a page's content stream draws, with its fonts' maps. */
export function contentLines(content: string, fonts: Map<string, CharMap | undefined>): string[] {
  const lines: string[] = [];
  let line = '';
  let font: CharMap | undefined;
  let operands: Token[] = [];
  let array: Token[] | null = null;
  const newLine = () => {
    if (line.trim()) lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  for (const token of tokens(content)) {
    if (token === '[') array = [];
    else if (token === ']') {
      for (const part of array ?? []) {
        if (part.kind === 'string') line += decode(part.bytes, font);
        else if (part.kind === 'num' && Number(part.text) < -180) line += ' ';
      }
      array = null;
    } else if (array) array.push(token);
    else if (token.kind !== 'op') operands.push(token);
    else {
      const op = token.text;
      const last = operands.at(-1);
      const words = operands.map((o) => (o.kind === 'string' ? '' : o.text));
      if (op === 'Tf') font = fonts.get(words.find((_, i) => operands[i].kind === 'name') ?? '');
      if (op === "'" || op === '"' || op === 'T*' || op === 'BT' || op === 'Tm') newLine();
      // A move down (Td/TD with a vertical offset) starts a new line.
      if ((op === 'Td' || op === 'TD') && Number(words[1]) !== 0) newLine();
      if ((op === 'Tj' || op === "'" || op === '"') && last?.kind === 'string')
        line += decode(last.bytes, font);
      operands = [];
    }
  }
  newLine();
  return lines;
}

/** The fonts a page uses (inherited resources looked up through its parents), with their maps. */
async function pageFonts(file: PdfFile, dict: string): Promise<Map<string, CharMap | undefined>> {
  let resources = await file.entry(dict, 'Resources');
  for (let node = dict, depth = 0; !resources && depth < 20; depth++) {
    node = await file.entry(node, 'Parent');
    if (!node) break;
    resources = await file.entry(node, 'Resources');
  }
  const fonts = new Map<string, CharMap | undefined>();
  const fontDict = await file.entry(resources, 'Font');
  for (const m of fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) {
    const font = await file.load(Number(m[2]));
    const ref = refTo(/\/ToUnicode\s+(\d+\s+\d+\s+R)/.exec(font?.dict ?? '')?.[1] ?? '');
    const cmap = ref ? (await file.load(Number(ref)))?.stream : null;
    fonts.set(m[1], cmap ? parseToUnicode(latin1(cmap)) : undefined);
  }
  return fonts;
}

/** The lines of text on each page of a PDF, first page first; empty for a file that is not a PDF. */
export async function pdfPageLines(bytes: Uint8Array, inflate: Inflate): Promise<string[][]> {
  const raw = latin1(bytes);
  if (!raw.startsWith('%PDF-')) return [];
  const file = new PdfFile(rawObjects(raw), inflate);
  await file.openObjectStreams();
  const pages: string[][] = [];
  for (const n of await pageObjects(file)) {
    const page = await file.load(n);
    const dict = page?.dict ?? '';
    const fonts = await pageFonts(file, dict);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict)?.[1] ?? '';
    let content = '';
    for (const ref of refsIn(contents)) {
      const stream = (await file.load(ref))?.stream;
      if (stream) content += `${latin1(stream)}\n`;
    }
    pages.push(contentLines(content, fonts));
  }
  return pages;
}
