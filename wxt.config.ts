import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The coaches' clipper. Sources live in extension/ (the project's layout), Preact for the UI.
// Every permission is justified in extension/README.md ("Permissions").
const HOSTS = [
  'https://script.google.com/*',
  'https://script.googleusercontent.com/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
  'https://docs.google.com/*',
];

export default defineConfig({
  srcDir: 'extension',
  outDir: 'dist/extension',
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
  manifest: ({ browser }) => ({
    name: 'Throughline Clipper',
    description: 'Clip classroom evidence from any page into your district math plan.',
    permissions: [...(browser === 'firefox' ? [] : ['sidePanel']), 'contextMenus', 'storage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: HOSTS,
    action: { default_title: 'Throughline Clipper' },
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'Alt+Shift+K' },
        description: 'Clip the selection to the plan',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clipper@throughline.example',
              strict_min_version: '115.0',
              // What a coach clips from a page goes to the district's own plan sheet.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
