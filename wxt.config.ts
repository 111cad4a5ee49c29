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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'clipper@throughline.example', strict_min_version: '115.0' } } } : {}),
  }),
});
