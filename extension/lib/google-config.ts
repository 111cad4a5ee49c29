/**
 * Where the extension talks to Google, fixed at build time. Every store build talks to
 * accounts.google.com and the googleapis hosts; only a test build (WXT_GOOGLE_TEST_BASE, which
 * wxt.config.ts accepts only as http://127.0.0.1:<port>) points all of them at the fake Google.
 */
export interface GoogleEndpoints {
  accounts: string;
  sheets: string;
  userinfo: string;
  /** The Docs API (documents.get) and the Slides API (presentations.get), for "find a passage". */
  docs: string;
  slides: string;
  clientId: string;
}

const env: Record<string, string | undefined> =
  (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};

/** The endpoints this build was made with. */
export function googleEndpoints(): GoogleEndpoints {
  const test = env.WXT_GOOGLE_TEST_BASE;
  if (test)
    return {
      ...{ accounts: test, sheets: test, userinfo: test, docs: test, slides: test },
      clientId: 'throughline-test',
    };
  return {
    accounts: 'https://accounts.google.com',
    sheets: 'https://sheets.googleapis.com',
    userinfo: 'https://openidconnect.googleapis.com',
    docs: 'https://docs.googleapis.com',
    slides: 'https://slides.googleapis.com',
    clientId: env.WXT_GOOGLE_CLIENT_ID ?? '',
  };
}

/**
 * What sign-in asks for, and all that clip delivery ever needs: read and append to the plan sheets
 * the coach opens with us, and know who the coach is (Coach column). Chrome's manifest `oauth2`
 * lists these and only these (client_id and scopes are both required there).
 */
export const SIGN_IN_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'openid',
  'email',
  'profile',
] as const;

/**
 * Asked for later, one at a time, only when the coach searches a Doc or a deck through Google
 * (incremental consent): read-only, the narrowest scopes documents.get and presentations.get accept.
 */
export const DOCUMENT_SCOPES = {
  doc: 'https://www.googleapis.com/auth/documents.readonly',
  deck: 'https://www.googleapis.com/auth/presentations.readonly',
} as const;
