import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
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

describe('reading a PDF’s text page by page', () => {
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
