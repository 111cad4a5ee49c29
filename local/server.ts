/**
 * Local mode's HTTP server on 127.0.0.1 only: POST /exec speaks the web-app protocol on an .xlsx
 * workbook (exactly what the Apps Script web app does on a Google Sheet), GET / shows the Dashboard
 * and Summary. A clip is reported accepted only once the workbook holding it is saved.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROTOCOL_VERSION, type ProtocolReply } from '../shared/protocol';
import { errorReply, handleProtocolRequest } from '../shared/protocol-service';
import { connectNewCoach } from './coach-store';
import { dashboardPage } from './dashboard-page';
import { PlanSession } from './plan-session';
import { WorkbookGuard } from './workbook-guard';

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
  const guard = new WorkbookGuard(session, options.lockTimeoutMs ?? 10_000);
  const today = () => options.today ?? localToday();
  let refreshTimer: NodeJS.Timeout | null = null;
  let origin = '';

  const scheduleRefresh = () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void guard
        .write((current) => ({ value: null, changed: current.refreshTabs(today()).ok }))
        .then((outcome) => {
          if (outcome.ok && !outcome.saved) console.error(`Throughline: refresh not saved: ${outcome.error}`);
        });
    }, options.refreshDelayMs ?? 3_000);
  };

  const exec = async (body: string): Promise<ProtocolReply> => {
    try {
      const outcome = await guard.write((current) => {
        let appended = false;
        const reply = handleProtocolRequest(body, current.protocolDeps(() => (appended = true), () => new Date().toISOString()));
        return { value: reply, changed: appended };
      });
      if (!outcome.ok) return errorReply(safeLocale(session), 'busy', 'protocol.busy');
      if (!outcome.saved) return errorReply(safeLocale(session), 'internal', 'protocol.internal', { detail: outcome.error });
      if (outcome.value.ok && outcome.value.kind === 'clip' && outcome.value.accepted.length > 0) scheduleRefresh();
      return outcome.value;
    } catch (error) {
      return errorReply(safeLocale(session), 'internal', 'protocol.internal', { detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const page = () => guard.read((current) => dashboardPage(current, today(), `${origin}exec`));
  const server = http.createServer((req, res) => {
    void route(req, res, { origin: () => origin, exec, page }).catch((error: unknown) => {
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
      void guard
        .write((current) => {
          current.storeCoaches();
          return { value: null, changed: true };
        })
        .then((outcome) => {
          if (!outcome.ok || !outcome.saved) console.error('Throughline: the new coach could not be saved in the workbook yet.');
        });
      return code;
    },
    async close() {
      if (refreshTimer) clearTimeout(refreshTimer);
      await guard.drain();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
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

/** Any origin may call /exec: the secret travels in the body, so a page without it gets nothing. */
function corsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Allow-Private-Network': 'true',
  };
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
