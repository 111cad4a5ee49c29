// Reading plan tables handed in by a host (no file involved): sheet choice, header anywhere, every
// objective shape, footers, diagnostics, errors, and the options a host passes back.
import { render } from '../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetTable } from '../../shared/cells';
import { readPlan, type PlanReading } from '../../shared/read-plan';
import { keyResultIdFor } from '../../shared/key-result-id';

const table = (
  name: string,
  values: CellValue[][],
  extra: Partial<SheetTable> = {},
): SheetTable => ({ name, values, ...extra });
const ok = (reading: PlanReading) => {
  if (!reading.ok) throw new Error(render('en', reading.error.message));
  return reading;
};
const shape = (reading: PlanReading) =>
  ok(reading).plan.objectives.map((o) => [o.title, o.keyResults.map((kr) => kr.title)]);

const HEADER = ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Due'];

describe('readPlan: objective shapes', () => {
  it.each([
    [
      'objective repeated on every row',
      [HEADER, ['A', 'kr1', 1, 2, 1, ''], ['A', 'kr2', 1, 2, 1, ''], ['B', 'kr3', 1, 2, 1, '']],
      {},
    ],
    [
      'blank objective cells mean "same as above"',
      [HEADER, ['A', 'kr1', 1, 2, 1, ''], [null, 'kr2', 1, 2, 1, ''], ['B', 'kr3', 1, 2, 1, '']],
      {},
    ],
    [
      'merged objective cells',
      [HEADER, ['A', 'kr1', 1, 2, 1, ''], [null, 'kr2', 1, 2, 1, ''], ['B', 'kr3', 1, 2, 1, '']],
      { merges: [{ row: 1, col: 0, rows: 2, cols: 1 }] },
    ],
    [
      'section rows above their key results',
      [
        HEADER,
        ['Objective 1: A'],
        [null, 'kr1', 1, 2, 1, ''],
        [null, 'kr2', 1, 2, 1, ''],
        ['Objective 2: B'],
        [null, 'kr3', 1, 2, 1, ''],
      ],
      {},
    ],
    [
      'section rows merged across the table',
      [
        HEADER,
        ['Objectif 1 – A', null, null, null, null, null],
        [null, 'kr1', 1, 2, 1, ''],
        [null, 'kr2', 1, 2, 1, ''],
        ['Objectif 2 – B'],
        [null, 'kr3', 1, 2, 1, ''],
      ],
      { merges: [{ row: 1, col: 0, rows: 1, cols: 6 }] },
    ],
    [
      'blank rows, footers and notes',
      [
        HEADER,
        ['A', 'kr1', 1, 2, 1, ''],
        [],
        ['A', 'kr2', 1, 2, 1, ''],
        ['B', 'kr3', 1, 2, 1, ''],
        [],
        ['Total key results: 3'],
        ['Last updated: Nov 3, 2025'],
      ],
      {},
    ],
    [
      'the same objective met again further down',
      [HEADER, ['A', 'kr1', 1, 2, 1, ''], ['B', 'kr3', 1, 2, 1, ''], ['A', 'kr2', 1, 2, 1, '']],
      {},
    ],
  ])('%s', (_, values, extra) => {
    const got = shape(
      readPlan([table('Plan', values as CellValue[][], extra as Partial<SheetTable>)]),
    );
    const expected = [
      ['A', ['kr1', 'kr2']],
      ['B', ['kr3']],
    ];
    expect(got.map(([o, krs]) => [o, [...(krs as string[])].sort()])).toEqual(expected);
  });

  it('finds the header under title rows and a vision line, and reads them', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          ['Riverside DSB – Math Plan'],
          ['Vision: Every student reasons mathematically.'],
          [],
          [],
          HEADER,
          ['A', 'kr1', 1, 2, 1, '2026-06-15'],
        ]),
      ]),
    );
    expect([
      reading.plan.title,
      reading.plan.vision,
      reading.plan.headerRow,
      reading.map.headerRow,
    ]).toEqual(['Riverside DSB – Math Plan', 'Every student reasons mathematically.', 4, 4]);
  });

  it('finds a header as low as row 25', () => {
    const values: CellValue[][] = Array.from({ length: 24 }, (_, i) => [i === 0 ? 'Plan' : null]);
    values.push(HEADER, ['A', 'kr1', 1, 2, 1, '']);
    expect(ok(readPlan([table('Plan', values)])).plan.headerRow).toBe(24);
  });

  it('reports a row with values but no key result title, and skips it', () => {
    const reading = ok(
      readPlan([table('Plan', [HEADER, ['A', 'kr1', 1, 2, 1, ''], ['A', null, 5, 6, 7, '']])]),
    );
    expect(reading.plan.objectives[0].keyResults).toHaveLength(1);
    expect(reading.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'values-without-key-result', cell: "'Plan'!B3" }),
    );
  });

  it('points an unreadable value at its cell, in both languages', () => {
    const reading = ok(
      readPlan([table('2025-26 Plan', [HEADER, ['A', 'kr1', 'forty-ish', 60, 41, 'soon']])]),
    );
    const [number, date] = reading.diagnostics.filter((d) => d.code.startsWith('unreadable'));
    expect(number).toMatchObject({ code: 'unreadable-number', cell: "'2025-26 Plan'!C2" });
    expect(render('fr', number.message)).toContain('forty-ish');
    expect(date).toMatchObject({ code: 'unreadable-date', cell: "'2025-26 Plan'!F2" });
  });
});

