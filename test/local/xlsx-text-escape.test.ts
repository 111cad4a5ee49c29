import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { escapeXlsxText, installXlsxTextEscape } from '../../local/xlsx/xlsx-text-escape';
import { pick, seeded } from '../shared/seeded-random';

/** Writes each text into a cell (plain and rich text) and a note, and reads the saved bytes back with exceljs. */
async function roundTrip(
  texts: string[],
): Promise<{ plain: unknown[]; rich: unknown[]; notes: unknown[] }> {
  installXlsxTextEscape();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Texts');
  texts.forEach((text, i) => {
    sheet.getCell(i + 1, 1).value = text;
    sheet.getCell(i + 1, 2).value = { richText: [{ text }] };
    sheet.getCell(i + 1, 1).note = text;
  });
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const back = reread.getWorksheet('Texts')!;
  return {
    plain: texts.map((_, i) => back.getCell(i + 1, 1).value),
    rich: texts.map((_, i) =>
      (back.getCell(i + 1, 2).value as ExcelJS.CellRichTextValue).richText
        .map((run) => run.text)
        .join(''),
    ),
    notes: texts.map((_, i) => {
      const note = back.getCell(i + 1, 1).note;
      return typeof note === 'string' ? note : note?.texts?.map((run) => run.text).join('');
    }),
  };
}

describe('local mode saves every cell text so it reads back exactly', () => {
  const texts = [
    '_x0041_',
    'a_x00e9_b',
    '_x005F_x0041_',
    '_X0041_ upper-case X is no escape',
    'line\rreturn',
    'crlf\r\nline',
    'bell\u0007',
    'odd\uFFFF\uFFFE',
    'half \uD800 pair',
    'plain 😀 é',
  ];

  it.each(texts.map((text) => [JSON.stringify(text), text]))('%s', async (_label, text) => {
    const back = await roundTrip([text]);
    expect(back.plain).toEqual([text]);
    expect(back.rich).toEqual([text]);
    expect(back.notes).toEqual([text]);
  });

  it('reads back 400 random texts built from escape-like pieces exactly', async () => {
    const random = seeded(5);
    const pieces = [
      '_',
      'x',
      '_x',
      '00',
      '41',
      '5F',
      'e9',
      '_x005F',
      '_x0041_',
      'FFFF',
      '\uFFFF',
      '\r',
      '\n',
      'é',
      '😀',
      '\u0001',
    ];
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(random, pieces)).join(''),
    );
    const back = await roundTrip(texts);
    expect(back.plain).toEqual(texts);
    expect(back.rich).toEqual(texts);
  });

  it('escapes as Excel does: _x005F_ before a literal escape, _xHHHH_ for what XML cannot hold', () => {
    expect(escapeXlsxText('a_x0041_b')).toBe('a_x005F_x0041_b');
    expect(escapeXlsxText('x\uFFFFy\u0001\r')).toBe('x_xFFFF_y_x0001__x000D_');
    expect(escapeXlsxText('😀')).toBe('😀');
  });
});
