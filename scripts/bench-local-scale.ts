/**
 * Local mode against a real district's workbook, for `npm run bench`: `npm start` (its bundle) runs in its own
 * process on workbooks with 500, 20,000 and 50,000 evidence rows; we time its start-up, 20-clip
 * batches over loopback (p50/p95), its shutdown (the last merge into the file), and read its peak
 * memory from the kernel. Each figure carries the target the issue set for it.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { evidenceHeaders, evidenceRow } from '../shared/evidence-row';
import { evidenceItemSchema } from '../shared/protocol';
import { buildDemoWorkbook } from '../local/server/demo/build-demo-workbook';
import { PlanSession } from '../local/server/plan-session';
import { spawnServer } from '../test/local/local-harness';
import { bundleFor } from './local-bundle.cjs';
import { bigWorkbookFigures } from './bench-local-big';

const TODAY = '2026-01-15';
/**
 * 100, so that p95 is a percentile (the sixth-slowest batch) rather than the second-slowest of a
 * handful, which one scheduler hiccup decides.
 */
const BATCHES = 100;
const BATCH_SIZE = 20;
/** Pause between batches, so the background merge (due 3 s after the first clips) lands among them. */
const GAP_MS = 150;

export interface Figure {
  name: string;
  value: string;
  target?: string;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

/** One clip as the extension sends it; `n` makes the id and the passage unique. */
export function benchClip(n: number, keyResultId: string): Record<string, unknown> {
  return {
    id: `bench-${String(n).padStart(7, '0')}`,
    capturedAt: '2026-01-14T09:30:00Z',
    keyResultId,
    school: 'Maple Elementary',
    type: 'observation',
    quote: `Students compared fractions on a number line (lesson ${n}) and explained their reasoning to a partner.`,
  };
}

/** A demo workbook whose Evidence tab holds `rows` distinct clips. */
export async function workbookWithEvidence(file: string, rows: number): Promise<void> {
  await (await sessionWithEvidence(file, rows)).workbook.save();
}

/** The demo workbook written to `file` and opened, with `rows` distinct clips appended (not saved yet). */
export async function sessionWithEvidence(file: string, rows: number): Promise<PlanSession> {
  await buildDemoWorkbook(TODAY).xlsx.writeFile(file);
  const opened = await PlanSession.open(file);
  if (!opened.ok) throw new Error(opened.error.message);
  const reading = opened.session.planReading();
  const keyResults = reading.ok
    ? reading.plan.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr.title] as const))
    : [];
  const evidence = Array.from({ length: rows }, (_, i) => {
    const [id, title] = keyResults[i % keyResults.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const item = evidenceItemSchema.parse({
      ...benchClip(i, id),
      capturedAt: `2025-12-${day}T10:00:00Z`,
      type: i % 3 === 0 ? 'student-work' : 'observation',
    });
    return evidenceRow(item, title, 'Bench coach', `2025-12-${day}T10:00:00Z`);
  });
  opened.session.workbook.appendRows('Evidence', evidenceHeaders('en'), evidence);
  return opened.session;
}

export function post(endpoint: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(endpoint);
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'text/plain' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Peak resident memory of a process (Linux), or null where /proc is not available. */
function peakMemory(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function scenario(dir: string, rows: number): Promise<{ figures: Figure[]; p95: number }> {
  const file = path.join(dir, `plan-${rows}.xlsx`);
  await workbookWithEvidence(file, rows);
  return serverFigures(file, rows, { startupTarget: '' });
}

/**
 * Serves `file` (`rows` evidence rows) in its own process and measures start-up, 20-clip batches,
 * stop and peak memory (start-up, the batches and the background merge among them).
 */
export async function serverFigures(
  file: string,
  rows: number,
  options: { startupTarget: string },
): Promise<{ figures: Figure[]; p95: number }> {
  const size = (await stat(file)).size;
  const label = `${rows.toLocaleString('en')} evidence rows (${mb(size)} .xlsx)`;
  await bundleFor('start'); // built before the clock starts, as after a first `npm start`
  const served = await spawnServer(file, 'Bench coach', { bundle: true });
  try {
    const catalog = JSON.parse(
      await post(served.endpoint, JSON.stringify({ v: 1, kind: 'catalog', secret: served.secret })),
    );
    const keyResultId: string = catalog.catalog.objectives[0].keyResults[0].id;
    const times: number[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const items = Array.from({ length: BATCH_SIZE }, (_, i) =>
        benchClip(10_000_000 + b * BATCH_SIZE + i, keyResultId),
      );
      const began = performance.now();
      const reply = JSON.parse(
        await post(
          served.endpoint,
          JSON.stringify({ v: 1, kind: 'clip', secret: served.secret, items }),
        ),
      );
      times.push(performance.now() - began);
      if (!reply.ok || reply.accepted.length !== BATCH_SIZE)
        throw new Error(`batch not accepted: ${JSON.stringify(reply).slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const stopBegan = performance.now();
    const exited = new Promise((resolve) => served.child.once('exit', resolve));
    const peakBeforeStop = peakMemory(served.child.pid!);
    served.child.kill('SIGTERM');
    await exited;
    const stopMs = performance.now() - stopBegan;
    const p95 = percentile(sorted, 95);
    return {
      p95,
      figures: [
        {
          name: `start-up until serving, ${label}`,
          value: ms(served.startupMs),
          target: options.startupTarget,
        },
        {
          name: `20-clip batch answered, p50 of ${BATCHES}, ${label}`,
          value: ms(percentile(sorted, 50)),
        },
        {
          name: `20-clip batch answered, p95 of ${BATCHES}, ${label}`,
          value: ms(p95),
          target: rows >= 20_000 ? '≤ 300 ms' : '',
        },
        { name: `stop (last merge into the .xlsx saved), ${label}`, value: ms(stopMs) },
        {
          name: `server peak memory (VmHWM), ${label}`,
          value: peakBeforeStop === null ? 'n/a' : mb(peakBeforeStop),
          target: '≤ 500 MB',
        },
      ],
    };
  } finally {
    if (served.child.exitCode === null) served.child.kill('SIGKILL');
  }
}

/** Figures for 500, 20,000 and 50,000 evidence rows, and the big-to-small batch ratio. */
export async function benchLocalScale(
  dir: string,
  sizes = [500, 20_000, 50_000],
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const p95s: number[] = [];
  for (const rows of sizes) {
    const result = await scenario(dir, rows);
    figures.push(...result.figures);
    p95s.push(result.p95);
  }
  figures.push(...(await bigWorkbookFigures(dir)));
  const [small, big] = [sizes[0], sizes[sizes.length - 1]].map((n) => n.toLocaleString('en'));
  figures.push({
    name: `20-clip batch p95 at ${big} rows ÷ at ${small} rows`,
    value: `${(p95s[p95s.length - 1] / p95s[0]).toFixed(1)}×`,
    target: '≤ 2×',
  });
  return figures;
}
