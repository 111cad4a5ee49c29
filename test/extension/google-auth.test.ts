// The one seam for Google sign-in: Chrome's getAuthToken when the build has a Chrome client and
// the browser a Google account, else launchWebAuthFlow with Google's implicit grant; tokens kept
// until a minute before they expire, a refused token dropped, a foreign redirect never trusted.
import { describe, expect, it } from 'vitest';
import {
  authorizationUrl,
  googleAuth,
  tokenFromRedirect,
  type IdentityPort,
} from '../../extension/lib/google-auth';
import { DOCUMENT_SCOPES, SIGN_IN_SCOPES } from '../../extension/lib/google-config';
import { FakeGoogle } from '../google-fake/fake-google';
import { COACH_EMAIL, withPlanSpreadsheet } from '../google-fake/plan-spreadsheet';
import { ENDPOINTS } from './google-harness';

const REDIRECT = 'https://test-extension-id.chromiumapp.org/';

function setup(chrome?: { token?: string; fails?: boolean }) {
  const clock = { now: 1_000_000 };
  const google = new FakeGoogle({ now: () => clock.now, tokenLifetimeSeconds: 3600 });
  withPlanSpreadsheet(google);
  const calls: string[] = [];
  const removed: string[] = [];
  const identity: IdentityPort = {
    redirectUrl: () => REDIRECT,
    async webAuthFlow(url, interactive) {
      calls.push(`web:${interactive}`);
      return google.handle({ method: 'GET', url, headers: {} }).headers.location ?? '';
    },
    ...(chrome
      ? {
          async chromeToken(interactive: boolean) {
            calls.push(`chrome:${interactive}`);
            if (chrome.fails) throw new Error('The user is not signed in.');
            return chrome.token ?? 'chrome-token';
          },
          removeChromeToken: async (token: string) => void removed.push(token),
        }
      : {}),
  };
  let n = 0;
  const auth = googleAuth(identity, ENDPOINTS, { now: () => clock.now, nonce: () => `n${++n}` });
  return { auth, calls, removed, clock, google };
}

describe('Google sign-in seam', () => {
  it('Chrome with a Google account: getAuthToken, asked each time (Chrome caches), dropped on 401', async () => {
    const { auth, calls, removed } = setup({ token: 'ya29.chrome' });
    expect(await auth.token(true)).toEqual({ ok: true, token: 'ya29.chrome' });
    expect(await auth.token(false)).toEqual({ ok: true, token: 'ya29.chrome' });
    await auth.drop('ya29.chrome');
    expect(calls).toEqual(['chrome:true', 'chrome:false']);
    expect(removed).toEqual(['ya29.chrome']);
  });

  it('Chrome: sign-in asks getAuthToken for the sign-in scopes only; a Doc adds its read scope', async () => {
    const scopes: string[][] = [];
    const auth = googleAuth(
      {
        redirectUrl: () => REDIRECT,
        webAuthFlow: async () => '',
        chromeToken: async (_, asked) => {
          scopes.push(asked);
          return `t${scopes.length}`;
        },
      },
      ENDPOINTS,
      { now: () => 0, nonce: () => 'n' },
    );
    await auth.token(true);
    await auth.token(false);
    await auth.token(true, [DOCUMENT_SCOPES.doc]);
    expect(scopes).toEqual([
      [...SIGN_IN_SCOPES],
      [...SIGN_IN_SCOPES],
      [...SIGN_IN_SCOPES, DOCUMENT_SCOPES.doc],
    ]);
  });

  it('Chrome: a Doc scope declined in Chrome’s window opens no second (web) window', async () => {
    const calls: string[] = [];
    const docs = googleAuth(
      {
        redirectUrl: () => REDIRECT,
        webAuthFlow: async (_, interactive) => {
          calls.push(`web:${interactive}`);
          return '';
        },
        chromeToken: async (interactive, scopes) => {
          calls.push(`chrome:${interactive}`);
          if (scopes.includes(DOCUMENT_SCOPES.doc))
            throw new Error('The user did not approve access.');
          return 'ya29.chrome';
        },
      },
      ENDPOINTS,
      { now: () => 0, nonce: () => 'n' },
    );
    // A fresh worker (no token asked yet): Chrome's account is found before the Doc scope is asked.
    expect(await docs.token(true, [DOCUMENT_SCOPES.doc])).toEqual({ ok: false, code: 'cancelled' });
    expect(calls).toEqual(['chrome:false', 'chrome:false', 'chrome:true']);
  });

  it('Chrome without a Google account (or Edge): falls back to the web flow', async () => {
    const { auth, calls } = setup({ fails: true });
    const token = await auth.token(true);
    expect(token.ok).toBe(true);
    expect(calls).toEqual(['chrome:true', 'web:true']);
  });

  it('web flow: the token is kept until a minute before it expires, then renewed silently', async () => {
    const { auth, calls, clock } = setup();
    const first = await auth.token(true);
    expect(await auth.token(false)).toEqual(first);
    clock.now += 3600_000 - 59_000;
    const renewed = await auth.token(false);
    expect(renewed.ok && first.ok && renewed.token !== first.token).toBe(true);
    expect(calls).toEqual(['web:true', 'web:false']);
  });

  it('silent renewal that Google refuses (consent withdrawn) reads as signed out; interactive as cancelled', async () => {
    const { auth, google } = setup();
    expect(await auth.token(false)).toEqual({ ok: false, code: 'signed-out' });
    google.signedIn = null;
    expect(await auth.token(true)).toEqual({ ok: false, code: 'cancelled' });
    google.signedIn = COACH_EMAIL;
    expect((await auth.token(true)).ok).toBe(true);
  });

  it('asks Google for the implicit grant, silent renewals with prompt=none', () => {
    const url = new URL(authorizationUrl(ENDPOINTS, REDIRECT, 'abc', false));
    expect(url.pathname).toBe('/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'token',
      redirect_uri: REDIRECT,
      state: 'abc',
      prompt: 'none',
      scope: 'https://www.googleapis.com/auth/spreadsheets openid email profile',
    });
    expect(
      new URL(authorizationUrl(ENDPOINTS, REDIRECT, 'abc', true)).searchParams.has('prompt'),
    ).toBe(false);
  });

  it.each([
    [
      `${REDIRECT}#access_token=t1&token_type=Bearer&expires_in=3599&state=s`,
      { token: 't1', expiresInSeconds: 3599 },
    ],
    [`${REDIRECT}#access_token=t1&state=other`, null],
    [`${REDIRECT}#error=access_denied&state=s`, null],
    [`${REDIRECT}?access_token=t1&state=s`, null],
    ['', null],
  ])('reads %s as %j', (redirected, expected) => {
    expect(tokenFromRedirect(redirected, 's')).toEqual(expected);
  });
});
