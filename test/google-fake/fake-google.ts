/**
 * A fake Google for tests, answering as Google documents: the OAuth authorization endpoint with the
 * implicit-grant redirect `launchWebAuthFlow` waits for, OpenID userinfo, and the subset of Sheets
 * API v4 the extension uses (spreadsheets.get with its field mask and the spreadsheet's developer
 * metadata, values.get, values:batchGet, values:append), Docs API v1 documents.get and Slides API
 * v1 presentations.get (test/google-fake/fake-docs.ts), with Google's error bodies
 * (`{"error":{"code","message","status"}}`). One request handler serves both
 * the extension unit tests (as a fetch function) and real Chromium (over HTTP on 127.0.0.1).
 */
import type { CellValue, MergedRange } from '../../shared/cells';
import { formatA1, parseA1 } from './a1-range';
import type { FakeDriveFile } from './fake-docs';

export interface FakeSheet {
  title: string;
  values: CellValue[][];
  merges?: MergedRange[];
}

export interface FakeSpreadsheet {
  id: string;
  title: string;
  /** The spreadsheet's locale (File > Settings), e.g. en_US or fr_CA. */
  locale?: string;
  sheets: FakeSheet[];
  /** Emails the spreadsheet is shared with (Google's own sharing). */
  sharedWith: Set<string>;
  /**
   * Developer metadata on the spreadsheet itself. PROJECT entries belong to the project that wrote
   * them (the add-on's), so the extension's requests never see them; DOCUMENT ones any project reads.
   */
  developerMetadata?: FakeDeveloperMetadata[];
}

export interface FakeDeveloperMetadata {
  metadataKey: string;
  metadataValue: string;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** The top-level fields a `fields` mask names ("properties(title),sheets(merges)" → properties, sheets). */
export function maskedFields(mask: string | null): Set<string> | null {
  if (!mask) return null;
  const names = new Set<string>();
  let depth = 0;
  let current = '';
  for (const ch of `${mask},`) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      names.add(current.trim().split(/[.(/]/)[0]);
      current = '';
    } else current += ch;
  }
  return names;
}

export interface FakeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The connection drops before the reply reaches the client (the request may have been applied). */
  drop?: boolean;
}

/** A fault the next matching Sheets request meets. */
export type Fault = (
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'drop' }
  | { kind: 'drop-after-write' }
) & { on?: 'read' | 'append' };

const STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
};

const MESSAGES: Record<number, string> = {
  401: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  403: 'The caller does not have permission',
  404: 'Requested entity was not found.',
  429: "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com'.",
};

function googleError(status: number, message = MESSAGES[status] ?? 'Error'): FakeResponse {
  return json(status, { error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } });
}

/** The scopes an account's first consent (sign-in) covered, as the extension asks for them. */
const SIGN_IN = ['https://www.googleapis.com/auth/spreadsheets', 'openid', 'email', 'profile'];

/** Google's 403 for a token without the scope a method needs (ErrorInfo ACCESS_TOKEN_SCOPE_INSUFFICIENT). */
function insufficientScopes(service: string, kind: string): FakeResponse {
  const method = `google.apps.${service}.v1.${service === 'docs' ? 'DocumentsService.GetDocument' : 'PresentationsService.GetPresentation'}`;
  return json(
    403,
    {
      error: {
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        errors: [
          {
            message: 'Insufficient Permission',
            domain: 'global',
            reason: 'insufficientPermissions',
          },
        ],
        status: 'PERMISSION_DENIED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
            domain: 'googleapis.com',
            metadata: { service: `${service}.googleapis.com`, method },
          },
        ],
      },
    },
    {
      'www-authenticate': `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/${kind}.readonly"`,
    },
  );
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): FakeResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      'access-control-allow-origin': '*',
      ...headers,
    },
    body: JSON.stringify(value),
  };
}

function redirect(location: string): FakeResponse {
  return { status: 302, headers: { location }, body: '' };
}

/** A cell as the API renders it for valueRenderOption / dateTimeRenderOption. */
function rendered(value: CellValue, render: string): string | number | boolean {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (render === 'FORMATTED_VALUE') return String(value);
  return value;
}

