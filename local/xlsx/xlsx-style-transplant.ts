/**
 * Cell styles of a tab kept outside exceljs. Its rows keep the style numbers of the file they were
 * read from, while exceljs numbers the styles of everything else afresh on each save; so before the
 * rows are written back, each style they use is copied (with its font, fill, border and number
 * format) from the file's styles.xml into the one exceljs wrote, and the rows are renumbered.
 */
import { attribute, isDateFormat } from './sheet-xml';

/** The parts of a styles.xml a cell style is made of, as raw XML elements. */
export interface StyleSheet {
  numFmts: Map<number, string>;
  fonts: string[];
  fills: string[];
  borders: string[];
  cellXfs: string[];
}

function section(xml: string, name: string): { start: number; end: number; body: string } | null {
  const match = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  return match
    ? { start: match.index, end: match.index + match[0].length, body: match[1] ?? '' }
    : null;
}

function items(body: string, name: string): string[] {
  return [...body.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'))].map(
    (m) => m[0],
  );
}

/** The style sheet of a styles.xml (empty lists when there is none). */
export function parseStyles(xml: string): StyleSheet {
  const numFmts = new Map<number, string>();
  for (const fmt of items(section(xml, 'numFmts')?.body ?? '', 'numFmt')) {
    const id = attribute(fmt, 'numFmtId');
    if (id !== null) numFmts.set(Number(id), attribute(fmt, 'formatCode') ?? '');
  }
  const list = (outer: string, inner: string) => items(section(xml, outer)?.body ?? '', inner);
  return {
    numFmts,
    fonts: list('fonts', 'font'),
    fills: list('fills', 'fill'),
    borders: list('borders', 'border'),
    cellXfs: list('cellXfs', 'xf'),
  };
}

/** Whether cells of this style show a date (their numbers are read as Dates). */
export function dateStyles(sheet: StyleSheet): (style: number) => boolean {
  const memo = new Map<number, boolean>();
  return (style) => {
    let known = memo.get(style);
    if (known === undefined) {
      const xf = sheet.cellXfs[style];
      const id = Number((xf && attribute(xf, 'numFmtId')) ?? 0);
      known = id !== 0 && isDateFormat(id, sheet.numFmts.get(id));
      memo.set(style, known);
    }
    return known;
  };
}

/** Appends items to a section of `xml` (creating it before `before` when missing), fixing its count. */
function appendTo(xml: string, outer: string, added: string[], before: string): string {
  if (added.length === 0) return xml;
  const found = section(xml, outer);
  if (!found) {
    const at = xml.search(new RegExp(`<${before}\\b`));
    const block = `<${outer} count="${added.length}">${added.join('')}</${outer}>`;
    return at < 0 ? xml : xml.slice(0, at) + block + xml.slice(at);
  }
  const inner = found.body + added.join('');
  const count = items(inner, outer === 'cellXfs' ? 'xf' : outer.replace(/s$/, '')).length;
  return `${xml.slice(0, found.start)}<${outer} count="${count}">${inner}</${outer}>${xml.slice(found.end)}`;
}

/**
 * Copies styles of `source` into the styles.xml `target` as rows ask for them (`map`), then gives the
 * new styles.xml (`xml`). Style 0, the default, stays 0.
 */
export class StyleTransplant {
  private readonly into: StyleSheet;
  private readonly numbers = new Map<number, number>([[0, 0]]);
  private readonly added = {
    numFmts: [] as string[],
    fonts: [] as string[],
    fills: [] as string[],
    borders: [] as string[],
    xfs: [] as string[],
  };
  private nextFmt: number;

  constructor(
    private readonly target: string,
    private readonly source: StyleSheet,
  ) {
    this.into = parseStyles(target);
    this.nextFmt = Math.max(163, ...this.into.numFmts.keys()) + 1;
  }

  /** The number in the new styles.xml of the source's style `style`. */
  map(style: number): number {
    let number = this.numbers.get(style);
    if (number === undefined) {
      const xf = this.source.cellXfs[style];
      number = xf === undefined ? 0 : this.copy(xf);
      this.numbers.set(style, number);
    }
    return number;
  }

  /** The target styles.xml with every style mapped so far. */
  xml(): string {
    const { numFmts, fonts, fills, borders, xfs } = this.added;
    let xml = appendTo(this.target, 'numFmts', numFmts, 'fonts');
    xml = appendTo(xml, 'fonts', fonts, 'fills');
    xml = appendTo(xml, 'fills', fills, 'borders');
    xml = appendTo(xml, 'borders', borders, 'cellStyleXfs');
    return appendTo(xml, 'cellXfs', xfs, 'cellStyles');
  }

  private copy(xf: string): number {
    let fmt = Number(attribute(xf, 'numFmtId') ?? 0);
    const code = this.source.numFmts.get(fmt);
    if (fmt >= 164 && code !== undefined) {
      fmt = this.nextFmt++;
      this.added.numFmts.push(`<numFmt numFmtId="${fmt}" formatCode="${code}"/>`);
    }
    const take = (list: string[], from: string[], base: number, id: string | null) => {
      const element = from[Number(id ?? 0)];
      if (element === undefined) return 0;
      list.push(element);
      return base + list.length - 1;
    };
    const { into, source, added } = this;
    const ids: Record<string, number> = {
      numFmtId: fmt,
      fontId: take(added.fonts, source.fonts, into.fonts.length, attribute(xf, 'fontId')),
      fillId: take(added.fills, source.fills, into.fills.length, attribute(xf, 'fillId')),
      borderId: take(added.borders, source.borders, into.borders.length, attribute(xf, 'borderId')),
      xfId: 0,
    };
    let copy = xf;
    for (const [name, value] of Object.entries(ids))
      copy =
        attribute(copy, name) === null
          ? copy.replace(/^<xf\b/, `<xf ${name}="${value}"`)
          : copy.replace(new RegExp(`(\\s)${name}="[^"]*"`), `$1${name}="${value}"`);
    added.xfs.push(copy);
    return into.cellXfs.length + added.xfs.length - 1;
  }
}
