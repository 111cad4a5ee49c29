/** Helpers for local-mode tests: a demo workbook in a temp folder, HTTP calls, and reading the saved file back. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/cells';
import { decodePairingCode } from '../../shared/pairing-code';
import type { ProtocolReply } from '../../shared/protocol';
import { buildDemoWorkbook } from '../../local/server/demo/build-demo-workbook';
import { sheetTable } from '../../local/xlsx/xlsx-cells';

export const TODAY = '2026-01-15';

export async function demoWorkbookFile(today = TODAY): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tl-local-'));
  const file = path.join(dir, 'plan.xlsx');
  await buildDemoWorkbook(today).xlsx.writeFile(file);
  return file;
}

export function secretOf(code: string): string {
  const decoded = decodePairingCode(code);
  if (!decoded.ok) throw new Error('not a pairing code');
  return decoded.pairing.secret;
}

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request over real HTTP; `host` overrides the Host header. */
export function request(
  url: string,
  init: { method?: string; body?: string | Buffer; host?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: init.method ?? 'GET',
        headers: {
          'Content-Type': 'text/plain;charset=UTF-8',
          ...(init.host ? { Host: init.host } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

export async function post(endpoint: string, payload: unknown): Promise<ProtocolReply> {
  const result = await request(endpoint, { method: 'POST', body: JSON.stringify(payload) });
  return JSON.parse(result.body) as ProtocolReply;
}

/** Sends a request and drops the connection as soon as the reply starts: the coach never sees it. */
export function postAndLoseReply(endpoint: string, payload: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const target = new URL(endpoint);
    const req = http.request(
      { hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST' },
      (res) => {
        res.destroy();
        req.destroy();
        resolve();
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve() : reject(error),
    );
    req.end(JSON.stringify(payload));
  });
}

/** A tab of the saved file, read back by a fresh exceljs workbook (what Excel would see). */
export async function savedSheet(
  file: string,
  name: string,
): Promise<{ values: CellValue[][]; sheet: ExcelJS.Worksheet } | null> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(name);
  return sheet ? { values: sheetTable(sheet).values, sheet } : null;
}

export async function savedSheetNames(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((ws) => ws.name);
}

let counter = 0;
export function clip(
  keyResultId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  counter++;
  return {
    id: `http-clip-${String(counter).padStart(5, '0')}`,
    capturedAt: '2026-01-14T09:30:00Z',
    keyResultId,
    school: 'Maple Elementary',
    practice: 'Teaching through problem solving',
    type: 'observation',
    quote: `Observed passage number ${counter}`,
    sourceUrl: 'https://docs.google.com/document/d/abc/edit',
    ...overrides,
  };
}

export interface SpawnedServer {
  child: ChildProcess;
  endpoint: string;
  secret: string;
  /** From spawn until the connection code was printed. */
  startupMs: number;
}

/**
 * `npm start -- FILE --port 0 --connect NAME` in its own node process (so it can be killed for real):
 * the sources through tsx, or with `bundle` the pre-built bundle `npm start` runs.
 */
export function spawnServer(
  file: string,
  coach = 'Spawned coach',
  options: { bundle?: boolean } = {},
): Promise<SpawnedServer> {
  const began = performance.now();
  const root = path.resolve(import.meta.dirname, '../..');
  const entry = options.bundle
    ? [path.join(root, 'scripts/local-bundle.cjs'), 'start']
    : ['--import', 'tsx', path.join(root, 'local/server/start.ts')];
  const child = spawn(
    process.execPath,
    [...entry, file, '--port', '0', '--connect', coach, '--today', TODAY],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const endpoint = /(http:\/\/127\.0\.0\.1:\d+\/exec)/.exec(out)?.[1];
      const code = /^(TL1-\S+)$/m.exec(out)?.[1];
      if (endpoint && code)
        resolve({ child, endpoint, secret: secretOf(code), startupMs: performance.now() - began });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('exit', (status) =>
      reject(new Error(`server exited (${status}) before serving: ${out.slice(-400)}`)),
    );
  });
}

/** Polls until check() holds (the server merges in the background), failing after timeoutMs. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition still false after waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
