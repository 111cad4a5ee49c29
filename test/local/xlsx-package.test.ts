import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { sheetTable } from '../../local/xlsx/xlsx-cells';
import { XlsxWorkbook } from '../../local/server/xlsx-workbook';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tl-package-'));
});

const HEADERS = ['Clip ID', 'Captured at', 'Quote', 'Note', 'Coordinator column'];

/** A workbook as a coordinator's Excel leaves it: shared strings, styles, a formula and rich text in Evidence, another tab with edits. */
async function coordinatorFile(evidenceRows: CellValue[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const plan = book.addWorksheet('Plan');
  plan.addRow(['Objective', 'Target']);
  plan.addRow(['Fractions', 0.6]);
  plan.getCell('B2').numFmt = '0%';
  plan.getCell('A3').value = { formula: 'B2*2', result: 1.2 };
  plan.mergeCells('A5:B5');
  plan.getCell('A5').value = 'Merged note';
  plan.getCell('A5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEE00' } };
  const evidence = book.addWorksheet('Evidence');
  evidence.addRow(HEADERS).font = { bold: true };
  evidence.getCell('A1').note = 'Clip ids';
  evidence.getColumn(4).width = 50;
  for (const row of evidenceRows) evidence.addRow(row);
  evidence.getCell('B2').numFmt = 'yyyy-mm-dd';
  evidence.getCell('C2').font = { italic: true, color: { argb: 'FFCC0000' } };
  evidence.getCell('E2').value = { formula: 'LEN(C2)', result: 5 };
  evidence.getCell('E3').value = {
    richText: [{ text: 'Rich ' }, { text: 'bold', font: { bold: true } }],
  };
  book.addWorksheet('After').addRow(['A tab after Evidence']);
  const file = path.join(dir, 'plan.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** Text a coach may clip: markup characters, OOXML escape look-alikes, emoji, line breaks. */
function generatedText(n: number): string {
  const pieces = [
    'a & b',
    '<tag>',
    '_x0041_',
    'x_x005F_y',
    '🙂',
    'line\nbreak',
    ' lead',
    'é « »',
    '"q"',
  ];
  return Array.from(
    { length: 1 + (n % 4) },
    (_, i) => pieces[(n * 7 + i * 3) % pieces.length],
  ).join(n % 2 ? '' : ' ');
}

/** Values with empty text as null: an empty cell, whichever way a writer stored it. */
const cells = (values: CellValue[][]) => values.map((row) => row.map((v) => (v === '' ? null : v)));

describe('the Evidence tab kept out of exceljs', () => {
  it('keeps every value, style, formula and note of the file, and appends clips after it', async () => {
    const file = await coordinatorFile([
      ['c-1', new Date(Date.UTC(2025, 10, 3)), 'Hello', 'First', null],
      ['c-2', '2025-11-04', 'Again', 'Second', null],
    ]);
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    const workbook = opened.workbook;
    expect(workbook.readSheet('Evidence')?.values.slice(0, 3)).toEqual([
      HEADERS,
      ['c-1', new Date(Date.UTC(2025, 10, 3)), 'Hello', 'First', 5],
      ['c-2', '2025-11-04', 'Again', 'Second', 'Rich bold'],
    ]);
    const added = Array.from({ length: 40 }, (_, i) => [
      `new-${i}`,
      '2026-01-14',
      generatedText(i),
      generatedText(i + 1),
    ]);
    workbook.appendRows('Evidence', HEADERS, added.slice(0, 20));
    expect(await workbook.save()).toBe(true);
    workbook.appendRows('Evidence', HEADERS, added.slice(20));
    expect(await workbook.save()).toBe(true);

    const book = await readBack(file);
    const evidence = book.getWorksheet('Evidence')!;
    const values = sheetTable(evidence).values;
    expect(values.slice(3).map((row) => row.slice(0, 4))).toEqual(added);
    expect(evidence.getCell('B2').value).toEqual(new Date(Date.UTC(2025, 10, 3)));
    expect(evidence.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(evidence.getCell('C2').font).toMatchObject({
      italic: true,
      color: { argb: 'FFCC0000' },
    });
    expect(evidence.getCell('E2').value).toMatchObject({ formula: 'LEN(C2)' });
    expect(evidence.getCell('A1').font?.bold).toBe(true);
    expect(evidence.getCell('A1').note).toBe('Clip ids');
    expect(evidence.getColumn(4).width).toBe(50);
    const plan = book.getWorksheet('Plan')!;
    expect(plan.getCell('B2').numFmt).toBe('0%');
    expect(plan.getCell('A3').value).toMatchObject({ formula: 'B2*2' });
    expect(plan.getCell('A5').fill).toMatchObject({ fgColor: { argb: 'FFFFEE00' } });
    expect((plan.model as { merges: string[] }).merges).toContain('A5:B5');
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Plan', 'Evidence', 'After']);

    // Read again by local mode: the same rows exceljs sees.
    const again = await XlsxWorkbook.open(file);
    if (!again.ok) throw new Error(again.error.message);
    expect(cells(again.workbook.readSheet('Evidence')?.values ?? [])).toEqual(cells(values));
  });

  it('reads generated rows exactly as exceljs does, through a save and a second opening', async () => {
    const rows = Array.from({ length: 300 }, (_, i): CellValue[] => [
      `g-${i}`,
      i % 5 === 0 ? i * 1.5 : `2025-12-${String(1 + (i % 28)).padStart(2, '0')}`,
      generatedText(i),
      i % 3 === 0 ? '' : generatedText(i * 11),
      i % 7 === 0,
    ]);
    const file = await coordinatorFile(rows);
    const expected = sheetTable((await readBack(file)).getWorksheet('Evidence')!).values;
    for (let pass = 0; pass < 2; pass++) {
      const opened = await XlsxWorkbook.open(file);
      if (!opened.ok) throw new Error(opened.error.message);
      expect(cells(opened.workbook.readSheet('Evidence')?.values ?? [])).toEqual(cells(expected));
      expect(await opened.workbook.save()).toBe(true);
      const saved = sheetTable((await readBack(file)).getWorksheet('Evidence')!).values;
      expect(cells(saved)).toEqual(cells(expected));
    }
  });

  it('a removed row is gone from the saved file and the rows after it move up, styles with them', async () => {
    const file = await coordinatorFile([
      ['keep-1', '2025-11-01', 'one', '', null],
      ['drop-me', '2025-11-02', 'two', '', null],
      ['keep-2', '2025-11-03', 'three', '', null],
    ]);
    const book = await readBack(file);
    book.getWorksheet('Evidence')!.getCell('C4').font = { bold: true };
    await book.xlsx.writeFile(file);
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    opened.workbook.appendRows('Evidence', HEADERS, [['new-1', '2026-01-14', 'four']]);
    opened.workbook.removeRow('Evidence', 2);
    expect(opened.workbook.readSheet('Evidence')?.values.map((r) => r[0])).toEqual([
      'Clip ID',
      'keep-1',
      'keep-2',
      'new-1',
    ]);
    expect(await opened.workbook.save()).toBe(true);
    const evidence = (await readBack(file)).getWorksheet('Evidence')!;
    expect(sheetTable(evidence).values.map((r) => r[0])).toEqual([
      'Clip ID',
      'keep-1',
      'keep-2',
      'new-1',
    ]);
    expect(evidence.getCell('C3').font?.bold).toBe(true);
  });

  it('save after save, rows already written are carried over and read back exactly, also after a removal', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Plan').addRow(['Objective', 'Target']);
    const file = path.join(dir, 'fresh.xlsx');
    await book.xlsx.writeFile(file);
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    const workbook = opened.workbook;
    const expected: CellValue[][] = [];
    for (let round = 0; round < 5; round++) {
      const rows = Array.from({ length: 7 + round }, (_, i): CellValue[] => [
        `r${round}-${i}`,
        '2026-01-14',
        generatedText(round * 13 + i),
        i,
      ]);
      workbook.appendRows('Evidence', HEADERS.slice(0, 4), rows);
      expected.push(...rows);
      if (round === 3) {
        workbook.removeRow('Evidence', 3);
        expected.splice(2, 1);
      }
      expect(await workbook.save()).toBe(true);
      const saved = sheetTable((await readBack(file)).getWorksheet('Evidence')!).values;
      expect(saved).toEqual([HEADERS.slice(0, 4), ...expected]);
      const again = await XlsxWorkbook.open(file);
      if (!again.ok) throw new Error(again.error.message);
      expect(again.workbook.readSheet('Evidence')?.values).toEqual(saved);
    }
  });
});
