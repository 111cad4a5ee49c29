import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Layout } from '../../shared/layout';
import { SETTINGS_SHEET, XlsxWorkbook } from '../../local/server/xlsx-workbook';
import { rawXlsx } from './raw-xlsx';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tl-xlsx-'));
});

async function planFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('2025-26 Plan');
  sheet.addRow(['District math plan']);
  sheet.addRow([]);
  sheet.addRow(['Objective', 'Key result', 'Baseline', 'Target', 'Due']);
  sheet.addRow([
    'Fractions',
    'Students explain reasoning',
    0.2,
    0.6,
    new Date(Date.UTC(2026, 5, 30)),
  ]);
  sheet.addRow([null, '% below level 2', 38, 25, 'June 2026']);
  sheet.mergeCells('A4:A5');
  sheet.getCell('C4').numFmt = '0%';
  sheet.getCell('B6').value = {
    richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }],
  };
  sheet.getCell('C6').value = { formula: 'C4*2', result: 0.4 };
  sheet.getCell('D6').value = { text: 'a link', hyperlink: 'https://example.org' };
  sheet.getCell('E6').value = "'=1+1 written inert";
  sheet.getCell('F6').value = "'plain apostrophe";
  const file = path.join(dir, 'plan.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const layout: Layout = {
  values: [
    ['Dashboard — generated, edits here are replaced', null, null],
    ['Key result', 'Progress', 'Trend'],
    ['Students explain reasoning', 0.42, '=SPARKLINE({20,30,42},{"charttype","line"})'],
    ['Evidence per type', 'Count', '=HYPERLINK("http://evil.example","click")'],
    ['observation', 12, null],
    ['student-work', 4, null],
  ],
  styles: [
    {
      range: { row: 0, col: 0, rows: 1, cols: 3 },
      style: { background: '#1a73e8', color: '#ffffff', bold: true, fontSize: 14 },
    },
    {
      range: { row: 2, col: 1, rows: 1, cols: 1 },
      style: { numberFormat: '0%', background: '#d9ead3' },
    },
  ],
  merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
  columnWidths: [280, 140, 70],
  frozenRows: 2,
  charts: [
    {
      kind: 'bar',
      title: 'Evidence by type',
      data: { row: 3, col: 0, rows: 3, cols: 2 },
      anchor: { row: 8, col: 0 },
    },
  ],
  links: [{ row: 1, col: 2, target: "'2025-26 Plan'!B4", label: 'Open plan' }],
};

