/**
 * Fakes of the non-spreadsheet Apps Script services the add-on uses: PropertiesService (document and
 * script stores), LockService (one script lock shared by every execution; a second execution waiting
 * while the first holds it times out, as in Apps Script), HtmlService, ContentService, Utilities,
 * Session, ScriptApp triggers, Charts. Each is counted and scope-checked through call-log.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { instrument, SCOPE, ScopeError, type CallLog } from './call-log';
import { FAKE_CHARTS } from './fake-spreadsheet';

export function fakeProperties(log: CallLog, store: Map<string, string>, name: string) {
  return instrument(
    log,
    name,
    {
      getProperty: (k: string) => store.get(k) ?? null,
      setProperty: (k: string, v: string) => {
        store.set(k, String(v));
        return undefined;
      },
      deleteProperty: (k: string) => {
        store.delete(k);
        return undefined;
      },
      getProperties: () => Object.fromEntries(store),
      setProperties: (p: Record<string, string>) => {
        for (const [k, v] of Object.entries(p)) store.set(k, String(v));
        return undefined;
      },
      getKeys: () => [...store.keys()],
    },
    () => null,
  );
}

export interface LockState {
  holder: object | null;
  acquisitions: number;
  timeouts: number;
}

/**
 * The script lock (one for every execution of the project: with an add-on, every user in every
 * document) and the document lock (one per document; null in a web app, as Apps Script returns).
 */
export function fakeLockService(log: CallLog, state: LockState, documentState?: LockState) {
  const newLock = (state: LockState) => () => {
    const lock = {
      tryLock: (_ms: number) => {
        if (state.holder && state.holder !== lock) {
          state.timeouts++;
          return false;
        }
        state.holder = lock;
        state.acquisitions++;
        return true;
      },
      waitLock: (ms: number) => {
        if (!lock.tryLock(ms))
          throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
      releaseLock: () => {
        if (state.holder === lock) state.holder = null;
      },
      hasLock: () => state.holder === lock,
    };
    return instrument(log, 'Lock', lock, () => null);
  };
  return instrument(
    log,
    'LockService',
    {
      getScriptLock: newLock(state),
      getDocumentLock: () =>
        log.execution === 'webapp' || !documentState ? null : newLock(documentState)(),
      getUserLock: newLock({ holder: null, acquisitions: 0, timeouts: 0 }),
    },
    () => null,
  );
}

export function fakeHtmlService(log: CallLog, files: Map<string, string>) {
  const output = (html: string) => {
    const out = {
      title: '',
      getContent: () => html,
      setContent: (content: string) => {
        html = content;
        return out;
      },
      setTitle: (t: string) => {
        out.title = t;
        return out;
      },
      getTitle: () => out.title,
      setWidth: () => out,
      setHeight: () => out,
      setSandboxMode: () => out,
      setXFrameOptionsMode: () => out,
      append: (more: string) => {
        html += more;
        return out;
      },
    };
    return out;
  };
  return instrument(
    log,
    'HtmlService',
    {
      createHtmlOutputFromFile: (name: string) => {
        const html = files.get(`${name}.html`);
        if (html === undefined) throw new Error(`No HTML file named ${name} was found.`);
        return output(html);
      },
      createHtmlOutput: (html = '') => output(html),
      SandboxMode: { IFRAME: 'IFRAME' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    },
    () => null,
  );
}

export function fakeContentService(log: CallLog) {
  return instrument(
    log,
    'ContentService',
    {
      createTextOutput: (text = '') => {
        const out = {
          text,
          mime: 'text/plain',
          getContent: () => out.text,
          setMimeType: (m: string) => {
            out.mime = m;
            return out;
          },
          getMimeType: () => out.mime,
        };
        return out;
      },
      MimeType: { JSON: 'application/json', TEXT: 'text/plain' },
    },
    () => null,
  );
}

export function fakeUtilities(log: CallLog) {
  return instrument(
    log,
    'Utilities',
    {
      computeDigest: (_alg: string, value: string) =>
        [...createHash('sha256').update(value, 'utf8').digest()].map((b) =>
          b > 127 ? b - 256 : b,
        ),
      getUuid: () => randomUUID(),
      base64EncodeWebSafe: (v: string | number[]) =>
        Buffer.from(
          typeof v === 'string' ? Buffer.from(v, 'utf8') : Uint8Array.from(v.map((b) => b & 255)),
        ).toString('base64url'),
      formatDate: (date: Date, timeZone: string, pattern: string) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
          })
            .formatToParts(date)
            .map((p) => [p.type, p.value]),
        );
        return pattern
          .replace('yyyy', parts.year)
          .replace('MM', parts.month)
          .replace('dd', parts.day)
          .replace('HH', parts.hour)
          .replace('mm', parts.minute)
          .replace('ss', parts.second);
      },
      sleep: () => undefined,
      DigestAlgorithm: { SHA_256: 'SHA_256' },
      Charset: { UTF_8: 'UTF_8' },
    },
    () => null,
  );
}

export function fakeSession(log: CallLog, locale: string, timeZone: string) {
  return instrument(
    log,
    'Session',
    {
      getActiveUserLocale: () => locale,
      getScriptTimeZone: () => timeZone,
      getActiveUser: () => {
        throw new ScopeError(`Session.getActiveUser requires the scope ${SCOPE.email}.`);
      },
      getEffectiveUser: () => {
        throw new ScopeError(`Session.getEffectiveUser requires the scope ${SCOPE.email}.`);
      },
      getTemporaryActiveUserKey: () => 'temporary-user-key',
    },
    () => null,
  );
}

