/** Small plans for plan-health tests: objectives of key results with sensible defaults. */
import type { KeyResult, Objective, Plan } from '../../../shared/plan-schema';
import type { PlanMap } from '../../../shared/read-plan';

let nextRow = 1;

export function kr(title: string, overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: `kr-${title}`,
    title,
    indicator: 'leading',
    baseline: 10,
    target: 20,
    current: 15,
    unit: null,
    owners: ['A', 'B'],
    start: null,
    due: '2026-06-30',
    direction: 'increase',
    row: nextRow++,
    ...overrides,
  };
}

export function objective(
  title: string,
  keyResults: KeyResult[],
  row = keyResults[0]?.row ?? nextRow++,
): Objective {
  return { id: `obj-${title}`, title, row, keyResults };
}

export function plan(objectives: Objective[]): Plan {
  return { sheet: 'Plan', title: null, vision: null, headerRow: 0, objectives };
}

export const MAPPING: PlanMap = {
  v: 2,
  sheet: 'Plan',
  headerRow: 0,
  columns: {
    objective: 0,
    keyResult: 1,
    indicator: 2,
    baseline: 3,
    target: 4,
    current: 5,
    owner: 6,
    due: 7,
  },
  reasons: {},
};
