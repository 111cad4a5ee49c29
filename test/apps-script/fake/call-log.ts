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
  /** Called after every counted call; tests use it to interleave other requests. */
  afterCall?: (name: string) => void;
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
  forbiddenInNone = false,
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
        if (forbiddenInNone && log.authMode === 'NONE')
          throw new ScopeError(
            `${name} is not allowed in AuthMode.NONE (onOpen of an add-on that is not yet authorized).`,
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
