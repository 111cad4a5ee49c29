/**
 * Local mode's HTTP server on 127.0.0.1 only: POST /exec speaks the web-app protocol on an .xlsx
 * workbook (exactly what the Apps Script web app does on a Google Sheet), GET / shows the Dashboard
 * and Summary. A clip is reported accepted once it is fsync'd in the journal beside the workbook; the
 * workbook itself is merged from the journal in the background (see WorkbookGuard).
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ProtocolReply } from '../../shared/protocol';
import { errorReply, handleProtocolRequest } from '../../shared/protocol-service';
import { t } from '../../shared/i18n/index';
import { connectNewCoach } from './coach-store';
import { dashboardPage } from './dashboard-page';
import type { RefreshResult } from '../../shared/refresh-plan';
import { ClipJournal } from './clip-journal';
import { acquireFileLock, removeAbandonedSaves, type FileLock } from './file-lock';
import { route } from './http-routes';
import { heldByOfficeSuite } from './office-lock';
import { PlanSession } from './plan-session';
import { WorkbookGuard, type PassOutcome } from './workbook-guard';
import { localToday } from '../local-today';

export { MAX_REQUEST_BYTES } from './http-routes';

export interface LocalServerOptions {
  workbookPath: string;
  /** 0 picks any free port. Default 8787. */
  port?: number;
  /** YYYY-MM-DD; default: the computer's date on each request. */
  today?: string;
  /** Delay between clips being acknowledged and the one save that merges them and refreshes Dashboard and Summary. Default 3 s. */
  refreshDelayMs?: number;
  /** How often to look for someone else's save of the file or a released office lock. Default 2 s. */
  pollMs?: number;
  /** How long the page waits for the workbook lock. Default 10 s. */
  lockTimeoutMs?: number;
  /** The workbook already opened by the caller (start-up reads it once). */
  session?: PlanSession;
  /** Awaited once before the first save (start-up keeps the coordinator's original beside the file). */
  beforeFirstSave?: () => Promise<void>;
}

export interface LocalServer {
  url: string;
  endpoint: string;
  /** Dashboard and Summary as refreshed at start-up (fails when the workbook holds no readable plan). */
  startup: RefreshResult;
  connectCoach(name: string): string;
  /** Merges every acknowledged clip into the workbook and saves it now, unless an office suite holds it. */
  merge(): Promise<PassOutcome>;
  /** Stops serving after a last merge; clips it could not save stay in the journal for the next start. */
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
  const fileLock = await acquireFileLock(options.workbookPath);
  if (!fileLock.ok)
    throw new LocalServerError(
      'in-use',
      `${options.workbookPath} is already served by process ${fileLock.pid}`,
    );
  try {
    return await serveWorkbook(options, fileLock.lock);
  } catch (error) {
    await fileLock.lock.release();
    throw error;
  }
}

async function serveWorkbook(
  options: LocalServerOptions,
  fileLock: FileLock,
): Promise<LocalServer> {
  await removeAbandonedSaves(options.workbookPath);
  const session = options.session ?? (await openSession(options.workbookPath));
  const today = () => options.today ?? localToday();
  // Clips the file on disk holds need no journal line any more, unless an office suite holds an older copy.
  const onDisk = (await heldByOfficeSuite(options.workbookPath))
    ? null
    : session.knownEvidenceIds();
  const { journal, entries, removed } = await ClipJournal.open(options.workbookPath, {
    compactHeld: onDisk ? (id) => onDisk.has(id) : undefined,
  });
  const replayed = session.mergeJournal(entries, removed);
  const startup = session.refreshTabs(today());
  const guard = new WorkbookGuard(session, journal, {
    lockTimeoutMs: options.lockTimeoutMs,
    mergeDelayMs: options.refreshDelayMs,
    pollMs: options.pollMs,
    beforeSave: (current) => current.refreshIfStale(today()),
    report: (problem) => {
      const file = path.basename(options.workbookPath);
      const locale = safeLocale(session);
      console.error(
        problem.kind === 'held'
          ? t(locale, 'local.heldByOffice', { file })
          : t(locale, 'local.saveDeferred', { file, detail: problem.detail }),
      );
    },
  });
  // Saved right away, in the background; a file holding no plan is left as it was unless clips were replayed into it.
  if (startup.ok || replayed > 0) {
    await options.beforeFirstSave?.();
    guard.markChanged(0);
  }
  const exec = protocolEndpoint(guard, journal);
  let origin = '';
  let cached = { key: '', html: '' };
  const page = () =>
    guard.read((current) => {
      const key = `${current.version}|${today()}`;
      if (cached.key !== key)
        cached = { key, html: dashboardPage(current, today(), `${origin}exec`) };
      return cached.html;
    });
  const server = http.createServer((req, res) => {
    void route(req, res, { origin: () => origin, exec, page }).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${String(error)}`);
    });
  });
  const port = await listen(server, options.port ?? 8787).catch(async (error: unknown) => {
    await guard.close({ save: false });
    await journal.close();
    throw error;
  });
  origin = `http://127.0.0.1:${port}/`;
  return {
    url: origin,
    endpoint: `${origin}exec`,
    startup,
    connectCoach: (name) => connectCoach(guard, name, `${origin}exec`),
    merge: () => guard.pass(),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await guard.close();
      await journal.close();
      await fileLock.release();
    },
  };
}

async function openSession(workbookPath: string): Promise<PlanSession> {
  const opened = await PlanSession.open(workbookPath);
  if (!opened.ok)
    throw new LocalServerError(
      opened.error.code as 'missing-file' | 'not-a-spreadsheet',
      opened.error.message,
    );
  return opened.session;
}

/** POST /exec: the shared protocol service; a clip is acknowledged once its journal line is on disk. */
function protocolEndpoint(
  guard: WorkbookGuard,
  journal: ClipJournal,
): (body: string) => Promise<ProtocolReply> {
  const locale = () => safeLocale(guard.session);
  return async (body) => {
    try {
      const reply = handleProtocolRequest(
        body,
        guard.session.protocolDeps(journal, () => new Date().toISOString()),
      );
      // Duplicates of clips still being written wait for the same fsync: nothing is acknowledged before it is durable.
      if (reply.ok && reply.kind === 'clip') await journal.flush();
      return reply;
    } catch (error) {
      return errorReply(locale(), 'internal', 'protocol.internal', {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };
}

/** A new coach, usable at once (kept in memory) and stored hashed in the workbook's settings by the next save. */
function connectCoach(guard: WorkbookGuard, name: string, endpoint: string): string {
  const session = guard.session;
  const { record, code } = connectNewCoach({
    name,
    endpoint,
    planName: session.planName(),
    now: new Date().toISOString(),
  });
  session.coaches.push(record);
  guard.markChanged(0);
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
      if (error.code === 'EADDRINUSE')
        reject(new LocalServerError('port-busy', `Port ${port} is already in use`));
      else reject(new LocalServerError('listen-failed', error.message));
    });
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
