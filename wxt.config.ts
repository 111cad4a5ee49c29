import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { clipperStrings } from './shared/i18n/clipper-strings';
import { SIGN_IN_SCOPES } from './extension/lib/google-config';

/**
 * The manifest's own words (name, description, shortcut, toolbar title) in the browser's language:
 * _locales/<lang>/messages.json generated from the one i18n table, so they never drift from it.
 */
function manifestMessages(locale: 'en' | 'fr'): string {
  const entry = (key: keyof typeof clipperStrings) => ({ message: clipperStrings[key][locale] });
  return JSON.stringify(
    {
      extName: entry('clipper.title'),
      extDescription: entry('clipper.manifest.description'),
      clipCommand: entry('clipper.manifest.clipCommand'),
      clipCopiedCommand: entry('clipper.manifest.clipCopiedCommand'),
    },
    null,
    2,
  );
}

// The coaches' clipper. Sources live in extension/ (the project's layout), Preact for the UI.
// Every permission is justified in extension/README.md ("Permissions") and docs/extension-policy.md.
const HOSTS = [
  'https://script.google.com/*',
  'https://script.googleusercontent.com/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
  'https://docs.google.com/*',
  // Sign in with Google: the Sheets API and who the coach is (the Coach column).
  'https://sheets.googleapis.com/*',
  'https://openidconnect.googleapis.com/*',
  // Find a passage through the coach's Google sign-in: documents.get and presentations.get.
  'https://docs.googleapis.com/*',
  'https://slides.googleapis.com/*',
];

/**
 * A test build points every Google URL at the fake Google (test/google-fake) on 127.0.0.1, and is
 * written to its own folder; anything else in the variable is refused, so no build can talk to a
 * third host. Store builds (no variable) contain only the googleapis / accounts.google.com URLs.
 */
const GOOGLE_TEST_BASE = process.env.WXT_GOOGLE_TEST_BASE;
if (GOOGLE_TEST_BASE !== undefined && !/^http:\/\/127\.0\.0\.1:\d+$/.test(GOOGLE_TEST_BASE))
  throw new Error('WXT_GOOGLE_TEST_BASE must be http://127.0.0.1:<port> (the fake Google)');
/** Chrome's OAuth client for identity.getAuthToken, given by whoever publishes the store build. */
const GOOGLE_CLIENT_ID = GOOGLE_TEST_BASE ? undefined : process.env.WXT_GOOGLE_CLIENT_ID;

export default defineConfig({
  srcDir: 'extension',
  outDir: GOOGLE_TEST_BASE ? 'dist/extension-google-test' : 'dist/extension',
  vite: () => ({ plugins: [preact()] }),
  // The Firefox sources zip (for add-on reviewers) holds only what builds the extension: extension/,
  // shared/, the configs and lock file. Not the other parts of the repo, nor build or test outputs.
  zip: {
    excludeSources: [
      '.git/**',
      'node_modules/**',
      'dist/**',
      '.output/**',
      '.wxt/**',
      '.bench/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'test/**',
      'docs/**',
      'apps-script/**',
      'local/**',
      'scripts/**',
      'tmp/**',
      '**/*.xlsx',
      '**/*.log',
      '**/*.throughline-lock',
      'vitest.config.ts',
    ],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const locale of ['en', 'fr'] as const)
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: manifestMessages(locale),
        });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'contextMenus',
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'identity',
      // "Clip what I copied": the panel reads the clipboard when the coach asks (Docs, Slides, PDFs).
      'clipboardRead',
    ],
    host_permissions: HOSTS,
    ...(browser !== 'firefox' && GOOGLE_CLIENT_ID
      ? {
          oauth2: {
            client_id: GOOGLE_CLIENT_ID,
            scopes: [...SIGN_IN_SCOPES],
          },
        }
      : {}),
    // What a district administrator may preset (public/managed_schema.json, docs/extension-policy.md).
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'Alt+Shift+K' },
        description: '__MSG_clipCommand__',
      },
      'clip-copied': {
        suggested_key: { default: 'Alt+Shift+V', mac: 'Alt+Shift+V' },
        description: '__MSG_clipCopiedCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clipper@throughline.example',
              strict_min_version: '115.0',
              // What a coach clips from a page goes to the district's own plan sheet, with the coach's
              // name (from their Google account when they sign in with Google) in its Coach column.
              data_collection_permissions: {
                required: ['websiteContent', 'personallyIdentifyingInfo'],
              },
            },
          },
        }
      : {}),
  }),
});
