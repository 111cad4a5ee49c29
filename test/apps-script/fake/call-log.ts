/**
 * Counts every call the add-on makes into a fake Apps Script service and refuses calls that need an
 * OAuth scope the built appsscript.json does not declare (or that the current AuthMode forbids),
 * the way Google would at run time.
 */
export const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

export class ScopeError extends Error {
  override name = 'ScopeError';
}

export interface CallLog {
  counts: Map<string, number>;
  scopes: Set<string>;
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  /** A web app request (doGet/doPost) or an execution in the spreadsheet (menu, sidebar, trigger). */
  execution?: 'webapp' | 'container';
  /** Called after every counted call; tests use it to interleave other requests. */
  afterCall?: (name: string) => void;
}

/**
 * What an Editor add-on may call in each AuthMode, as Google's add-on authorization lifecycle
 * documents it: in NONE (onOpen in a document where the add-on is not enabled yet) only the Ui to
 * build the add-on menu and the user's locale; in LIMITED (onOpen once the add-on is enabled in the
 * document) the bound document and Properties too, but nothing that needs the user's authorization
 * beyond it (ScriptApp triggers); in FULL (menu items, sidebars, onInstall, installable triggers)
 * everything the manifest's scopes allow.
 */
export function allowedInMode(mode: CallLog['authMode'], name: string): boolean {
  if (mode === 'FULL') return true;
  if (mode === 'NONE')
    return (
      name === 'SpreadsheetApp.getUi' ||
      name === 'Session.getActiveUserLocale' ||
      name.startsWith('Ui.')
    );
  return !name.startsWith('ScriptApp.');
}

export function newCallLog(scopes: string[]): CallLog {
  return { counts: new Map(), scopes: new Set(scopes), authMode: 'FULL' };
}

/** Sum of counts for names starting with one of the prefixes (e.g. 'Range.', 'Sheet.'). */
export function countCalls(log: CallLog, prefixes: string[]): number {
  let total = 0;
  for (const [name, n] of log.counts) if (prefixes.some((p) => name.startsWith(p))) total += n;
  return total;
}

/**
 * Wraps an object so each method call is counted as `${service}.${method}` and checked against
 * `needs(method)` (the scope it requires, or null).
 */
export function instrument<T extends object>(
  log: CallLog,
  service: string,
  target: T,
  needs: (method: string) => string | null,
): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor')
        return value;
      const name = `${service}.${prop}`;
      return (...args: unknown[]) => {
        const scope = needs(prop);
        if (scope && !log.scopes.has(scope))
          throw new ScopeError(
            `${name} requires the scope ${scope}, which appsscript.json does not declare.`,
          );
        if (!allowedInMode(log.authMode, name))
          throw new ScopeError(
            `You do not have permission to call ${name} in AuthMode.${log.authMode} (onOpen of an add-on ${log.authMode === 'NONE' ? 'not yet enabled in this document' : 'before the user runs it'}).`,
          );
        log.counts.set(name, (log.counts.get(name) ?? 0) + 1);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        log.afterCall?.(name);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
