/**
 * The pure core at a district's scale, as every host pays for it: one refresh (read the tabs,
 * pace, plan health, build the Dashboard and the Summary) of a 40-key-result, 200-school plan with
 * 1,000, 10,000 and 100,000 evidence rows, in Node, no spreadsheet calls. Target: under 1 s at
 * 100,000 rows and ten times less at 10,000 (Apps Script's runtime is slower than Node).
 */
import { render } from '../shared/i18n';
import { performance } from 'node:perf_hooks';
import { refreshPlan } from '../shared/refresh-plan';
import { largeTables } from '../test/apps-script/fixtures/large-world';
import { MemoryWorkbook } from '../test/apps-script/fixtures/memory-workbook';

const TODAY = '2026-01-15';

/** Milliseconds of one refresh (the median of three, after one to warm the JIT up) on fresh tables of that size. */
export function timeCoreRefresh(evidence: number): number {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const port = new MemoryWorkbook(largeTables({ keyResults: 40, schools: 200, evidence }));
    const start = performance.now();
    const result = refreshPlan(port, TODAY, 'en');
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(render('en', result.error.message));
  }
  return times.slice(1).sort((a, b) => a - b)[1];
}

export async function benchCore(): Promise<{ name: string; value: string }[]> {
  return [1_000, 10_000, 100_000].map((evidence) => ({
    name: `core refresh, 40 KRs / 200 schools / ${evidence.toLocaleString('en-US')} evidence (target ${evidence >= 100_000 ? '< 1 s' : evidence >= 10_000 ? '< 100 ms' : '—'})`,
    value: `${Math.round(timeCoreRefresh(evidence))} ms`,
  }));
}

if (process.argv[1]?.endsWith('bench-core.ts')) {
  for (const row of await benchCore()) console.log(`${row.name}: ${row.value}`);
}
