/**
 * .xlsx packages written from raw SpreadsheetML, the way Excel and LibreOffice write them (shared
 * strings with rich text and phonetic runs, inline strings, cached formula results, styles with
 * built-in and custom number formats, row and column styles, merges, hyperlinks, the 1904 date
 * system), for trying the workbook reader on what exceljs never writes. Also a generator of random
 * ones, and exceljs's own reading of a file (the reader local mode used before) to compare with.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { SheetTable } from '../../shared/cells';
import { isCoordinatorTab } from '../../local/xlsx/read-workbook-file';
import { sheetTable } from '../../local/xlsx/xlsx-cells';
import { memorySink, ZipWriter } from '../../local/xlsx/zip-archive';
import { Rng } from '../plan-generator/prng';
import { installFormulaResultFix } from '../../local/xlsx/formula-result-fix';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HYPERLINK_REL = `${REL}/hyperlink`;

/** One worksheet: its <sheetData> rows, and what may surround them. */
export interface RawSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  rows: string;
  cols?: string;
  merges?: string[];
  /** Cell references linked to a web page. */
  links?: string[];
}

/** A workbook as raw parts: sheets, shared-string items (<si> bodies), styles.xml pieces. */
export interface RawWorkbook {
  sheets: RawSheet[];
  shared?: string[];
  numFmts?: Record<number, string>;
  fonts?: string[];
  /** cellXfs entries' attributes, e.g. 'numFmtId="14" fontId="1"'. */
  xfs?: string[];
  date1904?: boolean;
}

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function stylesXml(book: RawWorkbook): string {
  const fmts = Object.entries(book.numFmts ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${attr(code)}"/>`)
    .join('');
  const fonts = ['<font><sz val="11"/><name val="Calibri"/></font>', ...(book.fonts ?? [])];
  const xfs = ['numFmtId="0" fontId="0"', ...(book.xfs ?? [])];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">${fmts ? `<numFmts count="1">${fmts}</numFmts>` : ''}<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.map((x) => `<xf ${x} fillId="0" borderId="0" xfId="0"/>`).join('')}</cellXfs></styleSheet>`;
}

function sheetXml(sheet: RawSheet): string {
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const links = sheet.links?.length
    ? `<hyperlinks>${sheet.links.map((ref, i) => `<hyperlink ref="${ref}" r:id="rIdL${i}"/>`).join('')}</hyperlinks>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.cols ? `<cols>${sheet.cols}</cols>` : ''}<sheetData>${sheet.rows}</sheetData>${merges}${links}</worksheet>`;
}

function sheetRels(sheet: RawSheet): string {
  const rels = (sheet.links ?? [])
    .map(
      (_, i) =>
        `<Relationship Id="rIdL${i}" Type="${HYPERLINK_REL}" Target="https://example.org/${i}" TargetMode="External"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** The package's parts by name. */
function rawParts(book: RawWorkbook): Record<string, string> {
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${attr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const rels = book.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>${book.shared ? `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    'xl/styles.xml': stylesXml(book),
  };
  if (book.shared)
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${book.shared.length}" uniqueCount="${book.shared.length}">${book.shared.map((si) => `<si>${si}</si>`).join('')}</sst>`;
  book.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet);
    if (sheet.links?.length) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = sheetRels(sheet);
  });
  return parts;
}

/** The .xlsx bytes of a raw workbook. */
export async function rawXlsx(book: RawWorkbook): Promise<Buffer> {
  const sink = memorySink();
  const writer = new ZipWriter(sink);
  for (const [name, xml] of Object.entries(rawParts(book))) await writer.add(name, [xml]);
  await writer.close();
  return sink.buffer();
}

/** The tables exceljs's reading gives for a file (the reader the CLI used before), or its error. */
export async function exceljsTables(path: string): Promise<SheetTable[] | 'unreadable'> {
  installFormulaResultFix(); // as local mode's server loads workbooks
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  } catch {
    return 'unreadable';
  }
  if (book.worksheets.length === 0) return 'unreadable';
  return book.worksheets.filter((w) => isCoordinatorTab(w.name, w.state)).map(sheetTable);
}

/** What a random cell may hold: [type attribute, body] from the raw value pools. */
function randomCell(rng: Rng, sharedCount: number): { t?: string; body: string } | null {
  const number = () =>
    rng.pick(['0', '1', '42', '0.5', '-3.25', '45292', '45292.75', '1E3', '0.0001', '']);
  switch (rng.int(0, 11)) {
    case 0:
      return null;
    case 1:
      return { body: `<v>${number()}</v>` };
    case 2:
      return { t: 's', body: `<v>${rng.int(0, sharedCount - 1)}</v>` };
    case 3:
      return { t: 'inlineStr', body: rng.pick(INLINE_BODIES) };
    case 4:
      return { t: 'b', body: `<v>${rng.pick(['0', '1'])}</v>` };
    case 5:
      return { t: 'e', body: `<v>${rng.pick(['#N/A', '#DIV/0!', '#REF!'])}</v>` };
    case 6:
      return {
        t: 'str',
        body: `<f>A1&amp;"x"</f><v>${rng.pick(['a &amp;amp; b', 'Done', '', '0'])}</v>`,
      };
    case 7:
      return { body: `<f>SUM(A1:A3)</f>${rng.chance(0.8) ? `<v>${number()}</v>` : ''}` };
    case 8:
      return { t: rng.pick(['b', 'e']), body: `<f>B2</f><v>${rng.pick(['1', '0', '#N/A'])}</v>` };
    case 9:
      return {
        body: rng.pick([
          `<f t="shared" ref="A1:A9" si="0">C1*2</f><v>${number()}</v>`,
          `<f t="shared" si="${rng.int(0, 1)}"/><v>${number()}</v>`,
        ]),
      };
    case 10:
      return rng.chance(0.5)
        ? { body: '' }
        : { t: rng.pick(['d', 'n']), body: `<v>${rng.pick(['2024-01-15T00:00:00Z', '12.5'])}</v>` };
    default:
      return {
        t: 'str',
        body: `<v>${rng.pick(['plain', '  spaced  ', 'x_x0041_y', 'line&#10;two'])}</v>`,
      };
  }
}

