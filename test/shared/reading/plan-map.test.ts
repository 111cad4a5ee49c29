// The PlanMap: the reader returns the choices it made; a coordinator's map (columns and structure)
// is read as given and always beats the guess; older saved mappings are upgraded.
import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetTable } from '../../../shared/cells';
import { readPlan, type PlanMap, type PlanReading } from '../../../shared/read-plan';
import { parsePlanMap, upgradePlanMap } from '../../../shared/reading/plan-map';

const ok = (reading: PlanReading) => {
  if (!reading.ok) throw new Error(render('en', reading.error.message));
  return reading;
};
const shape = (reading: PlanReading) =>
  ok(reading).plan.objectives.map((o) => [
    o.title,
    o.keyResults.map((kr) => [kr.title, kr.baseline, kr.current, kr.target]),
  ]);

const QUARTERS: CellValue[][] = [
  ['Math plan 2025-26'],
  ['Key result', 'Baseline', 'Q1', 'Q2', 'Q3', 'Q4', 'Target'],
  ['Goal 1: Fluency'],
  ['Grade 4 fluent', 40, 42, 45, null, null, 60],
  ['Total', 40, 42, 45, null, null, 60],
  ['Goal 2: Reasoning'],
  ['Rubric average', 2.1, 2.2, null, null, null, 3],
];
const plan: SheetTable = { name: 'Plan', values: QUARTERS };

describe('the reading the reader returns', () => {
  it('says which tab, header, columns and series it used, where objectives come from, and which rows it skipped and why', () => {
    const { map } = ok(readPlan([plan]));
    expect(map).toMatchObject({
      v: 2,
      sheet: 'Plan',
      headerRow: 1,
      columns: { keyResult: 0, baseline: 1, target: 6 },
      series: [2, 3, 4, 5],
      objectives: 'rows',
      setBy: 'reader',
    });
    expect(map.skippedRows).toEqual([
      { row: 2, why: 'objective' },
      { row: 4, why: 'summary-row' },
      { row: 5, why: 'objective' },
    ]);
    expect(shape(readPlan([plan]))).toEqual([
      ['Fluency', [['Grade 4 fluent', 40, 45, 60]]],
      ['Reasoning', [['Rubric average', 2.1, 2.2, 3]]],
    ]);
  });
});

describe("a coordinator's map", () => {
  const guessed = ok(readPlan([plan])).map;

  it('beats the guess: the current value is read from Q1 only, and the title from the coordinator’s column', () => {
    const map: PlanMap = { ...guessed, series: [2], setBy: 'coordinator' };
    expect(shape(readPlan([plan], { map }))[0]).toEqual([
      'Fluency',
      [['Grade 4 fluent', 40, 42, 60]],
    ]);
    expect(shape(readPlan([plan]))[0]).toEqual(['Fluency', [['Grade 4 fluent', 40, 45, 60]]]);
  });

  it('can say the plan has no objectives to read: every key result under "(no objective)"', () => {
    const map: PlanMap = { ...guessed, objectives: 'none', setBy: 'coordinator' };
    expect(shape(readPlan([plan], { map })).map(([title]) => title)).toEqual([null]);
  });

  it('can read one tab per objective, each titled by the line above its header', () => {
    const tab = (name: string, title: string, kr: string): SheetTable => ({
      name,
      values: [[title], ['Key result', 'Baseline', 'Current', 'Target'], [kr, 1, 2, 3]],
    });
    const sheets = [
      tab('G1', 'Objective 1: Fluency', 'kr one'),
      tab('G2', 'Objective 2: Reasoning', 'kr two'),
    ];
    const map: PlanMap = {
      v: 2,
      sheet: 'G1',
      moreSheets: ['G2'],
      headerRow: 1,
      columns: { keyResult: 0, baseline: 1, current: 2, target: 3 },
      reasons: {},
      objectives: 'tabs',
      setBy: 'coordinator',
    };
    const read = ok(readPlan(sheets, { map }));
    expect(
      read.plan.objectives.map((o) => [o.title, o.sheet, o.keyResults.map((kr) => kr.title)]),
    ).toEqual([
      ['Fluency', 'G1', ['kr one']],
      ['Reasoning', 'G2', ['kr two']],
    ]);
  });
});

describe('saved maps', () => {
  it('upgrades a version-1 column mapping (periods → series) and marks it as the coordinator’s', () => {
    expect(
      upgradePlanMap({
        sheet: 'Plan',
        headerRow: 1,
        columns: { keyResult: 0 },
        reasons: {},
        periods: [2, 3],
      }),
    ).toEqual({
      v: 2,
      sheet: 'Plan',
      headerRow: 1,
      columns: { keyResult: 0 },
      reasons: {},
      series: [2, 3],
      setBy: 'coordinator',
    });
  });

  it.each([
    ['{"v": 1, "mapping": {"sheet": "Plan", "headerRow": 0, "columns": {"keyResult": 1}}}', true],
    ['{"v": 2, "sheet": "Plan", "headerRow": 0, "columns": {"keyResult": 1}, "reasons": {}}', true],
    ['{"v": 2, "sheet": "Plan", "headerRow": -1, "columns": {}, "reasons": {}}', false],
    ['{"v": 2, "sheet": "Plan", "headerRow": 0, "columns": {"colour": 1}, "reasons": {}}', false],
    ['not json', false],
  ])('parses %s → %s', (text, readable) => {
    expect(parsePlanMap(text).ok).toBe(readable);
  });
});