describe('readPlan: less common layouts', () => {
  it('reads a header written on two rows', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          ['Objective', 'Key result', '2025-26', null, null],
          [null, null, 'Baseline', 'Target', 'Current'],
          ['A', 'kr1', 10, 20, 15],
        ]),
      ]),
    );
    expect([
      reading.plan.headerRow,
      reading.plan.objectives[0].title,
      reading.plan.objectives[0].keyResults[0].current,
    ]).toEqual([1, 'A', 15]);
  });

  it('takes leading/lagging from group rows like "Leading indicators" when the row does not say', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          HEADER,
          ['Objective 1: A'],
          [null, 'Leading indicators'],
          [null, 'kr1', 1, 2, 1, ''],
          [null, 'Indicateurs retardés'],
          [null, 'kr2', 1, 2, 1, ''],
          ['Objective 2: B'],
          [null, 'kr3', 1, 2, 1, ''],
        ]),
      ]),
    );
    expect(
      reading.plan.objectives.map((o) => o.keyResults.map((kr) => [kr.title, kr.indicator])),
    ).toEqual([
      [
        ['kr1', 'leading'],
        ['kr2', 'lagging'],
      ],
      [['kr3', null]],
    ]);
  });

  it('takes leading/lagging from brackets in the title when no column says', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          HEADER,
          ['A', 'Classrooms using models (leading)', 1, 2, 1, ''],
          ['A', 'Grade 6 test [lagging]', 1, 2, 1, ''],
          ['A', 'Walks (of 120 observed)', 1, 2, 1, ''],
          ['A', 'Walkthroughs (lead: principals)', 1, 2, 1, ''],
        ]),
      ]),
    );
    expect(reading.plan.objectives[0].keyResults.map((kr) => kr.indicator)).toEqual([
      'leading',
      'lagging',
      null,
      null,
    ]);
  });

  it('skips a Total row even when it carries numbers', () => {
    const reading = ok(
      readPlan([table('Plan', [HEADER, ['A', 'kr1', 1, 2, 1, ''], ['Total', null, 1, 2, 1, '']])]),
    );
    expect(reading.plan.objectives.flatMap((o) => o.keyResults.map((kr) => kr.title))).toEqual([
      'kr1',
    ]);
    expect(reading.diagnostics.map((d) => d.code)).not.toContain('values-without-key-result');
  });

  it('splits owners written one per line', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          [...HEADER, 'Owner'],
          ['A', 'kr1', 1, 2, 1, '', 'K. Diaz\nPD  team'],
        ]),
      ]),
    );
    expect(reading.plan.objectives[0].keyResults[0].owners).toEqual(['K. Diaz', 'PD team']);
  });

  it('reads a tab named like an owned one when the coordinator asks for it by name', () => {
    const reading = readPlan([table('Summary', [HEADER, ['A', 'kr1', 1, 2, 1, '']])], {
      sheet: 'Summary',
    });
    expect(reading.ok).toBe(true);
  });
});

