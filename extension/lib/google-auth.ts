/**
 * The one seam for Google sign-in. Chrome and ChromeOS builds that declare an oauth2 client use
 * `identity.getAuthToken` (the browser's own Google account); everywhere else (Edge, Firefox, a
 * Chromium without a Google account) `identity.launchWebAuthFlow` runs Google's implicit grant and
 * reads the token from the redirect. Tokens are kept in memory until a minute before they expire;
 * a token the API refused is dropped, and the next call renews it silently when Google allows.
 */
import { GOOGLE_SCOPES, type GoogleEndpoints } from './google-config';

export type TokenResult =
  | { ok: true; token: string }
  | { ok: false; code: 'signed-out' | 'cancelled' };

export interface GoogleAuth {
  /** A token for the Sheets scope; `interactive` only inside a coach's click (may show Google's window). */
  token(interactive: boolean): Promise<TokenResult>;
  /** Forgets a token the API refused (401), so the next call gets a fresh one. */
  drop(token: string): Promise<void>;
}

/** The browser's identity API, narrowed to what sign-in needs (browser-api.ts provides it). */
export interface IdentityPort {
  /** identity.getAuthToken, present only when the build declares an oauth2 client and the browser has it. */
  chromeToken?(interactive: boolean): Promise<string>;
  removeChromeToken?(token: string): Promise<void>;
  /** identity.launchWebAuthFlow: resolves to the URL Google redirected to. */
  webAuthFlow(url: string, interactive: boolean): Promise<string>;
  redirectUrl(): string;
}

/** Renew this long before Google's expiry, so a token never dies in the middle of a pass. */
const EARLY_MS = 60_000;

/** The authorization URL of the implicit grant; `prompt=none` makes a silent renewal fail instead of asking. */
export function authorizationUrl(
  endpoints: GoogleEndpoints,
  redirectUri: string,
  state: string,
  interactive: boolean,
): string {
  const query = new URLSearchParams({
    client_id: endpoints.clientId,
    response_type: 'token',
    redirect_uri: redirectUri,
    scope: GOOGLE_SCOPES.join(' '),
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
  deps: { now(): number; nonce(): string },
): GoogleAuth {
  let cached: { token: string; expiresAt: number } | null = null;

  async function fromChrome(interactive: boolean): Promise<string | null> {
    if (!identity.chromeToken) return null;
    try {
      return await identity.chromeToken(interactive);
    } catch {
      return null; // no Google account in this browser, or the client is not Chrome's: use the web flow
    }
  }

  async function fromWebFlow(interactive: boolean) {
    const state = deps.nonce();
    const url = authorizationUrl(endpoints, identity.redirectUrl(), state, interactive);
    const redirected = await identity.webAuthFlow(url, interactive).catch(() => '');
    return tokenFromRedirect(redirected, state);
  }

  return {
    async token(interactive) {
      if (cached && cached.expiresAt - EARLY_MS > deps.now())
        return { ok: true, token: cached.token };
      cached = null;
      const chrome = await fromChrome(interactive);
      // Chrome caches and renews its own tokens: ask it each time, it answers from memory.
      if (chrome) return { ok: true, token: chrome };
      const web = await fromWebFlow(interactive);
      if (!web) return { ok: false, code: interactive ? 'cancelled' : 'signed-out' };
      cached = { token: web.token, expiresAt: deps.now() + web.expiresInSeconds * 1000 };
      return { ok: true, token: web.token };
    },
    async drop(token) {
      if (cached?.token === token) cached = null;
      await identity.removeChromeToken?.(token).catch(() => undefined);
    },
  };
}
