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
    true,
  );
}

export interface LockState {
  holder: object | null;
  acquisitions: number;
  timeouts: number;
}

export function fakeLockService(log: CallLog, state: LockState) {
  const newLock = () => {
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
      getScriptLock: newLock,
      getDocumentLock: () => null, // null in a web app: the add-on must not rely on it
      getUserLock: newLock,
    },
    () => null,
  );
}

export function fakeHtmlService(log: CallLog, files: Map<string, string>) {
  const output = (html: string) => {
    const out = {
      title: '',
      getContent: () => html,
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
  kind: 'daily' | 'once';
  atHour?: number;
  afterMs?: number;
  id: string;
}

export function fakeScriptApp(log: CallLog, triggers: FakeTrigger[], webAppUrl: string | null) {
  const toProxy = (t: FakeTrigger) => ({
    getHandlerFunction: () => t.fn,
    getUniqueId: () => t.id,
    getEventType: () => 'CLOCK',
  });
  const newTrigger = (fn: string) => {
    const t: FakeTrigger = { fn, kind: 'once', id: `trigger-${triggers.length + 1}-${fn}` };
    const time = {
      everyDays: (n: number) => {
        t.kind = 'daily';
        void n;
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
      create: () => {
        triggers.push(t);
        return toProxy(t);
      },
    };
    return { timeBased: () => time };
  };
  return instrument(
    log,
    'ScriptApp',
    {
      newTrigger,
      getProjectTriggers: () => triggers.map(toProxy),
      deleteTrigger: (trigger: { getUniqueId(): string }) => {
        const i = triggers.findIndex((t) => t.id === trigger.getUniqueId());
        if (i >= 0) triggers.splice(i, 1);
      },
      getService: () => ({ getUrl: () => webAppUrl }),
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' },
    },
    (m) =>
      ['newTrigger', 'getProjectTriggers', 'deleteTrigger'].includes(m) ? SCOPE.triggers : null,
    true,
  );
}

export const fakeCharts = FAKE_CHARTS;