export interface FakeTrigger {
  fn: string;
  /** hourly/daily/once: time-driven (CLOCK); open: an installable open trigger of the spreadsheet. */
  kind: 'hourly' | 'daily' | 'once' | 'open';
  atHour?: number;
  everyHours?: number;
  afterMs?: number;
  id: string;
  /** Whose trigger it is and for which document (an add-on's triggers belong to both). */
  user?: string;
  document?: string;
}

const HOUR_MS = 3_600_000;

/** Who runs the script and in which document: triggers are filed under both. */
export interface TriggerOwner {
  user: string;
  document: string;
  /** Editor add-on rules (Google's "Triggers in add-ons"): one trigger of each event type per user per document, time-driven at most hourly. */
  addon: boolean;
}

const eventType = (t: FakeTrigger) => (t.kind === 'open' ? 'ON_OPEN' : 'CLOCK');
const mine = (t: FakeTrigger, owner: TriggerOwner) =>
  (t.user ?? owner.user) === owner.user && (t.document ?? owner.document) === owner.document;

/** Refuses what Google refuses to an Editor add-on when a trigger is created. */
function checkAddonTrigger(triggers: FakeTrigger[], t: FakeTrigger, owner: TriggerOwner): void {
  if (!owner.addon) return;
  if (t.document !== owner.document)
    throw new Error(
      'Add-ons can only create triggers for the document in which the add-on is used.',
    );
  const period =
    t.kind === 'hourly'
      ? (t.everyHours ?? 0) * HOUR_MS
      : t.kind === 'once'
        ? (t.afterMs ?? 0)
        : Number.POSITIVE_INFINITY;
  if (eventType(t) === 'CLOCK' && period < HOUR_MS)
    throw new Error('Add-ons can only create time-driven triggers that run at most once an hour.');
  if (triggers.some((x) => mine(x, owner) && eventType(x) === eventType(t)))
    throw new Error(
      `This add-on already has a ${eventType(t)} trigger for this user in this document: an add-on can only have one trigger of each type, per user, per document.`,
    );
}

export function fakeScriptApp(
  log: CallLog,
  triggers: FakeTrigger[],
  webAppUrl: string | null,
  owner: TriggerOwner = {
    user: 'coordinator@district.example',
    document: 'fake-spreadsheet-id',
    addon: false,
  },
) {
  const toProxy = (t: FakeTrigger) => ({
    getHandlerFunction: () => t.fn,
    getUniqueId: () => t.id,
    getEventType: () => eventType(t),
    getTriggerSourceId: () => t.document ?? owner.document,
  });
  let made = 0;
  const newTrigger = (fn: string) => {
    made++;
    const t: FakeTrigger = {
      fn,
      kind: 'once',
      id: `trigger-${triggers.length + 1}-${made}-${fn}`,
      user: owner.user,
      document: owner.document,
    };
    const create = () => {
      checkAddonTrigger(triggers, t, owner);
      triggers.push(t);
      return toProxy(t);
    };
    const time = {
      everyDays: (n: number) => {
        t.kind = 'daily';
        void n;
        return time;
      },
      everyHours: (n: number) => {
        if (![1, 2, 4, 6, 8, 12].includes(n))
          throw new Error('The interval must be one of 1, 2, 4, 6, 8 or 12 hours.');
        t.kind = 'hourly';
        t.everyHours = n;
        return time;
      },
      everyMinutes: (n: number) => {
        t.kind = 'hourly';
        t.everyHours = n / 60;
        return time;
      },
      atHour: (h: number) => {
        t.atHour = h;
        return time;
      },
      after: (ms: number) => {
        t.kind = 'once';
        t.afterMs = ms;
        return time;
      },
      create,
    };
    const spreadsheetBuilder = {
      onOpen: () => {
        t.kind = 'open';
        return { create };
      },
    };
    return {
      timeBased: () => time,
      forSpreadsheet: (ss: { getId(): string }) => {
        t.document = ss.getId();
        return spreadsheetBuilder;
      },
    };
  };
  return instrument(
    log,
    'ScriptApp',
    {
      newTrigger,
      /** The current user's triggers of this project, in every document. */
      getProjectTriggers: () =>
        triggers.filter((t) => (t.user ?? owner.user) === owner.user).map(toProxy),
      /** The current user's triggers of this add-on in one document. */
      getUserTriggers: (ss: { getId(): string }) =>
        triggers.filter((t) => mine(t, { ...owner, document: ss.getId() })).map(toProxy),
      deleteTrigger: (trigger: { getUniqueId(): string }) => {
        const i = triggers.findIndex((t) => t.id === trigger.getUniqueId());
        if (i >= 0) triggers.splice(i, 1);
      },
      getService: () => ({ getUrl: () => webAppUrl }),
      ...SCRIPT_APP_ENUMS,
    },
    (m) =>
      ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'].includes(m)
        ? SCOPE.triggers
        : null,
  );
}

/** ScriptApp's enums: plain properties, readable in every AuthMode (onOpen compares e.authMode with them). */
export const SCRIPT_APP_ENUMS = {
  AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' },
  EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN' },
};

export const fakeCharts = FAKE_CHARTS;