describe('readPlan: columns', () => {
  it('reports missing expected columns instead of guessing', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          ['Key result', 'Target'],
          ['kr1', 10],
        ]),
      ]),
    );
    const missing = reading.diagnostics
      .filter((d) => d.code === 'missing-column')
      .map((d) => render('en', d.message));
    expect(missing).toEqual([
      'No "Objective" column was found; check the column mapping.',
      'No "Baseline" column was found; check the column mapping.',
      'No "Current value" column was found; check the column mapping.',
      'No "Due date" column was found; check the column mapping.',
    ]);
  });

  it('reports two columns that both look like the target and uses the first', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          ['Objective', 'Key result', 'Baseline', 'Target', 'Target', 'Current'],
          ['A', 'kr1', 1, 5, 9, 2],
        ]),
      ]),
    );
    expect(reading.plan.objectives[0].keyResults[0].target).toBe(5);
    expect(reading.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'ambiguous-column', cell: "'Plan'!E1" }),
    );
  });

  it('tells the Indicator (leading/lagging) column from the key result column by its content', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          ['Objective', 'Key Result', 'Indicator', 'Baseline', 'Target'],
          ['A', 'kr1', 'Leading', 1, 2],
          ['A', 'kr2', 'Lagging', 1, 2],
        ]),
      ]),
    );
    expect(reading.map.columns).toMatchObject({ keyResult: 1, indicator: 2 });
    expect(reading.plan.objectives[0].keyResults.map((kr) => kr.indicator)).toEqual([
      'leading',
      'lagging',
    ]);
  });

  it.each([
    [
      'a "Goal" column of numbers is the target',
      ['Objective', 'Measure', 'Baseline', 'Goal', 'Current'],
      ['A', 'kr1', 10, 20, 15],
      { objective: 0, target: 3 },
    ],
    [
      'a "Target" column of dates is the due date, not the target',
      ['Objective', 'Key result', 'Baseline', 'Goal value', 'Target', 'Now'],
      ['A', 'kr1', 10, 20, '2026-06-15', 15],
      { target: 3, due: 4, current: 5 },
    ],
    [
      'an "Objectif chiffré" column of numbers is the target',
      ['Objectif', 'Indicateur', 'Départ', 'Objectif chiffré', 'Actuel'],
      ['A', 'kr1', 10, 20, 15],
      { objective: 0, target: 3 },
    ],
    [
      'a "Start" column of numbers is the baseline',
      ['Objective', 'Key result', 'Start', 'Target', 'Current'],
      ['A', 'kr1', 10, 20, 15],
      { baseline: 2, target: 3 },
    ],
  ])('%s', (_, header, row, columns) => {
    const reading = ok(readPlan([table('Plan', [header as CellValue[], row as CellValue[]])]));
    expect(reading.map.columns).toMatchObject(columns);
    expect(reading.plan.objectives[0].keyResults[0]).toMatchObject({
      baseline: 10,
      target: 20,
      current: 15,
    });
  });

  it('uses a mapping the coordinator confirmed, even when the headers say otherwise', () => {
    const values: CellValue[][] = [
      ['Col A', 'Col B', 'Col C'],
      ['A', 'kr1', 7],
    ];
    const reading = ok(
      readPlan([table('Mine', values)], {
        map: {
          v: 2,
          sheet: 'Mine',
          headerRow: 0,
          columns: { objective: 0, keyResult: 1, current: 2 },
          reasons: {},
        },
      }),
    );
    expect(reading.plan.objectives[0].keyResults[0]).toMatchObject({ title: 'kr1', current: 7 });
  });

  it('reads day-first dates in a sheet that writes 15/06/2026 elsewhere', () => {
    const reading = ok(
      readPlan([
        table('Plan', [
          HEADER,
          ['A', 'kr1', 1, 2, 1, '05/06/2026'],
          ['A', 'kr2', 1, 2, 1, '15/06/2026'],
        ]),
      ]),
    );
    expect(reading.plan.objectives[0].keyResults.map((kr) => kr.due)).toEqual([
      '2026-06-05',
      '2026-06-15',
    ]);
  });
});

