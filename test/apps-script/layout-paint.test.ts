import { describe, expect, it } from 'vitest';
import { valuesLayout, type Layout } from '../../shared/layout';
import {
  AUTOMATIC_FORMAT,
  splitA1,
  styleGrids,
  valuesWithLinks,
} from '../../apps-script/layout-paint';

const layout = (over: Partial<Layout>): Layout =>
  valuesLayout(
    [
      ['a', 'b'],
      ['c', null],
    ],
    { columnWidths: [100, 100], ...over },
  );

describe('painting a layout in one call per property', () => {
  it.each([
    ["'2025-26 Plan'!F7", '2025-26 Plan', 'F7'],
    ["'O''Neil school'!A1", "O'Neil school", 'A1'],
    ['Schools!D5', 'Schools', 'D5'],
    ['B2', null, 'B2'],
  ])('%s → sheet %s, cell %s', (target, sheet, a1) => {
    expect(splitA1(target)).toEqual({ sheet, a1 });
  });

  it('flattens overlapping style ranges, later ranges winning, into per-cell grids', () => {
    const g = styleGrids(
      layout({
        styles: [
          {
            range: { row: 0, col: 0, rows: 2, cols: 2 },
            style: { background: '#eee', bold: true },
          },
          {
            range: { row: 1, col: 1, rows: 1, cols: 1 },
            style: { background: '#f00', numberFormat: '0%', wrap: true },
          },
        ],
      }),
      2,
      2,
    );
    expect(g.backgrounds).toEqual([
      ['#eee', '#eee'],
      ['#eee', '#f00'],
    ]);
    expect(g.fontWeights).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    expect(g.numberFormats).toEqual([
      [AUTOMATIC_FORMAT, AUTOMATIC_FORMAT],
      [AUTOMATIC_FORMAT, '0%'],
    ]);
    expect(g.wraps).toEqual([
      [false, false],
      [false, true],
    ]);
  });

  it('turns links into HYPERLINK formulas to the target sheet, and leaves unknown sheets as text', () => {
    const values = valuesWithLinks(
      layout({
        links: [
          { row: 0, col: 1, target: "'Plan'!A3", label: 'Go to "Plan"!A3' },
          { row: 1, col: 1, target: 'Gone!A1', label: 'Go to Gone!A1' },
        ],
        values: [
          ['a', 'Go to "Plan"!A3'],
          ['c', 'Go to Gone!A1'],
        ],
      }),
      2,
      (sheet) => (sheet === 'Plan' ? 123 : null),
    );
    expect(values).toEqual([
      ['a', '=HYPERLINK("#gid=123&range=A3","Go to ""Plan""!A3")'],
      ['c', 'Go to Gone!A1'],
    ]);
  });
});
