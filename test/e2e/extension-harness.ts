/**
 * Real-browser harness for the clipper: builds the Chrome package if needed, loads it in Chromium,
 * and finds the extension id from its service worker. Used by test/e2e/extension-*.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('dist/extension/chrome-mv3');

/** Newest modification time of any file under the given folders. */
export function newestSource(dirs: string[]): number {
  let newest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds the Chrome package when it is missing or older than its sources, so the browser never
 * loads a stale panel, and `npm test`'s own build is not repeated for every test file. */
export function ensureExtensionBuilt(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource(['extension', 'shared']))
    return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}

/** Chromium with the built clipper loaded (the store build unless told); `language` sets the browser UI language (getUILanguage). */
export async function launchWithExtension(
  language = 'en-US',
  extensionDir = EXTENSION_DIR,
): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'throughline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 420, height: 1000 },
    env: {
      ...process.env,
      LANGUAGE: `${language.replace('-', '_')}:${language.slice(0, 2)}`,
      LANG: `${language.replace('-', '_')}.UTF-8`,
    },
    locale: language,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${language}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, worker };
}

/** Rows of the workbook's Evidence tab (header excluded), as plain strings keyed by header text. */
export async function evidenceRows(workbookPath: string): Promise<Record<string, string>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookPath);
  const sheet = book.getWorksheet('Evidence') ?? book.getWorksheet('Preuves');
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    rows.push(
      Object.fromEntries(
        header
          .map((h, i) => [
            h,
            values[i] instanceof Date ? (values[i] as Date).toISOString() : String(values[i] ?? ''),
          ])
          .filter(([h]) => h),
      ),
    );
  });
  return rows;
}
