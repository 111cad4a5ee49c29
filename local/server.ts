/**
 * Local mode's HTTP server on 127.0.0.1 only: POST /exec speaks the web-app protocol on an .xlsx
 * workbook (exactly what the Apps Script web app does on a Google Sheet), GET / shows the Dashboard
 * and Summary. A clip is reported accepted only once the workbook holding it is saved.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROTOCOL_VERSION, type ProtocolReply } from '../shared/protocol';
import { errorReply, handleProtocolRequest } from '../shared/protocol-service';
import { AsyncMutex } from './async-mutex';
import { connectNewCoach } from './coach-store';
import { dashboardPage } from './dashboard-page';
import { PlanSession } from './plan-session';

export const MAX_REQUEST_BYTES = 1024 * 1024;

export interface LocalServerOptions {
  workbookPath: string;
  /** 0 picks any free port. Default 8787. */
  port?: number;
  /** YYYY-MM-DD; default: the computer's date on each request. */
  today?: string;
  /** Delay before Dashboard and Summary are rewritten after clips arrive (debounced). Default 3 s. */
  refreshDelayMs?: number;
  /** How long a request waits for the workbook lock before answering `busy`. Default 10 s. */
  lockTimeoutMs?: number;
}

export interface LocalServer {
  url: string;
  endpoint: string;
  connectCoach(name: string): string;
  close(): Promise<void>;
}

/** Expected start-up failures (missing file, not a spreadsheet, busy port) with a one-line message. */
export class LocalServerError extends Error {
  constructor(
    readonly code: 'missing-file' | 'not-a-spreadsheet' | 'port-busy' | 'listen-failed',
    message: string,
  ) {
    super(message);
    this.name = 'LocalServerError';
  }
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const opened = await PlanSession.open(options.workbookPath);
  if (!opened.ok) throw new LocalServerError(opened.error.code as 'missing-file' | 'not-a-spreadsheet', opened.error.message);
  const session = opened.session;
  const mutex = new AsyncMutex();
  const today = () => options.today ?? localToday();
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  let refreshTimer: NodeJS.Timeout | null = null;
  let origin = '';

  const scheduleRefresh = () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void mutex.run(async () => {
        await session.refreshFromDisk();
        if (session.refreshTabs(today()).ok) await session.workbook.save();
      }).catch((error: unknown) => console.error(`Throughline: refresh failed: ${String(error)}`));
    }, options.refreshDelayMs ?? 3_000);
  };

  const exec = async (body: string): Promise<ProtocolReply> => {
    const outcome = await mutex.run(async () => {
      try {
        await session.refreshFromDisk();
        let appended = false;
        const reply = handleProtocolRequest(body, session.protocolDeps(() => (appended = true), () => new Date().toISOString()));
        if (appended) await saveOrForget(session);
        if (appended) scheduleRefresh();
        return reply;
      } catch (error) {
        return errorReply(safeLocale(session), 'internal', 'protocol.internal', { detail: error instanceof Error ? error.message : String(error) });
      }
    }, lockTimeoutMs);
    return outcome.ok ? outcome.value : errorReply(safeLocale(session), 'busy', 'protocol.busy');
  };

  const server = http.createServer((req, res) => {
    void route(req, res, { origin: () => origin, exec, page: () => mutex.run(async () => {
      await session.refreshFromDisk();
      return dashboardPage(session, today(), `${origin}exec`);
    }, lockTimeoutMs) }).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${String(error)}`);
    });
  });
  const port = await listen(server, options.port ?? 8787);
  origin = `http://127.0.0.1:${port}/`;

  return {
    url: origin,
    endpoint: `${origin}exec`,
    connectCoach(name: string): string {
      const { record, code } = connectNewCoach({ name, endpoint: `${origin}exec`, planName: session.planName(), now: new Date().toISOString() });
      session.coaches.push(record);
      void mutex.run(async () => {
        await session.refreshFromDisk();
        session.storeCoaches();
        await session.workbook.save();
      }).catch((error: unknown) => console.error(`Throughline: could not save the new coach: ${String(error)}`));
      return code;
    },
    async close() {
      if (refreshTimer) clearTimeout(refreshTimer);
      await mutex.run(() => undefined, 60_000);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A failed save must not leave accepted-looking rows in memory: reload the file as it is on disk. */
async function saveOrForget(session: PlanSession): Promise<void> {
  try {
    await session.workbook.save();
  } catch (error) {
    await session.reload().catch(() => undefined);
    throw error;
  }
}

function safeLocale(session: PlanSession): 'en' | 'fr' {
  try {
    return session.locale();
  } catch {
    return 'en';
  }
}

interface Routes {
  origin(): string;
  exec(body: string): Promise<ProtocolReply>;
  page(): Promise<{ ok: true; value: string } | { ok: false }>;
}

async function route(req: http.IncomingMessage, res: http.ServerResponse, routes: Routes): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (!hostAllowed(req.headers.host, routes.origin())) return text(res, 403, 'Forbidden: local mode answers only on 127.0.0.1.');
  if (path === '/exec') {
    if (req.method === 'OPTIONS') return void res.writeHead(204, corsHeaders()).end();
    if (req.method === 'GET') return json(res, { ok: true, service: 'throughline-local', protocol: PROTOCOL_VERSION });
    if (req.method !== 'POST') return text(res, 405, 'Method not allowed');
    const body = await readBody(req, MAX_REQUEST_BYTES);
    if (body === null) return json(res, errorReply('en', 'too-large', 'protocol.requestTooLarge', { max: '1 MB' }));
    return json(res, await routes.exec(body));
  }
  if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
    const page = await routes.page();
    if (!page.ok) return text(res, 503, 'The workbook is busy; reload in a moment.');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'Cache-Control': 'no-store' });
    return void res.end(req.method === 'HEAD' ? undefined : page.value);
  }
  return text(res, 404, 'Not found');
}

/** Refuses other host names (DNS rebinding): only 127.0.0.1 and localhost on our port. */
function hostAllowed(host: string | undefined, origin: string): boolean {
  const port = new URL(origin).port;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function corsHeaders(): Record<string, string> {
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type' };
}

function json(res: http.ServerResponse, value: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...corsHeaders() });
  res.end(JSON.stringify(value));
}

function text(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/** The body as UTF-8, or null past `limit` bytes (the rest is discarded unread). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new LocalServerError('port-busy', `Port ${port} is already in use`));
      else reject(new LocalServerError('listen-failed', error.message));
    });
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** The computer's calendar date (school calendars are local), YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