const INLINE_BODIES = [
  '<is><t>Inline text</t></is>',
  '<is><t xml:space="preserve"> padded </t></is>',
  '<is><r><t>Rich </t></r><r><rPr><b/></rPr><t>run_x0041_</t></r></is>',
  '<is><t></t></is>',
  '<is><t>a &amp; b &lt;c&gt; &#233;t&#xE9;</t></is>',
];

const SHARED_BODIES = [
  '<t>Objective 1</t>',
  '<t xml:space="preserve">  Key result  </t>',
  '<r><t>Rich </t></r><r><rPr><b/><sz val="11"/></rPr><t>text</t></r>',
  '<t>Esc_x0041__x000D_aped</t>',
  '<t>lower_x00e9_case</t>',
  '<t/>',
  '',
  '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
  '<t>Line&#10;break</t>',
  '<t>Taux d’atteinte : 80 %</t>',
];

const NUM_FMTS: Record<number, string> = {
  164: 'yyyy-mm-dd',
  165: '0.0%',
  166: '[$-409]mmmm d, yyyy;@',
  167: '"Due "dd/mm',
  168: '[h]:mm',
  169: '#,##0 "pts"',
  170: '"day"0',
  171: 'dd"/"mm"/"yyyy',
};

/** A random raw workbook: every kind of cell, style, merge and link the reader meets, mixed. */
export function randomRawWorkbook(seed: number): RawWorkbook {
  const rng = new Rng(seed);
  const formats = [0, 1, 9, 10, 14, 15, 20, 22, 49, ...Object.keys(NUM_FMTS).map(Number)];
  const xfs = Array.from(
    { length: 12 },
    () => `numFmtId="${rng.pick(formats)}" fontId="${rng.int(0, 2)}"`,
  );
  const sheets = Array.from({ length: rng.int(1, 3) }, (_, i) =>
    randomSheet(rng, i, xfs.length + 1),
  );
  return {
    sheets,
    shared: SHARED_BODIES,
    numFmts: NUM_FMTS,
    fonts: ['<font><b/><sz val="11"/></font>'],
    xfs,
    date1904: rng.chance(0.3),
  };
}

function randomSheet(rng: Rng, index: number, styles: number): RawSheet {
  const height = rng.int(1, 14);
  const width = rng.int(1, 8);
  let rows = '';
  for (let r = 1; r <= height; r++) {
    if (rng.chance(0.15)) continue;
    let cells = '';
    let anchored = false;
    for (let c = 0; c < width; c++) {
      const cell = randomCell(rng, SHARED_BODIES.length);
      if (!cell) continue;
      const style = rng.chance(0.5) ? rng.int(0, styles) : 0;
      const s = style ? ` s="${style}"` : '';
      // Some programs leave out a cell's reference: it follows the last cell read (a styled one here).
      const ref = anchored && rng.chance(0.15) ? '' : ` r="${String.fromCharCode(65 + c)}${r}"`;
      anchored ||= style > 0;
      cells += `<c${ref}${s}${cell.t ? ` t="${cell.t}"` : ''}${cell.body ? `>${cell.body}</c>` : '/>'}`;
    }
    const rowStyle = rng.chance(0.2) ? ` s="${rng.int(1, styles - 1)}" customFormat="1"` : '';
    rows += `<row r="${r}"${rowStyle}>${cells}</row>`;
  }
  const merges = randomMerges(rng, height, width);
  const cols = rng.chance(0.5)
    ? `<col min="${rng.int(1, 3)}" max="${rng.int(3, 9)}" width="12"${rng.chance(0.6) ? ' hidden="1"' : ''}${rng.chance(0.4) ? ` style="${rng.int(1, styles - 1)}"` : ''}/>`
    : undefined;
  const links = rng.chance(0.3)
    ? [`A${rng.int(1, height)}`, `B${rng.int(1, height + 2)}`]
    : undefined;
  const state =
    index > 0 && rng.chance(0.3) ? rng.pick(['hidden', 'veryHidden'] as const) : undefined;
  return {
    name: index === 0 ? 'Plan & Goals' : `Tab ${index + 1}`,
    state,
    rows,
    cols,
    merges,
    links,
  };
}

/** Non-overlapping merges, some reaching past the written rows and columns. */
function randomMerges(rng: Rng, height: number, width: number): string[] {
  const merges: string[] = [];
  let row = 1;
  while (rng.chance(0.6) && row <= height + 2) {
    const top = row + rng.int(0, 2);
    const rows = rng.int(1, 3);
    const left = rng.int(0, width);
    const right = left + rng.int(rows === 1 ? 1 : 0, 2);
    merges.push(
      `${String.fromCharCode(65 + left)}${top}:${String.fromCharCode(65 + right)}${top + rows - 1}`,
    );
    row = top + rows;
  }
  return merges;
}
