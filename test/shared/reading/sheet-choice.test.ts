// Which tab of a workbook is the plan: helper tabs lose, the later school year wins a tie, a tab
// named like one Throughline writes is never read but the message says why.
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetTable } from '../../../shared/cells';
import { isHelperTabName, schoolYearInName } from '../../../shared/reading/sheet-choice';
import { render } from '../../../shared/i18n';
import { readPlan } from '../../../shared/read-plan';

const HEADER = ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Due'];
const table = (name: string, rows: CellValue[][]): SheetTable => ({ name, values: rows });
const plan = (name: string, krs: number) =>
  table(name, [
    HEADER,
    ...Array.from({ length: krs }, (_, i) => ['A', `kr${i}`, 1, 2, 1, '2026-06-30']),
  ]);

describe('which tab the reader takes for the plan', () => {
  it.each([
    [
      'a Read me with the whole header and an example row, placed first',
      [plan('Read me', 1), plan('Plan', 1)],
      'Plan',
    ],
    [
      'Instructions, Budget and Lists around the plan',
      [
        plan('Instructions', 3),
        table('Budget', [
          ['Item', 'Target', 'Actual'],
          ['Stipends', 4, 2],
        ]),
        plan('Math plan', 2),
        plan('Lists', 5),
      ],
      'Math plan',
    ],
    [
      'last year and this year, last year with more rows',
      [plan('2024-25 Plan', 6), plan('2025-26 Plan', 3)],
      '2025-26 Plan',
    ],
    [
      '"Plan 2025-2026" after "Plan 2026-2027"',
      [plan('Plan 2026-2027', 2), plan('Plan 2025-2026', 4)],
      'Plan 2026-2027',
    ],
    [
      'two tabs without years: the one with more key results',
      [plan('Draft', 1), plan('Plan', 4)],
      'Plan',
    ],
    [
      '"Copy of Plan" placed first, with more rows',
      [plan('Copy of Plan', 5), plan('Plan', 3)],
      'Plan',
    ],
    ['"Plan (old)" and "Plan"', [plan('Plan (old)', 5), plan('Plan', 3)], 'Plan'],
    [
      'only a helper tab holds a plan: it is still read',
      [table('Notes', [['Hello']]), plan('Template', 2)],
      'Template',
    ],
  ])('%s', (_, sheets, expected) => {
    const reading = readPlan(sheets);
    expect(reading.ok && reading.map.sheet).toBe(expected);
  });

  describe('when today is known, a tab naming a school year that has ended', () => {
    // Every school year from 2019-20 to 2030-31, read on a day of the following year, with the old
    // copy before or after this year's tab, and with more or fewer rows than it.
    const cases = Array.from({ length: 12 }, (_, i) => 2019 + i).flatMap((year) =>
      [true, false].flatMap((copyFirst) =>
        [2, 6].map((copyRows) => ({ year, copyFirst, copyRows })),
      ),
    );
    const label = (year: number) => `${year}-${String((year + 1) % 100).padStart(2, '0')}`;

    it.each(cases)(
      "is last year's copy of a tab naming no year ($year, copy first: $copyFirst, $copyRows rows)",
      ({ year, copyFirst, copyRows }) => {
        const copy = plan(`Plan ${label(year)}`, copyRows);
        const current = plan('Math plan', 4);
        const sheets = copyFirst ? [copy, current] : [current, copy];
        const reading = readPlan(sheets, { today: `${year + 1}-10-15` });
        expect(reading.ok && reading.map.sheet).toBe('Math plan');
        expect(reading.ok && (reading.map.moreSheets ?? [])).toEqual([]);
      },
    );

    it.each(cases)(
      'is still the plan when no other tab holds its key results ($year, $copyRows rows)',
      ({ year, copyRows }) => {
        const steps = table('Action steps', [
          ['Action step', 'Owner', 'Cost', 'Start', 'Target date'],
          ...Array.from({ length: 4 }, (_, i) => [`Step ${i}`, 'Coach', 1000 * i, 3, '2026-05-01']),
        ]);
        const named = plan(`Plan ${label(year)}`, copyRows);
        const reading = readPlan([steps, named], { today: `${year + 2}-02-01` });
        expect(reading.ok && reading.map.sheet).toBe(`Plan ${label(year)}`);
      },
    );

    it("is this year's plan while its school year runs", () => {
      const sheets = [plan('Plan 2025-26', 3), plan('Math plan', 3)];
      const during = readPlan(sheets, { today: '2026-03-01' });
      const after = readPlan(sheets, { today: '2026-09-15' });
      expect(during.ok && during.map.sheet).not.toBe('Math plan');
      expect(after.ok && after.map.sheet).toBe('Math plan');
    });
  });

  it('refuses a header of two plan words with nothing under it, and says so', () => {
    const choice = readPlan([table('Read me', [['How to fill'], ['Key result', 'Baseline']])]);
    expect(choice.ok).toBe(false);
    expect(render('en', choice.candidates[0].reason)).toBe(
      'a header-like row on row 2 with no key results under it',
    );
  });

  it('never reads a tab named like one Throughline writes, and explains how to fix it', () => {
    const choice = readPlan([plan('Dashboard', 2)]);
    expect(choice.ok).toBe(false);
    expect(render('en', choice.candidates[0].reason)).toBe(
      'holds a plan but is named like a tab Throughline writes; rename it (e.g. "Plan") so it is read as the plan',
    );
  });
});

describe('schoolYearInName', () => {
  it.each([
    ['2025-26 Plan', 2026],
    ['Plan 2025-2026', 2026],
    ['Plan 25-26', 2026],
    ['PAR 2025_2026', 2026],
    ['Plan 2026', 2026],
    ['Plan', null],
    ['Plan v2-3', null],
  ])('%s → %s', (name, year) => {
    expect(schoolYearInName(name)).toBe(year);
  });
});

describe('isHelperTabName', () => {
  it.each([
    ['Read me', true],
    ['README', true],
    ['Lisez-moi', true],
    ['Instructions', true],
    ['Budget 2025-26', true],
    ['Lists', true],
    ['Listes déroulantes', true],
    ['Exemple', true],
    ['Copy of Plan', true],
    ['Copie de Plan 2025-26', true],
    ['Plan - backup', true],
    ['Plan', false],
    ['Suivi du plan', false],
    ['Math Plan 25-26', false],
  ])('%s → %s', (name, helper) => {
    expect(isHelperTabName(name)).toBe(helper);
  });
});
