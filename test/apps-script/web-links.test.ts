import { describe, expect, it } from 'vitest';
import { valuesLayout, type Layout } from '../../shared/layout';
import { webLinkRuns } from '../../apps-script/web-links';

const layout = (webLinks: Layout['webLinks']): Layout => valuesLayout([], { webLinks });

describe('passage links written in as few calls as the column allows', () => {
  const values: unknown[][] = [
    ['“a”'],
    ['— note'],
    [''],
    ['“b”'],
    [new Date(0)],
    ['“c”'],
    ['=SUM(1)'],
  ];

  it('links with only text between them share one run; a date or formula between starts another', () => {
    const runs = webLinkRuns(
      layout([
        { row: 0, col: 0, url: 'https://x.org/a' },
        { row: 3, col: 0, url: 'https://x.org/b' },
        { row: 5, col: 0, url: 'https://x.org/c' },
        { row: 6, col: 0, url: 'https://x.org/formula' },
      ]),
      values,
    );
    expect(runs).toEqual([
      {
        row: 0,
        col: 0,
        cells: [
          { text: '“a”', url: 'https://x.org/a' },
          { text: '— note', url: null },
          { text: '', url: null },
          { text: '“b”', url: 'https://x.org/b' },
        ],
      },
      { row: 5, col: 0, cells: [{ text: '“c”', url: 'https://x.org/c' }] },
    ]);
  });
});
