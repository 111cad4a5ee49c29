// What a coordinator's .xlsx cells read as, written the way Excel and LibreOffice write them: dates
// found through the cell's number format (built-in and custom codes, 1900 and 1904 systems), text
// in every form, booleans, error values, cached formula results, merges, hidden columns and tabs.
// Each case also reads the same as exceljs read it (the reader used before).
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SheetTable } from '../../shared/cells';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { exceljsTables, type RawWorkbook, rawXlsx } from './raw-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'tl-cells-'));
let n = 0;

/** Both readers' tables for a raw workbook; they must agree, and ours is returned. */
async function read(book: RawWorkbook): Promise<SheetTable[]> {
  const path = join(dir, `book-${n++}.xlsx`);
  writeFileSync(path, await rawXlsx(book));
  const ours = await readWorkbookFile(path);
  if (!ours.ok) throw new Error(ours.error.message);
  expect(ours.sheets).toEqual(await exceljsTables(path));
  return ours.sheets;
}

const utc = (iso: string) => new Date(`${iso}Z`);

/** One row of number cells, each in its own style (style i + 1 uses format ids[i]). */
function numbersIn(formats: number[], serial: string, date1904 = false): RawWorkbook {
  const cells = formats.map(
    (_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>${serial}</v></c>`,
  );
  return {
    sheets: [{ name: 'Plan', rows: `<row r="1">${cells.join('')}</row>` }],
    numFmts: {
      164: 'yyyy-mm-dd',
      165: '[$-409]mmmm d, yyyy;@',
      166: '"Due "dd/mm',
      167: '#,##0 "pts"',
      168: '"day"0',
      169: '[h]:mm',
      170: '0.0%',
      171: 'DD/MM/YYYY',
    },
    xfs: formats.map((id) => `numFmtId="${id}" fontId="0" applyNumberFormat="1"`),
    date1904,
  };
}

describe('dates come from the number format', () => {
  it('reads a serial as a date under built-in and custom date formats, a number otherwise', async () => {
    const [sheet] = await read(
      numbersIn([14, 22, 164, 165, 166, 169, 171, 0, 2, 9, 167, 168, 170], '45306.5'),
    );
    const noon = utc('2024-01-15T12:00:00');
    expect(sheet.values[0]).toEqual([
      noon,
      noon,
      noon,
      noon,
      noon,
      noon,
      noon,
      ...Array(6).fill(45306.5),
    ]);
    expect(sheet.formats?.[0]).toEqual([
      'mm-dd-yy',
      'm/d/yy "h":mm',
      'yyyy-mm-dd',
      '[$-409]mmmm d, yyyy;@',
      '"Due "dd/mm',
      '[h]:mm',
      'DD/MM/YYYY',
      '',
      '0.00',
      '0%',
      '#,##0 "pts"',
      '"day"0',
      '0.0%',
    ]);
  });

  it('counts days from 1904 in a workbook set to the 1904 date system', async () => {
    const [sheet] = await read(numbersIn([14, 164], '0', true));
    expect(sheet.values[0]).toEqual([utc('1904-01-01T00:00:00'), utc('1904-01-01T00:00:00')]);
    const [in1900] = await read(numbersIn([14], '43831'));
    const [in1904] = await read(numbersIn([14], '42369', true));
    expect(in1900.values[0]).toEqual([utc('2020-01-01T00:00:00')]);
    expect(in1904.values[0]).toEqual([utc('2020-01-01T00:00:00')]);
  });
});

describe('text, booleans, errors and formulas', () => {
  it('reads every form of text as the text a person sees', async () => {
    const [sheet] = await read({
      shared: [
        '<t>Grade 8 algebra</t>',
        '<r><t xml:space="preserve">Raise </t></r><r><rPr><b/></rPr><t>proficiency</t></r>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>',
        '<t>Caf&#233; &amp; co_x000A_line</t>',
      ],
      sheets: [
        {
          name: 'Plan',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> Inline </t></is></c><c r="B2" t="inlineStr"><is><r><t>Rich </t></r><r><t>inline</t></r></is></c><c r="C2" t="str"><v>Ahead</v></c></row>',
        },
      ],
    });
    expect(sheet.values).toEqual([
      ['Grade 8 algebra', 'Raise proficiency', '漢字', 'Café & co\nline'],
      [' Inline ', 'Rich inline', 'Ahead'],
    ]);
  });

  it('reads booleans, error values and cached formula results', async () => {
    const [sheet] = await read({
      sheets: [
        {
          name: 'Plan',
          rows:
            '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
            '<row r="2"><c r="A2"><f>B2*2</f><v>0.75</v></c><c r="B2" t="str"><f>"On "&amp;"track"</f><v>On track</v></c><c r="C2" s="1"><f>DATE(2024,3,1)</f><v>45352</v></c><c r="D2"><f>SUM(E2:F2)</f></c></row>',
        },
      ],
      xfs: ['numFmtId="14" fontId="0"'],
    });
    expect(sheet.values).toEqual([
      [true, false, '#N/A', '#DIV/0!'],
      [0.75, 'On track', utc('2024-03-01T00:00:00'), null],
    ]);
  });

  it('keeps a formula’s cached result of 0 or false: a count that is still 0 is a value, not a blank', async () => {
    const [sheet] = await read({
      sheets: [
        {
          name: 'Plan',
          rows:
            '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1"><v>0</v></c>' +
            '<c r="C1" t="b"><f>B1=1</f><v>0</v></c></row>',
        },
      ],
    });
    expect(sheet.values).toEqual([[0, 0, false]]);
  });
});

describe('merges, hidden columns, bold and tabs', () => {
  it('keeps a merge’s value in its first cell, and reads hidden columns and bold cells', async () => {
    const [sheet] = await read({
      shared: ['<t>Objective 1</t>', '<t>Key result</t>'],
      fonts: ['<font><b/><sz val="11"/></font>'],
      xfs: ['numFmtId="0" fontId="1"'],
      sheets: [
        {
          name: 'Plan',
          cols: '<col min="2" max="2" width="0" hidden="1" customWidth="1"/>',
          rows: '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row><row r="2"><c r="A2"/><c r="B2" t="s"><v>1</v></c><c r="C2"><v>5</v></c></row>',
          merges: ['A1:C1'],
        },
      ],
    });
    expect(sheet.values).toEqual([
      ['Objective 1', null, null],
      [null, 'Key result', 5],
    ]);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(sheet.hiddenColumns).toEqual([1]);
    expect(sheet.bold).toEqual([[true], []]);
  });

  it('leaves out very hidden tabs and keeps hidden ones, in tab order', async () => {
    const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const sheets = await read({
      sheets: [
        { name: 'Plan', rows: row },
        { name: 'Old plan', state: 'hidden', rows: row },
        { name: 'Internal', state: 'veryHidden', rows: row },
        { name: 'Schools', rows: row },
      ],
    });
    expect(sheets.map((s) => s.name)).toEqual(['Plan', 'Old plan', 'Schools']);
  });

  it('says a file with overlapping merges cannot be read, as before', async () => {
    const path = join(dir, 'overlap.xlsx');
    writeFileSync(
      path,
      await rawXlsx({
        sheets: [
          {
            name: 'Plan',
            rows: '<row r="1"><c r="A1"><v>1</v></c></row>',
            merges: ['A1:B2', 'B2:C3'],
          },
        ],
      }),
    );
    const read = await readWorkbookFile(path);
    expect(read.ok ? 'read' : read.error.code).toBe('not-a-spreadsheet');
    expect(await exceljsTables(path)).toBe('unreadable');
  });
});
