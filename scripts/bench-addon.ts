/**
 * Benchmark of the add-on against the counting Sheets fake: SpreadsheetApp calls of a steady refresh,
 * a 20-clip batch and a catalog request, at every plan size from a small plan to a district's (40 key
 * results, 200 schools, 50,000 evidence rows), with the five methods called most, against the targets
 * (a refresh ≤ 30, a batch ≤ 8, a catalog ≤ 6, the same count at every size). Google's own latency
 * per call is not included: each call is one round trip in Apps Script.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildAddon, ADDON_OUT_DIR } from './build-addon';
import { countCalls } from '../test/apps-script/fake/call-log';
import { loadAddon, type LoadedAddon } from '../test/apps-script/fake/load-addon';
import {
  SPREADSHEET_SERVICES,
  largeSpreadsheet,
  setUpAndResetCounts,
} from '../test/apps-script/fixtures/large-world';
import { decodePairingCode } from '../shared/pairing-code';
import type { FakeSpreadsheet } from '../test/apps-script/fake/fake-spreadsheet';

const NOW = '2026-01-15T15:00:00Z';

/** What each operation may cost, whatever the plan's size. */
export const CALL_TARGETS = { refresh: 30, batch: 8, catalog: 6 } as const;

/** Counts measured the same way before the call budget (commit d2c70f4), by size label. */
const BEFORE: Record<string, Record<'refresh' | 'batch' | 'catalog', number>> = {
  '5 KRs / 3 schools / 10 evidence': { refresh: 153, batch: 64, catalog: 46 },
  '40 KRs / 200 schools / 10 evidence': { refresh: 258, batch: 169, catalog: 151 },
  '40 KRs / 200 schools / 50,000 evidence': { refresh: 258, batch: 182, catalog: 151 },
};

export const BENCH_SIZES = [
  { keyResults: 5, schools: 3, evidence: 10 },
  { keyResults: 40, schools: 200, evidence: 10 },
  { keyResults: 40, schools: 200, evidence: 50_000 },
];

export interface OperationCount {
  calls: number;
  top: string;
  ms: number;
}

function spreadsheetCalls(spreadsheet: FakeSpreadsheet, run: () => void): OperationCount {
  spreadsheet.log.counts.clear();
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  const top = [...spreadsheet.log.counts]
    .filter(([name]) => SPREADSHEET_SERVICES.some((p) => name.startsWith(p)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.BENCH_TOP ?? 5))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  return { calls: countCalls(spreadsheet.log, SPREADSHEET_SERVICES), top, ms };
}

function post(addon: LoadedAddon, body: unknown): { ok: boolean } {
  const output = addon.call('doPost', {
    postData: { contents: JSON.stringify(body), type: 'text/plain' },
  }) as { getContent(): string };
  return JSON.parse(output.getContent()) as { ok: boolean };
}

/** Refresh, 20-clip batch and catalog on one plan size, each after a first run (steady state). */
export function measureSize(size: {
  keyResults: number;
  schools: number;
  evidence: number;
}): Record<'refresh' | 'batch' | 'catalog', OperationCount> {
  const spreadsheet = largeSpreadsheet(size);
  const addon = loadAddon({ now: NOW, world: { spreadsheet } });
  setUpAndResetCounts(addon, spreadsheet);
  addon.call('refreshDashboard');
  const refresh = spreadsheetCalls(spreadsheet, () => addon.call('refreshDashboard'));
  const code = (addon.call('connectCoach', 'Coach 1') as { code: string }).code;
  const pairing = decodePairingCode(code);
  if (!pairing.ok) throw new Error('the bench could not pair a coach');
  const secret = pairing.pairing.secret;
  const catalogReply = post(addon, { v: 1, kind: 'catalog', secret }) as {
    ok: boolean;
    catalog?: { objectives: { keyResults: { id: string }[] }[] };
  };
  const keyResultId = catalogReply.catalog?.objectives[0].keyResults[0].id ?? '';
  const batchOf = (from: number) => ({
    v: 1,
    kind: 'clip',
    secret,
    items: Array.from({ length: 20 }, (_, i) => ({
      id: `bench-clip-${from + i}`,
      capturedAt: '2026-01-15T10:00:00Z',
      keyResultId,
      school: 'School 001',
      practice: 'Teaching through problem solving',
      type: 'observation',
      quote: `Students compared 3/4 and 5/8 (${from + i}).`,
    })),
  });
  post(addon, batchOf(0));
  const batch = spreadsheetCalls(spreadsheet, () => {
    if (!post(addon, batchOf(20)).ok) throw new Error('the bench clip batch was refused');
  });
  const catalog = spreadsheetCalls(spreadsheet, () =>
    post(addon, { v: 1, kind: 'catalog', secret }),
  );
  return { refresh, batch, catalog };
}

export async function benchAddon(): Promise<{ name: string; value: string }[]> {
  if (!existsSync(`${ADDON_OUT_DIR}/Code.js`)) await buildAddon();
  const rows: { name: string; value: string }[] = [];
  for (const size of BENCH_SIZES) {
    const m = measureSize(size);
    const label = `${size.keyResults} KRs / ${size.schools} schools / ${size.evidence.toLocaleString('en-US')} evidence`;
    for (const op of ['refresh', 'batch', 'catalog'] as const) {
      const within = m[op].calls <= CALL_TARGETS[op] ? 'ok' : 'OVER';
      const before = BEFORE[label]?.[op];
      rows.push({
        name: `add-on ${op}, ${label}: SpreadsheetApp calls (target ≤ ${CALL_TARGETS[op]})`,
        value: `${m[op].calls} ${within}${before ? ` (before: ${before})` : ''} — ${m[op].top}`,
      });
    }
    rows.push({
      name: `add-on refresh, ${label}: time in fake`,
      value: `${Math.round(m.refresh.ms)} ms`,
    });
  }
  return rows;
}

if (process.argv[1]?.endsWith('bench-addon.ts')) {
  for (const row of await benchAddon()) console.log(`${row.name}: ${row.value}`);
}
