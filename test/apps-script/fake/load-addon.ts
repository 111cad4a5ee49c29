/**
 * Runs the BUILT add-on (dist/apps-script/Code.js) in node:vm with the fake services as its only
 * globals, the scopes of the built appsscript.json, and a fixed clock. Returns the add-on's global
 * functions as Apps Script would call them, plus the fakes to inspect.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { instrument, newCallLog, type CallLog } from './call-log';
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
  type TriggerOwner,
  type LockState,
} from './fake-services';

export const BUILT_DIR = 'dist/apps-script';
/** The Marketplace build: the same Code.js and sidebars, a manifest without a web app. */
export const MARKETPLACE_DIR = 'dist/apps-script-addon';

export interface AddonWorld {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  documentProperties: Map<string, string>;
  scriptProperties: Map<string, string>;
  lock: LockState;
  triggers: FakeTrigger[];
  files: Map<string, string>;
  /** The document lock of this spreadsheet (the script lock is `lock`). */
  documentLock: LockState;
  /**
   * `addon`: installed from the Marketplace, under Editor add-on rules (AuthMode per entry point,
   * trigger limits, no web app). `bound`: a district's own bound copy with its web app.
   */
  project: 'addon' | 'bound';
  /** Installed and authorized by the user running it; enabled in this document (used here by anyone). */
  install: { authorized: boolean; enabled: boolean };
}

export interface LoadedAddon {
  world: AddonWorld;
  /** The global functions of Code.js, by name (in the current AuthMode, FULL unless a test set it). */
  call(name: string, ...args: unknown[]): unknown;
  globals: string[];
  /** Marketplace install by this user: onInstall runs in AuthMode.FULL. */
  install(): void;
  /**
   * The spreadsheet is opened: the simple onOpen runs in NONE (add-on not enabled in this document)
   * or LIMITED (enabled), then every installable open trigger of this document in FULL.
   */
  open(): void;
  /** A menu item is chosen: Google asks for authorization first if needed; runs in FULL. */
  choose(fn: string): unknown;
  /** A sidebar calls the server (google.script.run): AuthMode.FULL. */
  server(fn: string, ...args: unknown[]): unknown;
  /** `hours` of time pass: each time-driven trigger of the project fires as often as its period allows. */
  passHours(hours: number): string[];
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
    /** `addon`: the Marketplace build under add-on rules (see AddonWorld.project). */
    project?: 'addon' | 'bound';
  } = {},
): LoadedAddon {
  const project = options.world?.project ?? options.project ?? 'bound';
  const files = options.files ?? builtFiles(project === 'addon' ? MARKETPLACE_DIR : BUILT_DIR);
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
    documentLock: options.world?.documentLock ?? { holder: null, acquisitions: 0, timeouts: 0 },
    project,
    install: options.world?.install ?? {
      authorized: project === 'bound',
      enabled: project === 'bound',
    },
  };
  const owner: TriggerOwner = {
    get user() {
      return spreadsheet.sharing.user;
    },
    get document() {
      return spreadsheet.id;
    },
    addon: project === 'addon',
  };
  const globals = {
    SpreadsheetApp: fakeSpreadsheetApp(spreadsheet),
    PropertiesService: {
      getDocumentProperties: () =>
        fakeProperties(log, world.documentProperties, 'DocumentProperties'),
      getScriptProperties: () => fakeProperties(log, world.scriptProperties, 'ScriptProperties'),
    },
    LockService: fakeLockService(log, world.lock, world.documentLock),
    HtmlService: fakeHtmlService(log, files),
    ContentService: fakeContentService(log),
    Utilities: fakeUtilities(log),
    Session: fakeSession(log, options.locale ?? spreadsheet.locale, spreadsheet.timeZone),
    ScriptApp: fakeScriptApp(
      log,
      world.triggers,
      options.webAppUrl !== undefined
        ? options.webAppUrl
        : project === 'addon'
          ? null // an add-on has no web app of its own
          : 'https://script.google.com/macros/s/FAKE_DEPLOYMENT/exec',
      owner,
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
  // Properties access itself is counted and checked against the AuthMode.
  globals.PropertiesService = instrument(
    log,
    'PropertiesService',
    globals.PropertiesService,
    () => null,
  );
  const present: Record<string, unknown> = { ...globals };
  for (const name of options.omit ?? []) delete present[name];
  const context = createContext(present);
  const code = files.get('Code.js');
  if (!code) throw new Error('dist/apps-script/Code.js is missing: run npm run build:addon');
  new Script(code, { filename: 'Code.js' }).runInContext(context);
  const names = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
  const call = (name: string, ...args: unknown[]) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
    log.execution = name === 'doPost' || name === 'doGet' ? 'webapp' : 'container';
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  return { world, globals: names, call, ...lifecycle(world, spreadsheet, call) };
}

/** Runs `fn` in an AuthMode, then goes back to the one before. */
function inMode<T>(log: CallLog, mode: CallLog['authMode'], fn: () => T): T {
  const before = log.authMode;
  log.authMode = mode;
  try {
    return fn();
  } finally {
    log.authMode = before;
  }
}

/** How Google runs an Editor add-on's entry points (see LoadedAddon). */
function lifecycle(
  world: AddonWorld,
  spreadsheet: FakeSpreadsheet,
  call: (name: string, ...args: unknown[]) => unknown,
): Pick<LoadedAddon, 'install' | 'open' | 'choose' | 'server' | 'passHours'> {
  const log = world.log;
  const full = (fn: string, ...args: unknown[]) => inMode(log, 'FULL', () => call(fn, ...args));
  /** Installable triggers run as the user who made them. */
  const asOwner = <T>(user: string | undefined, fn: () => T): T => {
    const before = spreadsheet.sharing.user;
    spreadsheet.sharing.user = user ?? before;
    try {
      return fn();
    } finally {
      spreadsheet.sharing.user = before;
    }
  };
  return {
    install() {
      world.install.authorized = true;
      full('onInstall', { authMode: 'FULL' });
    },
    open() {
      spreadsheet.menus = [];
      const mode = world.install.enabled ? 'LIMITED' : 'NONE';
      inMode(log, mode, () => call('onOpen', { authMode: mode, source: spreadsheet.proxy }));
      for (const t of world.triggers.filter(
        (x) => x.kind === 'open' && (x.document ?? spreadsheet.id) === spreadsheet.id,
      ))
        asOwner(t.user, () => full(t.fn, { authMode: 'FULL', triggerUid: t.id }));
    },
    choose(fn) {
      const items = spreadsheet.menus.at(-1)?.items ?? [];
      if (!items.some((i) => i.fn === fn)) throw new Error(`The menu has no item calling ${fn}`);
      world.install.authorized = true; // the authorization prompt, accepted
      world.install.enabled = true;
      return full(fn);
    },
    server(fn, ...args) {
      return full(fn, ...args);
    },
    passHours(hours) {
      const fired: string[] = [];
      for (const t of [...world.triggers]) {
        const every = t.kind === 'hourly' ? (t.everyHours ?? 1) : t.kind === 'daily' ? 24 : 0;
        const times = every ? Math.floor(hours / every) : t.kind === 'once' ? 1 : 0;
        for (let i = 0; i < times; i++) {
          asOwner(t.user, () => full(t.fn, { authMode: 'FULL', triggerUid: t.id }));
          fired.push(t.fn);
        }
      }
      return fired;
    },
  };
}
