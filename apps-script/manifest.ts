/**
 * The add-on's appsscript.json, as data so the build writes it and tests read the same scopes.
 * Least privilege: see apps-script/README.md, "Scopes", for why each one is needed.
 */
export const ADDON_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
] as const;

export const addonManifest = {
  timeZone: 'America/Toronto',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: [...ADDON_SCOPES],
  webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
};
