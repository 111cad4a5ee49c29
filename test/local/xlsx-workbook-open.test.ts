import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../local/server/xlsx-workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'throughline-open-'));

describe('opening a workbook for local mode', () => {
  it('refuses a file that holds no sheets (a renamed document), so nothing is ever written into it', async () => {
    const file = path.join(dir, 'report.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(file);
    const opened = await XlsxWorkbook.open(file);
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toMatchObject({
        code: 'not-a-spreadsheet',
        message: expect.stringMatching(/no sheets/),
      });
  });

  it('refuses a text file named .xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await writeFile(file, 'Objective,Key result\n');
    const opened = await XlsxWorkbook.open(file);
    expect(opened.ok && 'opened').toBe(false);
  });
});
