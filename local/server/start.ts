/**
 * `npm start [-- path/to/plan.xlsx] [--port N] [--connect NAME] [--today YYYY-MM-DD]`: refreshes the
 * workbook's Dashboard and Summary, serves it on 127.0.0.1 and prints a connection code for a coach.
 * With no file it creates ./throughline-demo.xlsx from the demo district first.
 * `--coaches` lists the coaches connected to the workbook; `--revoke NAME` disconnects a coach;
 * `--remove-clip ID` removes a clip from the Evidence tab for good (it never comes back from the journal);
 * `--locale fr|en` sets the workbook's language (otherwise guessed from its tabs and headers).
 * A .csv plan is copied once into an .xlsx beside it, which is what gets served.
 */
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Locale } from '../../shared/messages';
import { buildDemoWorkbook } from './demo/build-demo-workbook';
import { t } from '../../shared/i18n/index';
import { listCoaches, revokeByName } from './coach-admin';
import { ClipJournal } from './clip-journal';
import { copyCsvToWorkbook, isDelimitedText } from './csv-workbook';
import { servingProcess } from './file-lock';
import { PlanSession } from './plan-session';
import { parseStartArgs, type StartArgs } from './start-args';
import { LocalServerError, startLocalServer, type LocalServer } from './server';
import { localToday } from '../local-today';

export const DEMO_FILE = 'throughline-demo.xlsx';
export { parseStartArgs } from './start-args';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Stop the server on Ctrl+C (off in tests, which close it themselves). */
  handleSignals?: boolean;
  /** Folder the demo workbook and relative paths are resolved in (default: the current folder). */
  cwd?: string;
}

type StartResult = { code: number; server: LocalServer | null };

/** Runs local mode; code 0 leaves the returned server running, anything else means it never started. */
export async function start(argv: string[], options: StartOptions = {}): Promise<StartResult> {
  const {
    env = process.env,
    out = console.log,
    err = console.error,
    cwd = process.cwd(),
  } = options;
  const args = parseStartArgs(argv);
  const today = args.today ?? localToday();
  const port = Number(args.port ?? env.PORT ?? 8787);
  const fail = (message: string): StartResult => {
    err(message);
    return { code: 1, server: null };
  };
  if (args.usage) return fail(args.usage);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return fail(t('en', 'local.badPort', { port: String(args.port ?? env.PORT) }));
  let file = path.resolve(cwd, args.file ?? DEMO_FILE);
  if (args.file === null && !existsSync(file)) {
    await buildDemoWorkbook(today).xlsx.writeFile(file);
    out(t('en', 'local.createdDemo', { file: path.relative(cwd, file) || file }));
  }
  let fresh = args.file === null;
  // The workbook as the coordinator would type it again, for the commands we suggest (null: the demo).
  let typed = args.file;
  if (args.file !== null && isDelimitedText(file)) {
    const copied = await copyCsvToWorkbook(file);
    const xlsxArg = path.relative(cwd, copied.xlsx) || copied.xlsx;
    const words = {
      csv: path.basename(file),
      xlsx: path.basename(copied.xlsx),
      xlsxArg: shellArgument(xlsxArg),
    };
    if (!copied.ok)
      return fail(
        copied.reason === 'xlsx-exists'
          ? t('en', 'local.csvHasXlsx', words)
          : openFailure(copied.reason, file),
      );
    out(t('en', 'local.csvCopied', words));
    [file, fresh, typed] = [copied.xlsx, true, xlsxArg];
  }
  const opened = await PlanSession.open(file);
  if (!opened.ok) return fail(openFailure(opened.error.code, file));
  const session = opened.session;
  const managing = args.revoke !== null || args.removeClip !== null || args.coaches;
  const served = (await servingProcess(file)) !== null;
  if (!managing && served)
    return fail(t(session.locale(), 'local.inUse', { file: path.basename(file) }));
  if (args.locale === 'en' || args.locale === 'fr')
    session.workbook.setSetting('locale', args.locale);
  const locale: Locale = session.locale();
  if (!managing && port !== 0 && !(await portFree(port)))
    return fail(t(locale, 'local.portBusy', { port }));
  // Made only once the plan was read (a refused workbook is left alone) and never for a copy we just made.
  const keepOriginal = async () => {
    const backup = fresh ? null : await backUpOnce(file);
    if (backup) out(t(locale, 'local.backup', { file: path.basename(backup) }));
  };
  const fileArg = typed === null ? null : shellArgument(typed);
  if (managing)
    return manageCoaches(session, args, { file, fileArg, served, out, err, keepOriginal });
  try {
    // A demo coach only on the demo workbook: on a district's own file, coaches are connected by name.
    const coach = args.connect ?? (args.file === null ? t(locale, 'local.demoCoach') : null);
    const input = {
      session,
      file,
      fileArg: fileArg ?? DEMO_FILE,
      port,
      today: args.today,
      coach,
      locale,
      out,
      fail,
      keepOriginal,
    };
    return await serve({ ...input, handleSignals: options.handleSignals ?? false });
  } catch (error) {
    if (error instanceof LocalServerError && error.code === 'port-busy')
      return fail(t(locale, 'local.portBusy', { port }));
    if (error instanceof LocalServerError && error.code === 'in-use')
      return fail(t(locale, 'local.inUse', { file: path.basename(file) }));
    throw error;
  }
}

