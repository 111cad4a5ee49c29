/**
 * Issue 8's figures for `npm run bench`: how many generated plans today's reader reads right, and
 * how long reading one takes — the mean over the 2,000 seeds, a 40-key-result plan and a 5,000-row sheet — each
 * beside its target.
 */
import { median, readGenerated } from '../test/plan-generator/evaluate';

interface Figure {
  name: string;
  value: string;
}

const SEEDS = 2000;

export async function benchGenerated(): Promise<Figure[]> {
  const results = Array.from({ length: SEEDS }, (_, i) => readGenerated(i + 1));
  const right = results.filter((r) => r.mismatches.length === 0).length;
  const mean = results.reduce((a, r) => a + r.ms, 0) / SEEDS;
  const krRight = results.reduce((a, r) => a + r.keyResults.right, 0);
  const krTotal = results.reduce((a, r) => a + r.keyResults.total, 0);
  const large = Array.from({ length: 21 }, (_, i) => readGenerated(i + 1, { keyResults: 40 }).ms);
  const huge = Array.from({ length: 3 }, (_, i) => readGenerated(i + 1, { keyResults: 5000 }));
  return [
    { name: 'generated plans read right', value: `${right}/${SEEDS} (target ${SEEDS}/${SEEDS})` },
    {
      name: 'key results of generated plans read right',
      value: `${krRight}/${krTotal} (target ${krTotal}/${krTotal})`,
    },
    {
      name: 'reading time per generated plan, mean',
      value: `${mean.toFixed(1)} ms (target well under 100 ms)`,
    },
    {
      name: 'reading time per 40-KR generated plan, median of 21',
      value: `${median(large).toFixed(1)} ms (target < 100 ms)`,
    },
    {
      name: 'reading time for a 5,000-key-result sheet, median of 3',
      value: `${median(huge.map((r) => r.ms)).toFixed(0)} ms (target < 1 s)`,
    },
  ];
}
