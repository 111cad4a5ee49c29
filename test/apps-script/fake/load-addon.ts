/**
 * Runs the BUILT add-on (dist/apps-script/Code.js) in node:vm with the fake services as its only
 * globals, the scopes of the built appsscript.json, and a fixed clock. Returns the add-on's global
 * functions as Apps Script would call them, plus the fakes to inspect.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { newCallLog, type CallLog } from './call-log';
import { FakeSpreadsheet, fakeSpreadsheetApp } from './fake-spreadsheet';
import {
  fakeCharts,
  fakeContentService,
  fakeHtmlService,
  fakeLockService,
  fakeProperties,
  fakeScriptApp,
  fakeSession,
  fakeUtilities,
  type FakeTrigger,
  type LockState,
} from './fake-services';

export const BUILT_DIR = 'dist/apps-script';

export interface AddonWorld {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  documentProperties: Map<string, string>;
  scriptProperties: Map<string, string>;
  lock: LockState;
  triggers: FakeTrigger[];
  files: Map<string, string>;
}

export interface LoadedAddon {
  world: AddonWorld;
  /** The global functions of Code.js, by name. */
  call(name: string, ...args: unknown[]): unknown;
  globals: string[];
}

/**
 * The host's Date with "now" fixed, so `today` is deterministic inside the bundle. A Proxy (not a
 * subclass) so Dates the fake returns from getValues still pass `instanceof Date` in the bundle.
 */
export function fixedClock(iso: string): DateConstructor {
  const now = new Date(iso).getTime();
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(now) : new target(...(args as [number]));
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => now;
      return Reflect.get(target, prop, receiver);
    },
  });
}

export function builtFiles(dir = BUILT_DIR): Map<string, string> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export function loadAddon(
  options: {
    now?: string;
    locale?: string;
    world?: Partial<AddonWorld>;
    webAppUrl?: string | null;
    files?: Map<string, string>;
    /** Globals to leave out, to check the bundle fails clearly without them. */
    omit?: string[];
  } = {},
): LoadedAddon {
  const files = options.files ?? builtFiles();
  const manifest = JSON.parse(files.get('appsscript.json') ?? '{}') as { oauthScopes?: string[] };
  const log =
    options.world?.log ?? options.world?.spreadsheet?.log ?? newCallLog(manifest.oauthScopes ?? []);
  const spreadsheet =
    options.world?.spreadsheet ?? new FakeSpreadsheet(log, options.locale ?? 'en_US');
  const world: AddonWorld = {
    log,
    spreadsheet,
    documentProperties: options.world?.documentProperties ?? new Map(),
    scriptProperties: options.world?.scriptProperties ?? new Map(),
    lock: options.world?.lock ?? { holder: null, acquisitions: 0, timeouts: 0 },
    triggers: options.world?.triggers ?? [],
    files,
  };
  const globals = {
    SpreadsheetApp: fakeSpreadsheetApp(spreadsheet),
    PropertiesService: {
      getDocumentProperties: () =>
        fakeProperties(log, world.documentProperties, 'DocumentProperties'),
      getScriptProperties: () => fakeProperties(log, world.scriptProperties, 'ScriptProperties'),
    },
    LockService: fakeLockService(log, world.lock),
    HtmlService: fakeHtmlService(log, files),
    ContentService: fakeContentService(log),
    Utilities: fakeUtilities(log),
    Session: fakeSession(log, options.locale ?? spreadsheet.locale, spreadsheet.timeZone),
    ScriptApp: fakeScriptApp(
      log,
      world.triggers,
      options.webAppUrl === undefined
        ? 'https://script.google.com/macros/s/FAKE_DEPLOYMENT/exec'
        : options.webAppUrl,
    ),
    Charts: fakeCharts,
    Logger: { log: () => undefined },
    console: {
      log: () => undefined,
      warn: () => undefined,
      error: () => undefined,
      info: () => undefined,
    },
    Date: fixedClock(options.now ?? '2026-01-15T15:00:00Z'),
  };
  // Properties access itself is counted and forbidden in AuthMode.NONE.
  const propertiesService = globals.PropertiesService;
  globals.PropertiesService = {
    getDocumentProperties: () => {
      guardNone(log, 'PropertiesService.getDocumentProperties');
      return propertiesService.getDocumentProperties();
    },
    getScriptProperties: () => {
      guardNone(log, 'PropertiesService.getScriptProperties');
      return propertiesService.getScriptProperties();
    },
  };
  const present: Record<string, unknown> = { ...globals };
  for (const name of options.omit ?? []) delete present[name];
  const context = createContext(present);
  const code = files.get('Code.js');
  if (!code) throw new Error('dist/apps-script/Code.js is missing: run npm run build:addon');
  new Script(code, { filename: 'Code.js' }).runInContext(context);
  const names = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
  return {
    world,
    globals: names,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}

function guardNone(log: CallLog, name: string) {
  if (log.authMode === 'NONE') throw new Error(`${name} is not allowed in AuthMode.NONE.`);
  log.counts.set(name, (log.counts.get(name) ?? 0) + 1);
}
