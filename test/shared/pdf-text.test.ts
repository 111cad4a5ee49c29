import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentLines, parseToUnicode, pdfPageLines } from '../../shared/pdf-text';
import { pagesPdf } from '../e2e/pdf-fixture';
import { pick, seeded } from './seeded-random';

const inflate = async (bytes: Uint8Array) => new Uint8Array(inflateSync(bytes));
const WORDS = [
  'Students',
  'compare',
  'fractions',
  '(benchmarks)',
  'number',
  'line',
  'exit',
  'a\\b',
];

/**
 * A PDF 1.5 whose catalog, page tree, pages and font sit in one compressed object stream (as many
 * writers save them), the page order differing from the object order, and a ToUnicode font.
 */
function objectStreamPdf(pages: string[]): Uint8Array {
  const hex = (text: string) =>
    [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const cmap =
    'begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap';
  // Objects: 1 catalog, 2 pages, 3.. pages (listed last page first in the file), fonts, contents.
  const n = pages.length;
  const pageIds = pages.map((_, i) => 3 + i);
  const font = 3 + n;
  const toUnicode = font + 1;
  const contentId = (i: number) => toUnicode + 1 + i;
  const inStream: [number, string][] = [
    [1, '<< /Type /Catalog /Pages 2 0 R >>'],
    [2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${n} >>`],
    ...pageIds
      .map((id, i): [number, string] => [
        id,
        `<< /Type /Page /Parent 2 0 R /Contents ${contentId(i)} 0 R /Resources << /Font << /F7 ${font} 0 R >> >> >>`,
      ])
      .reverse(),
    [font, `<< /Type /Font /Subtype /Type0 /BaseFont /X /ToUnicode ${toUnicode} 0 R >>`],
  ];
  let header = '';
  let body = '';
  for (const [id, text] of inStream) {
    header += `${id} ${body.length} `;
    body += `${text}\n`;
  }
  const packed = deflateSync(Buffer.from(header + body, 'latin1'));
  const stream = (dict: string, data: Buffer) =>
    Buffer.concat([Buffer.from(`${dict}\nstream\n`), data, Buffer.from('\nendstream')]);
  const objects: [number, Buffer][] = [
    [
      100,
      stream(
        `<< /Type /ObjStm /N ${inStream.length} /First ${header.length} /Length ${packed.length} /Filter /FlateDecode >>`,
        packed,
      ),
    ],
    [toUnicode, stream(`<< /Length ${cmap.length} >>`, Buffer.from(cmap))],
    ...pages.map((text, i): [number, Buffer] => {
      const data = deflateSync(Buffer.from(`BT /F7 12 Tf 72 700 Td <${hex(text)}> Tj ET`));
      return [contentId(i), stream(`<< /Length ${data.length} /Filter /FlateDecode >>`, data)];
    }),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n')];
  for (const [id, data] of objects)
    parts.push(Buffer.from(`${id} 0 obj\n`), data, Buffer.from('\nendobj\n'));
  return new Uint8Array(Buffer.concat([...parts, Buffer.from('%%EOF\n')]));
}

describe('reading a PDF’s text page by page', () => {
  it('finds pages kept in a compressed object stream, in the page tree’s order, through a two-byte ToUnicode font', async () => {
    const pages = ['Première visite : « pourquoi ? »', 'Second visit', 'Troisième'];
    expect(await pdfPageLines(objectStreamPdf(pages), inflate)).toEqual(pages.map((p) => [p]));
  });

  it('reads a PDF Chromium printed (compressed streams, subset fonts with ToUnicode maps), accents and French quotes included', async () => {
    const bytes = new Uint8Array(readFileSync('test/shared/fixtures/chromium-printed.pdf'));
    expect(await pdfPageLines(bytes, inflate)).toEqual([
      ['Week 1 – Cedar', 'Les élèves ont comparé des fractions « pourquoi ? » with benchmarks.'],
      ['Week 2', 'Students compare fractions with benchmarks.'],
    ]);
  });

  it('generated PDFs of 1 to 40 pages, plain or compressed: every line on its own page, in order', async () => {
    const random = seeded(11);
    for (let n = 0; n < 24; n++) {
      const pages = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, p) =>
        Array.from(
          { length: 1 + Math.floor(random() * 5) },
          (_, l) =>
            `p${p + 1}.${l} ${Array.from({ length: 4 }, () => pick(random, WORDS)).join(' ')}`,
        ),
      );
      const pdf = new Uint8Array(pagesPdf(pages, { compress: n % 2 === 1 }));
      expect(await pdfPageLines(pdf, inflate)).toEqual(pages);
    }
  });

  it('a file that is not a PDF has no pages', async () => {
    expect(await pdfPageLines(new TextEncoder().encode('<html>'), inflate)).toEqual([]);
  });

  it('reads TJ arrays (wide gaps are spaces), hex strings through a ToUnicode map, and line moves', () => {
    const cmap = parseToUnicode(
      'begincmap 1 beginbfchar <0003> <0020> endbfchar 1 beginbfrange <0010> <0012> <00E9> endbfrange endcmap',
    );
    const fonts = new Map([['F2', cmap]]);
    const content =
      'BT /F2 12 Tf <00100003001100030012> Tj 0 -14 Td ET BT /F1 12 Tf [(Num)-20(ber)-400(talk)] TJ ET';
    expect(contentLines(content, fonts)).toEqual(['é ê ë', 'Number talk']);
  });
});
