/**
 * The add-on's appsscript.json, as data so the build writes it and tests read the same scopes.
 * Least privilege: see docs/admin-guide.md, "Scopes", for why each one is needed. Two projects use
 * the same code: the Marketplace add-on (no web app: coaches sign in with Google) and a district's
 * own bound copy, whose web app receives coaches' clips sent with connection codes.
 */
export const ADDON_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
] as const;

/** The Editor add-on published on the Google Workspace Marketplace. */
export const marketplaceManifest = {
  timeZone: 'America/Toronto',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: [...ADDON_SCOPES],
};

/** A district's bound copy (clasp push): the same, plus the web app its coaches' codes point at. */
export const addonManifest = {
  ...marketplaceManifest,
  webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
};
