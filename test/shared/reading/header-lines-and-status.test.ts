// A header's every line belongs to it (a second line under it, a group line merged over its columns,
// the same header repeated over later blocks), and a status word is never a key result's value.
import { describe, expect, it } from 'vitest';
import type { CellValue, MergedRange, SheetTable } from '../../../shared/cells';
import { readPlan } from '../../../shared/read-plan';
import { isStatusText } from '../../../shared/reading/status-words';

const table = (rows: CellValue[][], merges: MergedRange[] = []): SheetTable => ({
  name: 'Plan',
  values: rows,
  merges,
});
const keyResults = (t: SheetTable) => {
  const reading = readPlan([t], { today: '2026-01-15' });
  return reading.ok ? reading.plan.objectives.flatMap((o) => o.keyResults) : [];
};

describe('a header written on two lines', () => {
  // Second lines that finish the words above: the reader must not take "target" for a row.
  const lowerLines: Array<[string, string, string]> = [
    ['2025-26', 'target', 'Deadline'],
    ['Goal for', 'June', 'Due'],
    ['Cible', 'visée', 'Échéance'],
  ];
  it.each(lowerLines)('reads "%s" over "%s" as one header cell', (upper, lower, due) => {
    const rows: CellValue[][] = [
      ['Measure', 'Fall', 'Winter', upper, due],
      ['', '', '', lower, ''],
      ['Objective 1: Number sense', '', '', '', ''],
      ...Array.from({ length: 4 }, (_, i) => [
        `Key result ${i}`,
        10 + i,
        20 + i,
        40 + i,
        '2026-06-30',
      ]),
    ];
    const krs = keyResults(table(rows));
    expect(krs.map((kr) => kr.target)).toEqual([40, 41, 42, 43]);
    expect(krs.map((kr) => kr.current)).toEqual([20, 21, 22, 23]);
  });

  it('keeps a group line merged over its value columns, even where the header repeats', () => {
    const header: CellValue[] = ['Objective', 'Indicator', 'from', 'now', 'to', 'Due'];
    const group: CellValue[] = ['', '', 'Results', '', '', ''];
    const block = (n: number) =>
      [1, 2].map((i) => [`Objective ${n}`, `Key result ${n}.${i}`, 5, 7 + i, 12, '2026-06-30']);
    const rows = [
      group,
      header,
      ...block(1),
      group,
      header,
      ...block(2),
      group,
      header,
      ...block(3),
    ];
    const merges = [0, 4, 8].map((row) => ({ row, col: 2, rows: 1, cols: 3 }));
    const krs = keyResults(table(rows, merges));
    expect(krs).toHaveLength(6);
    expect(krs.every((kr) => kr.indicator === null)).toBe(true);
    expect(krs.map((kr) => kr.current)).toEqual([8, 9, 8, 9, 8, 9]);
  });
});

describe('status words', () => {
  it.each([
    'On track',
    'on-track',
    'GREEN',
    'À surveiller',
    'en bonne voie',
    'Non atteinte',
    'Rouge',
  ])('"%s" is a status', (text) => expect(isStatusText(text)).toBe(true));

  it.each(['42%', 'Teachers trained', 'Green Valley Elementary', 'On track to 50%'])(
    '"%s" is not a status',
    (text) => expect(isStatusText(text)).toBe(false),
  );

  it.each(['On track', 'Jaune', 'En bonne voie', 'Behind'])(
    'a one-key-result tab whose "Update" column says "%s" takes its current value from the series',
    (status) => {
      const rows: CellValue[][] = [
        ['Key result', 'Fall', 'Winter', 'Spring', 'Target', 'Update'],
        ['Classrooms with a word wall', 12, 18, '', 30, status],
      ];
      const [kr] = keyResults(table(rows));
      expect(kr.current).toBe(18);
      expect(kr.target).toBe(30);
    },
  );
});
