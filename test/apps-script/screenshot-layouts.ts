/**
 * Looks at what the add-on builds: renders the Dashboard and Summary of the plan-simple fixture (in
 * English and French) and the Set up sidebar in headless Chromium, into docs/screenshots/addon-*.png.
 * Run: npx tsx test/apps-script/screenshot-layouts.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHECK_INS_TAB, EVIDENCE_TAB, SUPPORTS_TAB } from '../../shared/owned-tabs';
import { buildDashboard } from '../../shared/dashboard/build-dashboard';
import { buildSummary } from '../../shared/summary/build-summary';
import { snapshotFromWorkbook } from '../../shared/plan-snapshot';
import type { Locale } from '../../shared/messages';
import { renderLayoutHtml } from './render-layout-html';
import { MemoryWorkbook } from './fixtures/memory-workbook';
import { CHECK_INS, EVIDENCE, PLAN_ROWS, SCHOOL_ROWS, SUPPORTS, TODAY, evidenceRows } from './fixtures/plan-simple-world';

const OUT = 'docs/screenshots';

function fixtureWorkbook(): MemoryWorkbook {
  const headers = (tab: typeof EVIDENCE_TAB) => tab.columns.map((c) => c.header.en);
  return new MemoryWorkbook([
    { name: 'Plan', values: PLAN_ROWS },
    { name: 'Schools', values: SCHOOL_ROWS },
    { name: 'Evidence', values: [headers(EVIDENCE_TAB), ...evidenceRows(EVIDENCE)] },
    { name: 'Check-ins', values: [headers(CHECK_INS_TAB), ...CHECK_INS] },
    { name: 'Supports', values: [headers(SUPPORTS_TAB), ...SUPPORTS] },
  ]);
}

/** The Set up sidebar as built, with google.script.run answering from the fixture. */
function setupSidebarPage(): string {
  const html = readFileSync('dist/apps-script/setup-sidebar.html', 'utf8');
  const fields = ['Objective', 'Key result', 'Leading / lagging', 'Baseline', 'Target', 'Current value', 'Unit', 'Owner', 'Start date', 'Due date'];
  const keys = ['objective', 'keyResult', 'indicator', 'baseline', 'target', 'current', 'unit', 'owner', 'start', 'due'];
  const headers = PLAN_ROWS[0].map(String);
  const state = {
    ok: true, locale: 'en', sheet: 'Plan', sheetReason: 'header on row 1, 10 plan columns recognized', sheets: [{ name: 'Plan', reason: '' }, { name: 'Schools', reason: '' }],
    headers, headerRow: 0,
    fields: keys.map((field, i) => ({ field, label: fields[i], column: i, reason: `matched the header “${headers[i]}”` })),
  };
  const stub = `<script>window.google={script:{host:{close(){}},run:(function(){const r={withSuccessHandler(f){r.s=f;return r},withFailureHandler(){return r},getSetupState(){setTimeout(()=>r.s(${JSON.stringify(state)}))}};return r})()}};</script>`;
  return html.replace('<main id="app"', `${stub}<main id="app"`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1900, height: 900 } });
  for (const locale of ['en', 'fr'] as Locale[]) {
    const result = snapshotFromWorkbook(fixtureWorkbook(), TODAY);
    if (!result.ok) throw new Error(result.error.message.en);
    const suffix = locale === 'fr' ? '-fr' : '';
    await page.setContent(renderLayoutHtml(buildDashboard(result.snapshot, locale), 'Dashboard'));
    await page.screenshot({ path: `${OUT}/addon-dashboard${suffix}.png`, fullPage: true });
    await page.setViewportSize({ width: 820, height: 900 });
    await page.setContent(renderLayoutHtml(buildSummary(result.snapshot, locale), 'Summary'));
    await page.screenshot({ path: `${OUT}/addon-summary${suffix}.png`, fullPage: true });
    await page.setViewportSize({ width: 1900, height: 900 });
  }
  await page.setViewportSize({ width: 300, height: 900 });
  await page.setContent(setupSidebarPage());
  await page.waitForSelector('#field-due');
  await page.screenshot({ path: `${OUT}/addon-setup-sidebar.png`, fullPage: true });
  await browser.close();
}

await main();
