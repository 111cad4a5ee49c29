/**
 * Local mode's HTTP server on 127.0.0.1 only: POST /exec speaks the web-app protocol on an .xlsx
 * workbook (exactly what the Apps Script web app does on a Google Sheet), GET / shows the Dashboard
 * and Summary. A clip is reported accepted only once the workbook holding it is saved.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProtocolReply } from '../shared/protocol';
import { errorReply, handleProtocolRequest } from '../shared/protocol-service';
import { connectNewCoach } from './coach-store';
import { dashboardPage } from './dashboard-page';
import { acquireFileLock } from './file-lock';
import { route } from './http-routes';
import { PlanSession } from './plan-session';
import { WorkbookGuard } from './workbook-guard';

export { MAX_REQUEST_BYTES } from './http-routes';

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
    readonly code: 'missing-file' | 'not-a-spreadsheet' | 'in-use' | 'port-busy' | 'listen-failed',
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
  const fileLock = await acquireFileLock(options.workbookPath);
  if (!fileLock.ok) throw new LocalServerError('in-use', `${options.workbookPath} is already served by process ${fileLock.pid}`);
  const guard = new WorkbookGuard(session, options.lockTimeoutMs ?? 10_000);
  const today = () => options.today ?? localToday();
  const refresh = debouncedRefresh(guard, today, options.refreshDelayMs ?? 3_000);
  const exec = protocolEndpoint(guard, refresh.schedule);
  let origin = '';
  let cached = { key: '', html: '' };
  const page = () =>
    guard.read((current) => {
      const key = `${current.version}|${today()}`;
      if (cached.key !== key) cached = { key, html: dashboardPage(current, today(), `${origin}exec`) };
      return cached.html;
    });
  const server = http.createServer((req, res) => {
    void route(req, res, { origin: () => origin, exec, page }).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${String(error)}`);
    });
  });
  const port = await listen(server, options.port ?? 8787).catch(async (error: unknown) => {
    await fileLock.lock.release();
    throw error;
  });
  origin = `http://127.0.0.1:${port}/`;
  return {
    url: origin,
    endpoint: `${origin}exec`,
    connectCoach: (name) => connectCoach(guard, name, `${origin}exec`),
    async close() {
      refresh.cancel();
      await guard.drain();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fileLock.lock.release();
    },
  };
}

/** POST /exec: the shared protocol service on the guarded workbook; accepted means saved. */
function protocolEndpoint(guard: WorkbookGuard, onAccepted: () => void): (body: string) => Promise<ProtocolReply> {
  const locale = () => safeLocale(guard.session);
  return async (body) => {
    try {
      const outcome = await guard.write((current) => {
        let appended = false;
        const reply = handleProtocolRequest(body, current.protocolDeps(() => (appended = true), () => new Date().toISOString()));
        return { value: reply, changed: appended };
      });
      if (!outcome.ok) return errorReply(locale(), 'busy', 'protocol.busy');
      if (!outcome.saved) return errorReply(locale(), 'internal', 'protocol.internal', { detail: outcome.error });
      if (outcome.value.ok && outcome.value.kind === 'clip' && outcome.value.accepted.length > 0) onAccepted();
      return outcome.value;
    } catch (error) {
      return errorReply(locale(), 'internal', 'protocol.internal', { detail: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** Dashboard and Summary rewritten once clips stop arriving for `delayMs`, not once per clip. */
function debouncedRefresh(guard: WorkbookGuard, today: () => string, delayMs: number): { schedule(): void; cancel(): void } {
  let timer: NodeJS.Timeout | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const run = async () => {
    timer = null;
    const outcome = await guard.write((current) => ({ value: null, changed: current.refreshTabs(today()).ok }));
    if (outcome.ok && !outcome.saved) console.error(`Throughline: refresh not saved: ${outcome.error}`);
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => void run(), delayMs);
    },
    cancel,
  };
}

/** A new coach, usable at once (kept in memory) and stored hashed in the workbook's settings. */
function connectCoach(guard: WorkbookGuard, name: string, endpoint: string): string {
  const session = guard.session;
  const { record, code } = connectNewCoach({ name, endpoint, planName: session.planName(), now: new Date().toISOString() });
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
}

function safeLocale(session: PlanSession): 'en' | 'fr' {
  try {
    return session.locale();
  } catch {
    return 'en';
  }
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