interface ManageContext {
  file: string;
  /** The workbook as typed (null: the demo workbook), for the command that lists its coaches. */
  fileArg: string | null;
  /** True when a Throughline window serves the workbook right now. */
  served: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Keeps the coordinator's original beside the workbook before its first save. */
  keepOriginal: () => Promise<void>;
}

/**
 * `--coaches` lists; `--revoke NAME` revokes and saves; `--remove-clip ID` removes a clip for good.
 * Exits 1 when there is no such coach or clip, or when the change could not be saved.
 */
async function manageCoaches(
  session: PlanSession,
  args: StartArgs,
  context: ManageContext,
): Promise<StartResult> {
  if (args.revoke === null && args.removeClip === null) {
    for (const line of listCoaches(session)) context.out(line);
    return { code: 0, server: null };
  }
  const file = path.basename(context.file);
  const locale = session.locale();
  const done =
    args.removeClip !== null
      ? await removeClip(session, args.removeClip, context)
      : await changeAndSave(
          session,
          (current) =>
            revokeByName(current, args.revoke ?? '', new Date().toISOString(), {
              file,
              listCommand: `npm start -- ${context.fileArg === null ? '' : `${context.fileArg} `}--coaches`,
            }),
          context,
        );
  if (!done.ok) {
    context.err(done.line);
    return { code: 1, server: null };
  }
  context.out(done.line);
  if (context.served && args.revoke !== null)
    context.out(t(locale, 'local.revokedWhileServing', { file }));
  return { code: 0, server: null };
}

/** How many times a change is made again on a fresh read when another program saved meanwhile. */
const SAVE_ATTEMPTS = 5;

/**
 * Makes a change and saves it. When another program saved the workbook in between (a server running
 * on it, an office suite), the file is read again and the change made again on that version, up to
 * SAVE_ATTEMPTS times; then the change is reported as not saved.
 */
async function changeAndSave(
  session: PlanSession,
  change: (session: PlanSession) => { ok: boolean; line: string },
  context: ManageContext,
): Promise<{ ok: boolean; line: string }> {
  let current = session;
  for (let attempt = 1; ; attempt++) {
    const changed = change(current);
    if (!changed.ok) return changed;
    await context.keepOriginal();
    if (await current.workbook.save()) return changed;
    if (attempt === SAVE_ATTEMPTS)
      return {
        ok: false,
        line: t(current.locale(), 'local.notSaved', {
          file: path.basename(context.file),
          attempts: SAVE_ATTEMPTS,
        }),
      };
    const reopened = await PlanSession.open(current.workbook.filePath);
    if (!reopened.ok) throw new Error(reopened.error.message);
    current = reopened.session;
  }
}

/**
 * Removes a clip for good: recorded in the journal first (so neither a replay nor a running server
 * ever puts it back), then taken out of the workbook now, or by the server serving it within seconds.
 */
