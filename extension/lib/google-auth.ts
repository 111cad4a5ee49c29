/**
 * The one seam for Google sign-in. Chrome and ChromeOS builds that declare an oauth2 client use
 * `identity.getAuthToken` (the browser's own Google account); everywhere else (Edge, Firefox, a
 * Chromium without a Google account) `identity.launchWebAuthFlow` runs Google's implicit grant and
 * reads the token from the redirect. Consent is incremental: sign-in and delivery ask only for
 * SIGN_IN_SCOPES; a caller that needs more (searching a Doc) names the extra scopes, and Google is
 * asked for the sign-in scopes plus those (`include_granted_scopes`). Tokens are kept in memory per
 * scope set until a minute before they expire; a token the API refused is dropped, and the next
 * call renews it silently when Google allows. A grant the coach declined is not asked for again
 * with a window (later calls stay silent) for as long as `declined` remembers it.
 */
import { SIGN_IN_SCOPES, type GoogleEndpoints } from './google-config';

export type TokenResult =
  | { ok: true; token: string }
  | { ok: false; code: 'signed-out' | 'cancelled' };

export interface GoogleAuth {
  /**
   * A token for the sign-in scopes plus `extraScopes`; `interactive` only inside a coach's click
   * (may show Google's window).
   */
  token(interactive: boolean, extraScopes?: readonly string[]): Promise<TokenResult>;
  /** Forgets a token the API refused (401, or 403 for missing scopes), so the next call gets a fresh one. */
  drop(token: string): Promise<void>;
}

/** The browser's identity API, narrowed to what sign-in needs (browser-api.ts provides it). */
export interface IdentityPort {
  /**
   * identity.getAuthToken with these scopes (they replace the manifest's), present only when the
   * build declares an oauth2 client and the browser has it; rejects when not every scope was granted.
   */
  chromeToken?(interactive: boolean, scopes: string[]): Promise<string>;
  removeChromeToken?(token: string): Promise<void>;
  /** identity.launchWebAuthFlow: resolves to the URL Google redirected to. */
  webAuthFlow(url: string, interactive: boolean): Promise<string>;
  redirectUrl(): string;
}

/** Where declined scope sets are remembered (lib/declined-scopes.ts: storage.session). */
export interface DeclinedScopes {
  has(key: string): Promise<boolean>;
  add(key: string): Promise<void>;
}

/** In memory only: for tests and for a browser without storage.session. */
function memoryDeclinedScopes(): DeclinedScopes {
  const keys = new Set<string>();
  return { has: async (key) => keys.has(key), add: async (key) => void keys.add(key) };
}

/** Renew this long before Google's expiry, so a token never dies in the middle of a pass. */
const EARLY_MS = 60_000;

/** The scopes one request asks for: the sign-in scopes, then the extra ones, each once. */
function requestedScopes(extraScopes: readonly string[] = []): string[] {
  return [...new Set([...SIGN_IN_SCOPES, ...extraScopes])];
}

/** The authorization URL of the implicit grant; `prompt=none` makes a silent renewal fail instead of asking. */
export function authorizationUrl(
  endpoints: GoogleEndpoints,
  redirectUri: string,
  state: string,
  interactive: boolean,
  scopes: readonly string[] = SIGN_IN_SCOPES,
): string {
  const query = new URLSearchParams({
    client_id: endpoints.clientId,
    response_type: 'token',
    redirect_uri: redirectUri,
    scope: scopes.join(' '),
    state,
    include_granted_scopes: 'true',
  });
  if (!interactive) query.set('prompt', 'none');
  return `${endpoints.accounts}/o/oauth2/v2/auth?${query}`;
}

/** The token and its lifetime from Google's redirect fragment; null for an error or a foreign state. */
export function tokenFromRedirect(
  redirected: string,
  state: string,
): { token: string; expiresInSeconds: number } | null {
  const hash = redirected.indexOf('#');
  const fragment = new URLSearchParams(hash < 0 ? '' : redirected.slice(hash + 1));
  const token = fragment.get('access_token');
  if (!token || fragment.get('state') !== state) return null;
  return { token, expiresInSeconds: Number(fragment.get('expires_in')) || 3600 };
}

export function googleAuth(
  identity: IdentityPort,
  endpoints: GoogleEndpoints,
  deps: { now(): number; nonce(): string; declined?: DeclinedScopes },
): GoogleAuth {
  const cached = new Map<string, { token: string; expiresAt: number }>();
  const declined = deps.declined ?? memoryDeclinedScopes();
  /** Chrome gave a token once: its account is the coach's, so a refusal there is the coach's answer. */
  let chromeAccount = false;

  async function fromChrome(interactive: boolean, scopes: string[]): Promise<string | null> {
    if (!identity.chromeToken) return null;
    try {
      return await identity.chromeToken(interactive, scopes);
    } catch {
      return null; // no Google account, a scope not granted, or the client is not Chrome's
    }
  }

  async function fromWebFlow(interactive: boolean, scopes: string[]) {
    const state = deps.nonce();
    const url = authorizationUrl(endpoints, identity.redirectUrl(), state, interactive, scopes);
    const redirected = await identity.webAuthFlow(url, interactive).catch(() => '');
    return tokenFromRedirect(redirected, state);
  }

  async function fresh(interactive: boolean, scopes: string[], key: string): Promise<TokenResult> {
    const chrome = await fromChrome(interactive, scopes);
    // Chrome caches and renews its own tokens per scope set: ask it each time, it answers from memory.
    if (chrome) {
      chromeAccount = true;
      return { ok: true, token: chrome };
    }
    // A scope declined in Chrome's window is not asked again in a second, web window.
    if (chromeAccount && scopes.length > SIGN_IN_SCOPES.length)
      return { ok: false, code: interactive ? 'cancelled' : 'signed-out' };
    const web = await fromWebFlow(interactive, scopes);
    if (!web) return { ok: false, code: interactive ? 'cancelled' : 'signed-out' };
    cached.set(key, { token: web.token, expiresAt: deps.now() + web.expiresInSeconds * 1000 });
    return { ok: true, token: web.token };
  }

  return {
    async token(interactive, extraScopes = []) {
      const scopes = requestedScopes(extraScopes);
      const key = [...scopes].sort().join(' ');
      const kept = cached.get(key);
      if (kept && kept.expiresAt - EARLY_MS > deps.now()) return { ok: true, token: kept.token };
      cached.delete(key);
      if (extraScopes.length === 0) return fresh(interactive, scopes, key);
      // After a worker restart: is the coach on Chrome's account? (Chrome answers from its cache.)
      if (!chromeAccount && (await fromChrome(false, requestedScopes()))) chromeAccount = true;
      // Extra scopes: silently first (granted before), then Google's window once, until declined.
      const silent = await fresh(false, scopes, key);
      if (silent.ok || !interactive || (await declined.has(key))) return silent;
      const asked = await fresh(true, scopes, key);
      if (!asked.ok) await declined.add(key);
      return asked;
    },
    async drop(token) {
      for (const [key, kept] of cached) if (kept.token === token) cached.delete(key);
      await identity.removeChromeToken?.(token).catch(() => undefined);
    },
  };
}