describe('XlsxWorkbook', () => {
  it('reads a formula whose cached result is 0 or false as that value, not as blank', async () => {
    // Written as Excel writes it; this file never installs the fix itself: opening must.
    const file = path.join(dir, 'zero.xlsx');
    await writeFile(
      file,
      await rawXlsx({
        sheets: [
          {
            name: 'Plan',
            rows:
              '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1"><v>0</v></c>' +
              '<c r="C1" t="b"><f>B1=1</f><v>0</v></c></row>',
          },
        ],
      }),
    );
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.workbook.readSheet('Plan')!.values).toEqual([[0, 0, false]]);
  });

  it('reads values, formats and merges the way the core expects', async () => {
    const opened = await XlsxWorkbook.open(await planFile());
    if (!opened.ok) throw new Error(opened.error.message);
    const table = opened.workbook.readSheet('2025-26 Plan')!;
    expect(table.values[0][0]).toBe('District math plan');
    expect(table.values[1]).toEqual([]);
    expect(table.values[3].slice(0, 4)).toEqual([
      'Fractions',
      'Students explain reasoning',
      0.2,
      0.6,
    ]);
    expect((table.values[3][4] as Date).toISOString().slice(0, 10)).toBe('2026-06-30');
    expect(table.values[4][0]).toBeNull(); // merged: value only in the top cell
    expect(table.formats?.[3][2]).toBe('0%');
    expect(table.merges).toEqual([{ row: 3, col: 0, rows: 2, cols: 1 }]);
    // Text exactly as stored: an apostrophe someone typed into the string is part of it.
    expect(table.values[5].slice(1, 6)).toEqual([
      'Rich text',
      0.4,
      'a link',
      "'=1+1 written inert",
      "'plain apostrophe",
    ]);
    expect(opened.workbook.readSheet('Nope')).toBeNull();
  });

  it.each([
    ['missing file', 'missing.xlsx', null, 'missing-file'],
    ['not a spreadsheet', 'notes.xlsx', 'just some text', 'not-a-spreadsheet'],
  ])('%s is an expected failure', async (_name, file, content, code) => {
    const target = path.join(dir, file);
    if (content !== null) await writeFile(target, content);
    const opened = await XlsxWorkbook.open(target);
    expect(opened.ok ? 'ok' : opened.error.code).toBe(code);
  });

  it('writes a layout that Excel readers see with values, merges, fills, widths and frozen rows', async () => {
    const file = await planFile();
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    opened.workbook.writeLayout('Dashboard', layout);
    opened.workbook.writeLayout('Dashboard', layout); // a refresh replaces, never stacks
    await opened.workbook.save();

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['2025-26 Plan', 'Dashboard']);
    const dashboard = book.getWorksheet('Dashboard')!;
    expect(dashboard.getCell('A1').value).toBe('Dashboard — generated, edits here are replaced');
    expect(dashboard.getCell('C1').isMerged).toBe(true);
    expect((dashboard.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1A73E8');
    expect(dashboard.getCell('A1').font.color?.argb).toBe('FFFFFFFF');
    expect(dashboard.getCell('A1').font.bold).toBe(true);
    expect(dashboard.getCell('B3').value).toBe(0.42);
    expect(dashboard.getCell('B3').numFmt).toBe('0%');
    expect(dashboard.getCell('C3').value).toBe('▁▄█');
    // Only our own sparklines and in-workbook links are read as formulas; anything else is a string cell,
    // which Excel never evaluates, holding the text as it is (no apostrophe).
    expect(dashboard.getCell('C4').formula).toBeUndefined();
    expect(dashboard.getCell('C4').type).toBe(ExcelJS.ValueType.String);
    expect(dashboard.getCell('C4').value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(dashboard.getCell('C2').value).toEqual({
      text: 'Open plan',
      hyperlink: "#'2025-26 Plan'!B4",
    });
    expect(dashboard.getColumn(1).width).toBe(40);
    expect(dashboard.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(dashboard.getCell('A9').value).toBe('Evidence by type');
    expect(dashboard.getCell('A10').value).toBe('observation');
    expect(String(dashboard.getCell('B10').value)).toMatch(/^█{20} 12$/);
    expect(String(dashboard.getCell('B11').value)).toMatch(/^█{7} 4$/);
    expect(await readdir(dir)).toEqual(['plan.xlsx']); // no temp file left behind
  });

  it('appends rows under headers, creating the tab once, and keeps injection text as plain strings, as typed', async () => {
    const file = await planFile();
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    opened.workbook.appendRows(
      'Evidence',
      ['Clip ID', 'Quote'],
      [['clip-1', '\'=HYPERLINK("http://evil")']],
    );
    opened.workbook.appendRows(
      'Evidence',
      ['Clip ID', 'Quote'],
      [
        ['clip-2', 'fine'],
        ['clip-3', "'@SUM(1+1)"],
      ],
    );
    await opened.workbook.save();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const evidence = book.getWorksheet('Evidence')!;
    expect(evidence.rowCount).toBe(4);
    expect(evidence.getCell('A1').value).toBe('Clip ID');
    expect(evidence.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(evidence.getCell('B2').value).toBe('=HYPERLINK("http://evil")');
    expect(evidence.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(evidence.getCell('B4').value).toBe('@SUM(1+1)');
    expect(evidence.getCell('A4').value).toBe('clip-3');
  });

  it('keeps settings in a very hidden tab the port never lists', async () => {
    const file = await planFile();
    const opened = await XlsxWorkbook.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    opened.workbook.setSetting('mapping', '{"sheet":"2025-26 Plan"}');
    opened.workbook.setSetting('coaches', '[]');
    opened.workbook.setSetting('mapping', '{"sheet":"Other"}');
    await opened.workbook.save();
    const again = await XlsxWorkbook.open(file);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.workbook.getSetting('mapping')).toBe('{"sheet":"Other"}');
    expect(again.workbook.getSetting('coaches')).toBe('[]');
    expect(again.workbook.getSetting('absent')).toBeNull();
    expect(again.workbook.sheetNames()).toEqual(['2025-26 Plan']);
    expect(again.workbook.book.getWorksheet(SETTINGS_SHEET)?.state).toBe('veryHidden');
  });
});