async function removeClip(
  session: PlanSession,
  id: string,
  context: ManageContext,
): Promise<{ ok: boolean; line: string }> {
  const locale = session.locale();
  const file = path.basename(context.file);
  const { journal, entries, removed } = await ClipJournal.open(context.file);
  await journal.close();
  const known = session.knownEvidenceIds().has(id) || entries.some((entry) => entry.id === id);
  if (!known || removed.has(id))
    return { ok: false, line: t(locale, 'local.noSuchClip', { id, file }) };
  await ClipJournal.recordRemoval(context.file, id);
  if (context.served)
    return { ok: true, line: t(locale, 'local.clipRemovedWhileServing', { id, file }) };
  const saved = await changeAndSave(
    session,
    (current) => {
      current.removeEvidence([id]);
      return { ok: true, line: t(locale, 'local.clipRemoved', { id, file }) };
    },
    context,
  );
  return saved.ok
    ? saved
    : { ok: false, line: `${saved.line} ${t(locale, 'local.clipRemovedLater', { id })}` };
}

/** A path as it can be pasted back into a shell: quoted when it holds anything but plain characters. */
function shellArgument(text: string): string {
  return /^[\w./\\:@%+=,-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * Starts the server on the workbook already open (read once, refreshed once, saved in the background)
 * and prints what it refreshed, where it is and a coach's connection code.
 */
async function serve(input: ServeInput): Promise<StartResult> {
  const { locale, out } = input;
  const server = await startLocalServer({
    workbookPath: input.file,
    port: input.port,
    today: input.today ?? undefined,
    session: input.session,
    beforeFirstSave: input.keepOriginal,
  });
  const refreshed = server.startup;
  if (!refreshed.ok) {
    await server.close();
    return input.fail(
      t(locale, 'local.noPlan', {
        file: path.basename(input.file),
        detail: refreshed.error.message[locale],
      }),
    );
  }
  const keyResults = refreshed.snapshot.plan.objectives.reduce(
    (n, o) => n + o.keyResults.length,
    0,
  );
  out(t(locale, 'local.refreshed', { keyResults, evidence: refreshed.snapshot.evidence.length }));
  out(t(locale, 'local.started', { file: path.basename(input.file), url: server.url }));
  out(t(locale, 'local.endpoint', { endpoint: server.endpoint }));
  if (input.coach !== null) {
    out(t(locale, 'local.connectionCode', { coach: input.coach }));
    out(server.connectCoach(input.coach));
  } else out(t(locale, 'local.howToConnect', { file: input.fileArg }));
  const connected = input.session.coaches.filter((coach) => coach.revokedAt === null).length;
  if (connected > 0) out(t(locale, 'local.howToManage', { count: connected, file: input.fileArg }));
  out(t(locale, 'local.stop'));
  if (input.handleSignals) {
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return { code: 0, server };
}

interface ServeInput {
  session: PlanSession;
  file: string;
  /** The workbook as the coordinator typed it, for the commands we suggest. */
  fileArg: string;
  port: number;
  today: string | null;
  coach: string | null;
  locale: Locale;
  out: (line: string) => void;
  fail: (message: string) => StartResult;
  /** Keeps the coordinator's original beside the workbook before the server's first save. */
  keepOriginal: () => Promise<void>;
  handleSignals: boolean;
}

/**
 * exceljs keeps every value, format and merge of the coordinator's tabs but not everything Excel can
 * hold (charts, pivot tables, some conditional formats), so the first time we save their workbook we
 * keep the original beside it.
 */
async function backUpOnce(file: string): Promise<string | null> {
  const backup = `${file.replace(/\.xlsx$/i, '')}.before-throughline.xlsx`;
  if (existsSync(backup)) return null;
  await copyFile(file, backup);
  return backup;
}

function openFailure(code: string, file: string): string {
  return t('en', code === 'missing-file' ? 'local.missingFile' : 'local.notSpreadsheet', { file });
}

/** Checked before the workbook is touched, so a second `npm start` leaves the running one's file alone. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

// Run as local/server/start.ts (tsx) or as its bundle dist/local/start.mjs (npm start).
const isMain =
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]).replace(/\.m?[jt]s$/, '') ===
    path.resolve(import.meta.dirname ?? '.', 'start');
if (isMain) {
  start(process.argv.slice(2), { handleSignals: true }).then(
    ({ code }) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
