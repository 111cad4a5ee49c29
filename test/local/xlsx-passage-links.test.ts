import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { valuesLayout, type Layout } from '../../shared/layout';
import { paintLayout } from '../../local/server/xlsx-layout';

const layout = (webLinks: Layout['webLinks']): Layout =>
  valuesLayout([['“They explained why.”'], ['Mar 9, 2026'], ['']], {
    columnWidths: [200],
    webLinks,
  });

describe('a clip’s passage link in the .xlsx', () => {
  it('the quote keeps its text and opens the passage; an empty cell gets no link', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Summary');
    const url = 'https://lms.example.org/n#:~:text=explained%20why';
    paintLayout(
      sheet,
      layout([
        { row: 0, col: 0, url },
        { row: 2, col: 0, url },
      ]),
    );
    expect(sheet.getCell(1, 1).value).toEqual({ text: '“They explained why.”', hyperlink: url });
    expect(sheet.getCell(2, 1).value).toBe('Mar 9, 2026');
    expect(sheet.getCell(3, 1).value).toBeNull();
  });
});
