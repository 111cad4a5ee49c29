// Benchmark-window headers ("Fall | Winter | Spring", "Q1", "Étape 2", "Jan 2026 data", real dates)
// give the current value when a plan has no Current column.
import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import { readPlan } from '../../../shared/read-plan';
import { isPeriodHeader } from '../../../shared/reading/period-columns';

describe('isPeriodHeader', () => {
  it.each<[CellValue, boolean]>([
    ['Fall', true],
    ['Winter 2026', true],
    ['Spring benchmark', true],
    ['BOY', true],
    ['MOY', true],
    ['Q2', true],
    ['Quarter 3', true],
    ['T1', true],
    ['Étape 2', true],
    ['Trimestre 1', true],
    ['Jan 2026 data', true],
    ['Sept', true],
    ['Résultat janvier', true],
    ['Checkpoint 2', true],
    ['Valeur au 15 janvier', true],
    ['Value as of Jan 15', true],
    ['Résultat en date du 12 décembre', true],
    [new Date(Date.UTC(2025, 9, 1)), true],
    ['Baseline', false],
    ['Target', false],
    ['Owner', false],
    ['Key result', false],
    ['Notes', false],
    ['2026', false],
    ['Data', false],
    [42, false],
  ])('%j → %s', (header, expected) => {
    expect(isPeriodHeader(header)).toBe(expected);
  });
});

describe('readPlan with benchmark windows and no Current column', () => {
  const read = (rows: CellValue[][]) => {
    const reading = readPlan([{ name: 'Plan', values: rows }]);
    if (!reading.ok) throw new Error(render('en', reading.error.message));
    return reading;
  };

  it('takes the latest filled window as current, row by row, and says so', () => {
    const reading = read([
      ['Objective', 'Key result', 'Baseline', 'Fall', 'Winter', 'Spring', 'Target', 'Due'],
      ['A', 'kr1', 40, 42, 47, null, 60, '2026-06-30'],
      ['A', 'kr2', 5, 8, '-', null, 30, '2026-06-30'],
      ['A', 'kr3', 5, null, null, null, 30, '2026-06-30'],
    ]);
    expect(reading.plan.objectives[0].keyResults.map((kr) => kr.current)).toEqual([47, 8, null]);
    expect(reading.map.series).toEqual([3, 4, 5]);
    expect(reading.diagnostics.map((d) => d.code)).toEqual(['current-from-periods']);
    expect(reading.diagnostics[0].cell).toBe("'Plan'!D1");
  });

  it('reads the first window as the baseline when there is no Baseline column', () => {
    const reading = read([
      ['Goal', 'Measure', 'BOY', 'MOY', 'EOY', 'EOY Goal', 'Due'],
      ['A', 'kr1', 38, 45, null, 60, '2026-06-30'],
    ]);
    expect(reading.plan.objectives[0].keyResults[0]).toMatchObject({
      baseline: 38,
      current: 45,
      target: 60,
      direction: 'increase',
    });
  });

  it('takes "Q1 … Q4" columns ticked with "X" for a timeline, not values', () => {
    const reading = read([
      ['Objective', 'Key result', 'Baseline', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Due'],
      ['A', 'kr1', 40, 60, 'X', 'X', null, null, '2026-06-30'],
      ['A', 'kr2', 5, 30, null, 'X', 'X', null, '2026-06-30'],
    ]);
    expect(reading.map.series).toBeUndefined();
    expect(reading.diagnostics.map((d) => d.code)).toEqual(['missing-column']);
  });

  it('leaves windows alone when a Current column exists', () => {
    const reading = read([
      ['Objective', 'Key result', 'Baseline', 'Fall', 'Winter', 'Current', 'Target', 'Due'],
      ['A', 'kr1', 40, 42, 47, 44, 60, '2026-06-30'],
    ]);
    expect(reading.plan.objectives[0].keyResults[0].current).toBe(44);
    expect(reading.map.series).toBeUndefined();
  });
});
