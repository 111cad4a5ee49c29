/**
 * The Sheets API v4 calls the extension makes, as values: spreadsheets.get (tab titles, merges, the
 * developer metadata the add-on publishes on the spreadsheet),
 * values:batchGet, values:append (RAW), and OpenID userinfo (who the coach is). A 401 drops the
 * token and tries once more with a silently renewed one; every other failure becomes a problem
 * with a stable code the outbox and the panel act on.
 */
import type { CellValue } from '../../shared/cells';
import type { GoogleAuth } from './google-auth';
import type { GoogleEndpoints } from './google-config';
import { withTimeLimit } from './time-limit';

export type GoogleFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** Why a Google call did not succeed; `retryAfterMs` comes with `rate-limited`. */
export interface SheetsProblem {
  code:
    | 'signed-out'
    | 'no-access'
    | 'sheet-gone'
    | 'rate-limited'
    | 'network'
    | 'timeout'
    | 'google-error';
  message: string;
  retryAfterMs?: number;
  /** A 403 because the token lacks a scope the call needs (not a sharing refusal): Google's ACCESS_TOKEN_SCOPE_INSUFFICIENT. */
  insufficientScope?: boolean;
}

export type SheetsResult<T> = { ok: true; value: T } | { ok: false; problem: SheetsProblem };

export interface SpreadsheetInfo {
  title: string;
  /** The spreadsheet's locale ("fr_CA"): the plan's language, as the add-on takes it. */
  locale: string;
  sheets: {
    title: string;
    merges: {
      startRowIndex: number;
      endRowIndex: number;
      startColumnIndex: number;
      endColumnIndex: number;
    }[];
  }[];
  /** The spreadsheet's own developer metadata this project may read, by key (the first of each). */
  metadata: Record<string, string>;
}

/** How long a 429 without Retry-After makes us wait (Sheets quotas are per minute). */
const DEFAULT_RETRY_AFTER_MS = 60_000;

const BY_STATUS: Record<number, SheetsProblem['code']> = {
  401: 'signed-out',
  403: 'no-access',
  404: 'sheet-gone',
  429: 'rate-limited',
};

/** Retry-After as seconds or an HTTP date, in ms from `now`. */
export function retryAfterMs(header: string | null, now: number): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, at - now);
}

/** Google's documented body for a token without the scope a method needs (403). */
function lacksScope(body: string): boolean {
  return /ACCESS_TOKEN_SCOPE_INSUFFICIENT|insufficient authentication scopes/i.test(body);
}

function googleMessage(body: string, status: number): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return message;
  } catch {
    // Not Google's JSON error body (a proxy's page): say the status.
  }
  return `HTTP ${status}`;
}

/** A sheet name quoted for A1 notation. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** spreadsheets.get's field mask: titles, locale, merges, and the spreadsheet's developer metadata. */
const SPREADSHEET_FIELDS =
  'properties(title,locale),sheets(properties.title,merges),developerMetadata(metadataKey,metadataValue)';

/** Key → value, the first entry of a key winning (Sheets allows several with one key). */
function metadataByKey(
  entries: { metadataKey?: string; metadataValue?: string }[],
): Record<string, string> {
  const byKey: Record<string, string> = {};
  for (const entry of entries)
    if (entry.metadataKey && !(entry.metadataKey in byKey))
      byKey[entry.metadataKey] = entry.metadataValue ?? '';
  return byKey;
}

/** The extra scopes a call needs, and whether Google may ask the coach for them (inside their click). */
export interface TokenAccess {
  interactive: boolean;
  scopes: readonly string[];
}

export interface SheetsDeps {
  fetch: GoogleFetch;
  auth: GoogleAuth;
  endpoints: GoogleEndpoints;
  now(): number;
  timeoutMs: number;
}

export type SheetsClient = ReturnType<typeof sheetsClient>;

