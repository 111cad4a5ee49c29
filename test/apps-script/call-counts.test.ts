import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './fake/ensure-built';
import { CALL_TARGETS, measureSize } from '../../scripts/bench-addon';

beforeAll(ensureBuilt);

describe('SpreadsheetApp calls do not grow with the plan', () => {
  it('a steady refresh, a 20-clip batch and a catalog stay within their targets, the same at every size', () => {
    const sizes = [
      { keyResults: 5, schools: 3, evidence: 10 },
      { keyResults: 40, schools: 200, evidence: 5_000 },
    ];
    const counts = sizes.map((size) => measureSize(size));
    for (const op of ['refresh', 'batch', 'catalog'] as const) {
      for (const count of counts)
        expect(count[op].calls, `${op}: ${count[op].top}`).toBeLessThanOrEqual(CALL_TARGETS[op]);
      expect(new Set(counts.map((count) => count[op].calls)).size, op).toBe(1);
    }
  }, 60_000); // 5,000 rows through the counting fakes: seconds, not a timing test
});