/** Google leaves out trailing empty cells of a row and trailing empty rows. */
function trimmed(rows: (string | number | boolean)[][]): (string | number | boolean)[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

export interface FakeGoogleOptions {
  now?: () => number;
  tokenLifetimeSeconds?: number;
}

export class FakeGoogle {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly users = new Map<string, { name: string }>();
  /** The account signed in to the browser's Google session, if any. */
  signedIn: string | null = null;
  /** Accounts that consented to the extension's sign-in scopes (Sheets, openid, email, profile). */
  readonly consented = new Set<string>();
  /** Further scopes each consenting account granted, one consent screen at a time (incremental). */
  readonly grants = new Map<string, Set<string>>();
  /** Scopes the coach refuses on Google's consent screen (the request is then access_denied). */
  readonly declining = new Set<string>();
  /** Every authorization request's scopes, in order, and whether it could show a window. */
  readonly authorizations: { scopes: string[]; interactive: boolean }[] = [];
  /** Live tokens: whose, until when, and the scopes granted (none recorded: no Docs or Slides scope). */
  readonly tokens = new Map<string, { email: string; expiresAt: number; scope?: string }>();
  /** Google Docs and Slides decks, by id. */
  readonly files = new Map<string, FakeDriveFile>();
  readonly faults: Fault[] = [];
  /** Every Sheets request, in order: method, path and query, as Google received them. */
  readonly log: { method: string; path: string; query: URLSearchParams; body?: unknown }[] = [];
  private issued = 0;
  private readonly now: () => number;
  private readonly lifetime: number;

  constructor(options: FakeGoogleOptions = {}) {
    this.now = options.now ?? Date.now;
    this.lifetime = options.tokenLifetimeSeconds ?? 3599;
  }

  addUser(email: string, name: string): void {
    this.users.set(email, { name });
  }

  addSpreadsheet(sheet: Omit<FakeSpreadsheet, 'sharedWith'> & { sharedWith?: string[] }): void {
    this.spreadsheets.set(sheet.id, { ...sheet, sharedWith: new Set(sheet.sharedWith ?? []) });
  }

  /** Every token issued so far stops working, as an hour going by would do. */
  expireTokens(): void {
    for (const token of this.tokens.values()) token.expiresAt = 0;
  }

  /** Rows of a tab as stored (header included). */
  rows(spreadsheetId: string, title: string): CellValue[][] {
    return (
      this.spreadsheets.get(spreadsheetId)?.sheets.find((s) => s.title === title)?.values ?? []
    );
  }

  handle(request: FakeRequest): FakeResponse {
    const url = new URL(request.url);
    if (url.pathname === '/o/oauth2/v2/auth') return this.authorize(url.searchParams);
    if (url.pathname === '/v1/userinfo') return this.userInfo(request);
    if (url.pathname.startsWith('/v4/spreadsheets/')) return this.sheets(request, url);
    const file = /^\/v1\/(documents|presentations)\/([^/]+)$/.exec(url.pathname);
    if (file) return this.driveFile(request, file[1], decodeURIComponent(file[2]));
    return googleError(404);
  }

  /** documents.get / presentations.get: 401 without a live token, 403 without the read scope or sharing, 404 unknown. */
  private driveFile(request: FakeRequest, kind: string, id: string): FakeResponse {
    this.log.push({
      method: request.method,
      path: `/v1/${kind}/${id}`,
      query: new URLSearchParams(),
    });
    const email = this.caller(request);
    if (!email) return googleError(401);
    const header = request.headers.authorization ?? request.headers.Authorization ?? '';
    const token = this.tokens.get(header.replace(/^Bearer\s+/i, ''));
    if (!token?.scope?.split(' ').includes(`https://www.googleapis.com/auth/${kind}.readonly`))
      return insufficientScopes(kind === 'documents' ? 'docs' : 'slides', kind);
    const file = this.files.get(id);
    if (!file || file.kind !== kind) return googleError(404);
    if (!file.sharedWith.has(email)) return googleError(403);
    const key = kind === 'documents' ? 'documentId' : 'presentationId';
    return json(200, { ...file.body, [key]: id });
  }

  /** Implicit grant: redirect_uri#access_token=…&token_type=Bearer&expires_in=…&scope=…&state=… */
  private authorize(query: URLSearchParams): FakeResponse {
    const redirectUri = query.get('redirect_uri') ?? '';
    const state = query.get('state') ?? '';
    const fail = (error: string) =>
      redirect(`${redirectUri}#${new URLSearchParams({ error, state })}`);
    if (!query.get('client_id') || query.get('response_type') !== 'token')
      return fail('invalid_request');
    const silent = query.get('prompt') === 'none';
    const requested = (query.get('scope') ?? '').split(' ').filter(Boolean);
    this.authorizations.push({ scopes: requested, interactive: !silent });
    const email = this.signedIn;
    if (!email) return fail(silent ? 'login_required' : 'access_denied');
    const granted = this.grantedTo(email);
    const asked = requested.filter((scope) => !granted.has(scope));
    if (asked.length > 0) {
      if (silent) return fail('consent_required');
      if (asked.some((scope) => this.declining.has(scope))) return fail('access_denied');
      this.consented.add(email);
      const grants = this.grants.get(email) ?? new Set<string>();
      for (const scope of asked) grants.add(scope);
      this.grants.set(email, grants);
    }
    // include_granted_scopes=true: the token carries every scope granted so far, not only these.
    const all = query.get('include_granted_scopes') === 'true' ? [...this.grantedTo(email)] : [];
    const token = `ya29.fake-${++this.issued}`;
    const scope = [...new Set([...requested, ...all])].join(' ');
    this.tokens.set(token, { email, expiresAt: this.now() + this.lifetime * 1000, scope });
    const fragment = new URLSearchParams({
      access_token: token,
      token_type: 'Bearer',
      expires_in: String(this.lifetime),
      scope,
      state,
    });
    return redirect(`${redirectUri}#${fragment}`);
  }

  /** What an account granted so far: the sign-in scopes once it consented, and any granted since. */
  private grantedTo(email: string): Set<string> {
    if (!this.consented.has(email)) return new Set();
    return new Set([...SIGN_IN, ...(this.grants.get(email) ?? [])]);
  }

  private caller(request: FakeRequest): string | null {
    const header = request.headers.authorization ?? request.headers.Authorization ?? '';
    const token = this.tokens.get(header.replace(/^Bearer\s+/i, ''));
    return token && token.expiresAt > this.now() ? token.email : null;
  }

  private userInfo(request: FakeRequest): FakeResponse {
    const email = this.caller(request);
    if (!email) return googleError(401);
    const user = this.users.get(email);
    return json(200, { sub: `sub-${email}`, email, email_verified: true, name: user?.name ?? '' });
  }

  private sheets(request: FakeRequest, url: URL): FakeResponse {
    const tail = url.pathname.slice('/v4/spreadsheets/'.length);
    const slash = tail.indexOf('/');
    const id = decodeURIComponent(slash < 0 ? tail : tail.slice(0, slash));
    const rest = slash < 0 ? '' : decodeURIComponent(tail.slice(slash));
    this.log.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: request.body ? JSON.parse(request.body) : undefined,
    });
    const email = this.caller(request);
    if (!email) return googleError(401);
    const fault = this.takeFault(rest.endsWith(':append') ? 'append' : 'read');
    if (fault?.kind === 'rate-limit')
      return {
        ...googleError(429),
        headers: { ...googleError(429).headers, 'retry-after': String(fault.retryAfterSeconds) },
      };
    if (fault?.kind === 'drop') return { status: 0, headers: {}, body: '', drop: true };
    const spreadsheet = this.spreadsheets.get(id);
    if (!spreadsheet) return googleError(404);
    if (!spreadsheet.sharedWith.has(email)) return googleError(403);
    const answer = this.route(spreadsheet, request, rest, url.searchParams);
    return fault?.kind === 'drop-after-write' ? { ...answer, drop: true } : answer;
  }

  /** The first queued fault meant for this kind of request, removed from the queue. */
  private takeFault(kind: 'read' | 'append'): Fault | undefined {
    const index = this.faults.findIndex((f) => !f.on || f.on === kind);
    return index < 0 ? undefined : this.faults.splice(index, 1)[0];
  }

  private route(
    spreadsheet: FakeSpreadsheet,
    request: FakeRequest,
    rest: string,
    query: URLSearchParams,
  ): FakeResponse {
    if (rest === '' && request.method === 'GET')
      return this.metadata(spreadsheet, maskedFields(query.get('fields')));
    if (rest === '/values:batchGet' && request.method === 'GET')
      return this.batchGet(spreadsheet, query);
    const append = /^\/values\/(.+):append$/.exec(rest);
    if (append && request.method === 'POST')
      return this.append(spreadsheet, append[1], query, request.body ?? '');
    const get = /^\/values\/(.+)$/.exec(rest);
    if (get && request.method === 'GET') {
      const range = this.valueRange(spreadsheet, get[1], query);
      return 'status' in range ? range : json(200, range);
    }
    return googleError(404);
  }

  /** spreadsheets.get: the Spreadsheet resource, cut to the top-level fields the mask names. */
  private metadata(spreadsheet: FakeSpreadsheet, fields: Set<string> | null): FakeResponse {
    const resource: Record<string, unknown> = {
      spreadsheetId: spreadsheet.id,
      properties: { title: spreadsheet.title, locale: spreadsheet.locale ?? 'en_US' },
      sheets: spreadsheet.sheets.map((sheet, index) => ({
        properties: {
          sheetId: index + 1,
          title: sheet.title,
          index,
          sheetType: 'GRID',
          gridProperties: {
            rowCount: Math.max(1000, sheet.values.length),
            columnCount: Math.max(26, ...sheet.values.map((r) => r.length)),
          },
        },
        ...(sheet.merges?.length
          ? {
              merges: sheet.merges.map((m) => ({
                sheetId: index + 1,
                startRowIndex: m.row,
                endRowIndex: m.row + m.rows,
                startColumnIndex: m.col,
                endColumnIndex: m.col + m.cols,
              })),
            }
          : {}),
      })),
      developerMetadata: (spreadsheet.developerMetadata ?? [])
        .filter((m) => m.visibility === 'DOCUMENT')
        .map((m, i) => ({
          metadataId: 1000 + i,
          metadataKey: m.metadataKey,
          metadataValue: m.metadataValue,
          location: { locationType: 'SPREADSHEET', spreadsheet: true },
          visibility: m.visibility,
        })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`,
    };
    // Google leaves out an empty list, and every field the mask does not name.
    if ((resource.developerMetadata as unknown[]).length === 0) delete resource.developerMetadata;
    return json(
      200,
      fields
        ? Object.fromEntries(Object.entries(resource).filter(([key]) => fields.has(key)))
        : resource,
    );
  }

  private valueRange(
    spreadsheet: FakeSpreadsheet,
    a1: string,
    query: URLSearchParams,
  ): { range: string; majorDimension: 'ROWS'; values?: unknown[][] } | FakeResponse {
    const range = parseA1(a1);
    const sheet = range && spreadsheet.sheets.find((s) => s.title === range.sheet);
    if (!range || !sheet) return googleError(400, `Unable to parse range: ${a1}`);
    const render = query.get('valueRenderOption') ?? 'FORMATTED_VALUE';
    const rows = sheet.values
      .slice(range.startRow, range.endRow)
      .map((row) =>
        row.slice(range.startCol, range.endCol).map((v) => rendered(v ?? null, render)),
      );
    const values = trimmed(rows);
    const width = Math.max(0, ...values.map((r) => r.length));
    return {
      range: formatA1(sheet.title, range.startRow, range.startRow + values.length, width),
      majorDimension: 'ROWS',
      ...(values.length > 0 ? { values } : {}),
    };
  }

  private batchGet(spreadsheet: FakeSpreadsheet, query: URLSearchParams): FakeResponse {
    const valueRanges = [];
    for (const a1 of query.getAll('ranges')) {
      const range = this.valueRange(spreadsheet, a1, query);
      if ('status' in range) return range;
      valueRanges.push(range);
    }
    return json(200, { spreadsheetId: spreadsheet.id, valueRanges });
  }

  /** values.append: after the last row of the table; RAW stores strings exactly as sent. */
  private append(
    spreadsheet: FakeSpreadsheet,
    a1: string,
    query: URLSearchParams,
    body: string,
  ): FakeResponse {
    const option = query.get('valueInputOption');
    if (option !== 'RAW' && option !== 'USER_ENTERED')
      return googleError(400, "Invalid value at 'value_input_option'");
    const range = parseA1(a1);
    const sheet = range && spreadsheet.sheets.find((s) => s.title === range.sheet);
    if (!range || !sheet) return googleError(400, `Unable to parse range: ${a1}`);
    const values = (JSON.parse(body) as { values?: CellValue[][] }).values ?? [];
    const start = sheet.values.length;
    sheet.values.push(...values.map((row) => row.map((v) => (v === null ? '' : v))));
    const width = Math.max(0, ...values.map((r) => r.length));
    return json(200, {
      spreadsheetId: spreadsheet.id,
      tableRange: formatA1(sheet.title, 0, start, width),
      updates: {
        spreadsheetId: spreadsheet.id,
        updatedRange: formatA1(sheet.title, start, start + values.length, width),
        updatedRows: values.length,
        updatedColumns: width,
        updatedCells: values.length * width,
      },
    });
  }

  /** The fake as a fetch function (unit tests): a dropped connection rejects like a network error. */
  fetch = async (
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) => {
    const answer = this.handle({
      method: init.method ?? 'GET',
      url,
      headers: Object.fromEntries(
        Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      ),
      body: init.body,
    });
    if (answer.drop) throw new TypeError('Failed to fetch');
    return {
      status: answer.status,
      headers: { get: (name: string) => answer.headers[name.toLowerCase()] ?? null },
      text: async () => answer.body,
    };
  };
}
