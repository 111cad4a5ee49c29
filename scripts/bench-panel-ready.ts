/**
 * How soon the side panel shows its clip form, beside a one-component Preact page measured in the
 * same run and the same extension: both pages are opened in turn in headless Chromium and timed
 * from navigation to their first useful element. The panel opens as a coach's does every day:
 * connected to a plan, with the catalog cached (the plan itself is unreachable, so no network time).
 */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 15;

/** The baseline: one Preact component rendering a heading and a text area. */
const BASELINE_SOURCE = `
import { render } from 'preact';
function Panel() {
  return <main><h2>Clip</h2><textarea id="quote" /></main>;
}
render(<Panel />, document.getElementById('app'));
`;

/** A copy of the built package with the baseline page added beside the side panel. */
async function packageWithBaseline(packageDir: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-bench-panel-'));
  cpSync(packageDir, dir, { recursive: true });
  writeFileSync(join(dir, 'baseline.tsx'), BASELINE_SOURCE);
  await build({
    entryPoints: [join(dir, 'baseline.tsx')],
    outfile: join(dir, 'baseline.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'baseline.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div>' +
      '<script type="module" src="/baseline.js"></script></body></html>',
  );
  return dir;
}

/** A connection code and a cached catalog, as a coach's browser holds them (first stored shape). */
const SEEDED = {
  pairing: {
    v: 1,
    endpoint: 'http://127.0.0.1:9/exec',
    secret: 'bench-secret-0123456789',
    plan: 'Bench plan',
    coach: 'Bench coach',
    pairedAt: 1,
    needsRepair: false,
  },
  catalog: {
    v: 1,
    endpoint: 'http://127.0.0.1:9/exec',
    fetchedAt: 1,
    catalog: {
      plan: { name: 'Bench plan', sheet: 'Plan' },
      coach: 'Bench coach',
      objectives: [
        { id: 'o1', title: 'Fractions', keyResults: [{ id: 'kr1', title: 'Students explain' }] },
      ],
      schools: [{ name: 'Birch Middle', practice: 'Using representations' }],
      practices: ['Using representations'],
      evidenceTypes: ['observation'],
      stages: ['routine'],
      locale: 'en',
    },
  },
};

/**
 * Milliseconds from navigation to the first element matching `selector`, read in the page: an
 * observer notes the moment the element appears, so Playwright's own polling is not counted.
 */
async function timeToReady(page: Page, url: string, selector: string) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector);
  return page.evaluate(
    () => (window as unknown as { readyAt?: number }).readyAt ?? performance.now(),
  );
}

/** Runs in every page before its scripts: records when `#quote` first exists. */
function noteReady() {
  const seen = () => {
    if (!document.querySelector('#quote')) return false;
    (window as unknown as { readyAt?: number }).readyAt = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => seen() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Panel and baseline ready times (median of RUNS, alternating); null where Chromium is absent. */
export async function panelReady(
  packageDir: string,
): Promise<{ panel: number; baseline: number } | null> {
  if (!existsSync(CHROMIUM) || !existsSync(join(packageDir, 'sidepanel.html'))) return null;
  const dir = await packageWithBaseline(packageDir);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tl-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await worker.evaluate((seeded) => chrome.storage.local.set(seeded), SEEDED);
    const page = await context.newPage();
    await page.addInitScript(noteReady);
    const panelUrl = `chrome-extension://${id}/sidepanel.html`;
    const baselineUrl = `chrome-extension://${id}/baseline.html`;
    await timeToReady(page, panelUrl, '#quote'); // warm-up: the worker and the caches
    await timeToReady(page, baselineUrl, '#quote');
    const panel: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      panel.push(await timeToReady(page, panelUrl, '#quote'));
      baseline.push(await timeToReady(page, baselineUrl, '#quote'));
    }
    return { panel: median(panel), baseline: median(baseline) };
  } finally {
    await context.close();
  }
}

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };
