// Issue 8's property test: the reader reads 2,000 generated plan workbooks (every category of the
// issue, English and French) exactly as the generator's truth says — every key result with its
// objective, baseline, current, target, due, indicator and direction, and nothing else.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/read-plan';
import { comparePlan, generatePlan } from '../plan-generator/index';

const SEEDS = 2000;

describe('generated plans', () => {
  it(`reads all ${SEEDS} generated plans right`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const plan = generatePlan(seed);
      const reading = readPlan(plan.sheets);
      const mismatches = reading.ok ? comparePlan(reading.plan, plan.expected) : [`no plan read: ${reading.error.message.en}`];
      if (mismatches.length > 0) failures.push(`seed ${seed} [${plan.features.join(', ')}]\n    ${mismatches.slice(0, 6).join('\n    ')}`);
    }
    const report = `${SEEDS - failures.length}/${SEEDS} generated plans read right; first failures:\n${failures.slice(0, 10).join('\n')}`;
    expect(failures.length, report).toBe(0);
  }, 300_000);
});