export function sheetsClient(deps: SheetsDeps) {
  async function once(token: string, method: string, url: string, body?: unknown) {
    const timedOut = { status: -1, retry: null, text: 'timeout' } as const;
    return withTimeLimit(
      async (signal) => {
        try {
          const response = await deps.fetch(url, {
            method,
            headers: {
              Authorization: `Bearer ${token}`,
              ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal,
          });
          return {
            status: response.status,
            retry: response.headers.get('retry-after'),
            text: await response.text(),
          };
        } catch (error) {
          return {
            status: 0,
            retry: null,
            text: error instanceof Error ? error.message : String(error),
          };
        }
      },
      deps.timeoutMs,
      () => timedOut,
    );
  }

  async function call<T>(
    method: string,
    url: string,
    body?: unknown,
    access: TokenAccess = { interactive: false, scopes: [] },
  ): Promise<SheetsResult<T>> {
    let answer: Awaited<ReturnType<typeof once>> | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await deps.auth.token(access.interactive, access.scopes);
      if (!token.ok) return { ok: false, problem: { code: 'signed-out', message: token.code } };
      answer = await once(token.token, method, url, body);
      const scopeMissing = answer.status === 403 && lacksScope(answer.text);
      if (answer.status !== 401 && !scopeMissing) break;
      await deps.auth.drop(token.token);
      if (scopeMissing) break; // asking again now would get the same grant
    }
    if (!answer) return { ok: false, problem: { code: 'google-error', message: 'no answer' } };
    if (answer.status >= 200 && answer.status < 300) {
      try {
        return { ok: true, value: JSON.parse(answer.text) as T };
      } catch {
        return { ok: false, problem: { code: 'google-error', message: answer.text.slice(0, 120) } };
      }
    }
    if (answer.status === -1)
      return { ok: false, problem: { code: 'timeout', message: answer.text } };
    if (answer.status === 0)
      return { ok: false, problem: { code: 'network', message: answer.text } };
    const code = BY_STATUS[answer.status] ?? 'google-error';
    const problem: SheetsProblem = { code, message: googleMessage(answer.text, answer.status) };
    if (answer.status === 403 && lacksScope(answer.text)) problem.insufficientScope = true;
    if (code === 'rate-limited') problem.retryAfterMs = retryAfterMs(answer.retry, deps.now());
    return { ok: false, problem };
  }

  const sheet = (id: string) =>
    `${deps.endpoints.sheets}/v4/spreadsheets/${encodeURIComponent(id)}`;

  return {
    /**
     * A GET on another Google API with the same token handling (lib/google-docs.ts reads Docs and
     * Slides), with a token carrying `access.scopes` besides the sign-in ones.
     */
    getJson: <T>(url: string, access?: TokenAccess) => call<T>('GET', url, undefined, access),
    /** Tab titles, merged ranges and the published setup: what the reader needs besides values. */
    spreadsheet: (id: string) =>
      call<{
        properties: { title: string; locale?: string };
        sheets?: {
          properties: { title: string; locale?: string };
          merges?: SpreadsheetInfo['sheets'][number]['merges'];
        }[];
        developerMetadata?: { metadataKey?: string; metadataValue?: string }[];
      }>('GET', `${sheet(id)}?fields=${encodeURIComponent(SPREADSHEET_FIELDS)}`).then(
        (result): SheetsResult<SpreadsheetInfo> =>
          result.ok
            ? {
                ok: true,
                value: {
                  title: result.value.properties.title,
                  locale: result.value.properties.locale ?? '',
                  sheets: (result.value.sheets ?? []).map((s) => ({
                    title: s.properties.title,
                    merges: s.merges ?? [],
                  })),
                  metadata: metadataByKey(result.value.developerMetadata ?? []),
                },
              }
            : result,
      ),
    /** Several ranges in one read; numbers stay numbers, dates come as the sheet shows them. */
    batchGet: (id: string, ranges: string[]) => {
      const query = new URLSearchParams({
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      });
      for (const range of ranges) query.append('ranges', range);
      return call<{ valueRanges?: { values?: CellValue[][] }[] }>(
        'GET',
        `${sheet(id)}/values:batchGet?${query}`,
      ).then(
        (result): SheetsResult<CellValue[][][]> =>
          result.ok
            ? { ok: true, value: ranges.map((_, i) => result.value.valueRanges?.[i]?.values ?? []) }
            : result,
      );
    },
    /** Rows after the table in `range`, stored exactly as given (RAW: nothing parsed as a number, date or formula). */
    append: (id: string, range: string, rows: string[][]) =>
      call<unknown>(
        'POST',
        `${sheet(id)}/values/${encodeURIComponent(range)}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS`,
        { majorDimension: 'ROWS', values: rows },
      ),
    /** The signed-in coach's name and email (OpenID userinfo). */
    userInfo: () =>
      call<{ email?: string; name?: string }>('GET', `${deps.endpoints.userinfo}/v1/userinfo`),
  };
}
