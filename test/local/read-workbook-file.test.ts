import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { writeWorkbook } from './read-workbook-helpers';

describe('readWorkbookFile', () => {
  it('turns exceljs values into plain cell values, with formats and merges', async () => {
    const path = await writeWorkbook('values.xlsx', [
      {
        name: 'Plan',
        rows: [
          ['Title spanning', null, null],
          [
            { richText: [{ text: 'Key ' }, { text: 'result', font: { bold: true } }] },
            { formula: '1+1', result: 2 },
            { text: 'Source doc', hyperlink: 'https://example.org' },
          ],
          [new Date(Date.UTC(2026, 5, 15)), 0.25, true],
        ],
        formats: { A3: 'yyyy-mm-dd', B3: '0%' },
        merges: ['A1:C1'],
      },
      { name: 'Second', rows: [['x']] },
    ]);
    const result = await readWorkbookFile(path);
    if (!result.ok) throw new Error(result.error.message);
    const [plan, second] = result.sheets;
    expect(plan.name).toBe('Plan');
    expect(plan.values).toEqual([
      ['Title spanning', null, null],
      ['Key result', 2, 'Source doc'],
      [new Date(Date.UTC(2026, 5, 15)), 0.25, true],
    ]);
    expect(plan.formats?.[2].slice(0, 2)).toEqual(['yyyy-mm-dd', '0%']);
    expect(plan.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(second.values).toEqual([['x']]);
  });

  it('reads a ";"-separated CSV as one sheet named after the file', async () => {
    const path = join(tmpdir(), `plan-fr-${process.pid}.csv`);
    writeFileSync(path, 'Objectif;Résultat clé;Cible\nA;"Élèves; niveau 3";"55 %"\n');
    const result = await readWorkbookFile(path);
    expect(result).toEqual({
      ok: true,
      sheets: [
        {
          name: `plan-fr-${process.pid}`,
          values: [
            ['Objectif', 'Résultat clé', 'Cible'],
            ['A', 'Élèves; niveau 3', '55 %'],
          ],
        },
      ],
    });
  });

  it('reads a CSV saved by older Excel in Windows-1252', async () => {
    const path = join(tmpdir(), `plan-1252-${process.pid}.csv`);
    writeFileSync(
      path,
      Buffer.from([0x45, 0x63, 0x68, 0xe9, 0x61, 0x6e, 0x63, 0x65, 0x0a, 0x6a, 0x75, 0x69, 0x6e]),
    );
    const result = await readWorkbookFile(path);
    expect(result.ok && result.sheets[0].values).toEqual([['Echéance'], ['juin']]);
  });

  it.each([
    ['a missing file', join(tmpdir(), 'no-such-plan.xlsx'), 'file-not-found'],
    [
      'a text file',
      (() => {
        const p = join(tmpdir(), `notes-${process.pid}.txt`);
        writeFileSync(p, 'hello');
        return p;
      })(),
      'not-a-spreadsheet',
    ],
    [
      'a zip that is not a workbook',
      (() => {
        const p = join(tmpdir(), `fake-${process.pid}.xlsx`);
        writeFileSync(p, Buffer.from('PK\u0003\u0004garbage'));
        return p;
      })(),
      'not-a-spreadsheet',
    ],
  ])('returns an error value for %s', async (_, path, code) => {
    const result = await readWorkbookFile(path);
    expect(result.ok === false && result.error.code).toBe(code);
  });
});
