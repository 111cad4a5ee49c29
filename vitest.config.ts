import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// One config, four projects: the pure core, the built Apps Script bundle in node:vm, the extension
// (WXT's fake browser + fake-indexeddb + happy-dom), and real-browser end-to-end runs in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/local/**/*.test.ts',
            'test/plan-generator/**/*.test.ts',
          ],
          // Local mode's tests write real files, spawn servers and run LibreOffice: on a busy
          // machine they need more than vitest's 5 s. A timeout only catches a hang; speed is
          // measured in `npm run bench`.
          testTimeout: 30_000,
        },
      },
      { test: { name: 'addon', environment: 'node', include: ['test/apps-script/**/*.test.ts'] } },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          environment: 'happy-dom',
          include: ['test/extension/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
