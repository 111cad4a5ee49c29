/**
 * Benchmark of the add-on's refresh on a district-sized sheet (40 key results, 200 schools) with 10
 * and 50,000 evidence rows: SpreadsheetApp calls (which should not grow with the evidence) and the
 * time the built Code.js takes against the in-memory fake (Google's own latency per call not included).
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildAddon, ADDON_OUT_DIR } from './build-addon';
import { countCalls } from '../test/apps-script/fake/call-log';
import { loadAddon } from '../test/apps-script/fake/load-addon';
import { SPREADSHEET_SERVICES, largeSpreadsheet, setUpAndResetCounts } from '../test/apps-script/fixtures/large-world';

const NOW = '2026-01-15T15:00:00Z';

function measure(evidence: number): { calls: number; reads: number; writes: number; ms: number } {
  const spreadsheet = largeSpreadsheet({ keyResults: 40, schools: 200, evidence });
  const addon = loadAddon({ now: NOW, world: { spreadsheet } });
  setUpAndResetCounts(addon, spreadsheet); // a refresh after Set up: mapping saved, key-result rows tagged
  const start = performance.now();
  addon.call('refreshDashboard');
  const ms = performance.now() - start;
  const count = (name: string) => spreadsheet.log.counts.get(name) ?? 0;
  return { calls: countCalls(spreadsheet.log, SPREADSHEET_SERVICES), reads: count('Range.getValues'), writes: count('Range.setValues'), ms };
}

export async function benchAddon(): Promise<{ name: string; value: string }[]> {
  if (!existsSync(`${ADDON_OUT_DIR}/Code.js`)) await buildAddon();
  const rows: { name: string; value: string }[] = [];
  for (const evidence of [10, 50_000]) {
    const m = measure(evidence);
    const label = `add-on refresh, 40 KRs / 200 schools / ${evidence.toLocaleString('en-US')} evidence rows`;
    rows.push({ name: `${label}: SpreadsheetApp calls`, value: `${m.calls} (getValues ${m.reads}, setValues ${m.writes})` });
    rows.push({ name: `${label}: time in fake`, value: `${Math.round(m.ms)} ms` });
  }
  return rows;
}

if (process.argv[1]?.endsWith('bench-addon.ts')) {
  for (const row of await benchAddon()) console.log(`${row.name}: ${row.value}`);
}