describe('readPlan: choosing the sheet', () => {
  const plan = table('2025-26 Plan', [HEADER, ['A', 'kr1', 1, 2, 1, '']]);

  it('never lets a Read me, Budget or Lists tab win', () => {
    const reading = ok(
      readPlan([
        table('Read me', [['How to use this plan'], ['Update the "Now" column monthly.']]),
        table('Budget', [
          ['Item', 'Cost', 'Owner', 'Due'],
          ['Desmos', 1200, 'IT', '2026-01-01'],
        ]),
        table('Lists', [['Leading', 'Lagging']]),
        plan,
      ]),
    );
    expect(reading.plan.sheet).toBe('2025-26 Plan');
    expect(reading.candidates.map((c) => c.sheet)).toEqual([
      'Read me',
      'Budget',
      'Lists',
      '2025-26 Plan',
    ]);
  });

  it('never reads a tab Throughline owns as the plan, in either language', () => {
    const lookalike = (name: string) => table(name, plan.values);
    const reading = readPlan([
      lookalike('Dashboard'),
      lookalike('Tableau de bord'),
      lookalike('Check-ins'),
      lookalike('Suivis'),
    ]);
    expect(reading.ok).toBe(false);
  });

  it('says which sheets it looked at and why none matched', () => {
    const reading = readPlan([table('Read me', [['Hello']]), table('Evidence', [['Clip ID']])]);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error.code).toBe('no-plan-table');
    expect(render('en', reading.error.message)).toContain(
      "'Read me' (no header row naming a key result column",
    );
    expect(render('en', reading.error.message)).toContain("'Evidence' (a tab Throughline owns");
    expect(render('fr', reading.error.message)).toContain('Aucun tableau de plan trouvé');
  });

  it('reads the sheet asked for, and says when it does not exist', () => {
    const other = table('Other plan', [HEADER, ['Z', 'krZ', 1, 2, 1, '']]);
    expect(ok(readPlan([plan, other], { sheet: 'Other plan' })).plan.objectives[0].title).toBe('Z');
    const missing = readPlan([plan], { sheet: 'Nope' });
    expect(missing.ok === false && missing.error.code).toBe('sheet-not-found');
  });
});

describe('readPlan: ids', () => {
  it('derives ids from titles, and uses the ids the host gives by row', () => {
    const values: CellValue[][] = [HEADER, ['A', 'kr1', 1, 2, 1, ''], ['A', 'kr2', 1, 2, 1, '']];
    const derived = ok(readPlan([table('Plan', values)])).plan.objectives[0].keyResults;
    expect(derived[0].id).toBe(keyResultIdFor('A', 'kr1'));
    const given = ok(readPlan([table('Plan', values)], { keyResultIds: { 2: 'kr-from-metadata' } }))
      .plan.objectives[0].keyResults;
    expect(given.map((kr) => kr.id)).toEqual([keyResultIdFor('A', 'kr1'), 'kr-from-metadata']);
  });

  it('keeps ids unique when a key result appears twice under one objective', () => {
    const reading = ok(
      readPlan([table('Plan', [HEADER, ['A', 'kr1', 1, 2, 1, ''], ['A', 'kr1', 3, 4, 3, '']])]),
    );
    const ids = reading.plan.objectives[0].keyResults.map((kr) => kr.id);
    expect(new Set(ids).size).toBe(2);
    expect(reading.diagnostics.map((d) => d.code)).toContain('duplicate-key-result');
  });
});
