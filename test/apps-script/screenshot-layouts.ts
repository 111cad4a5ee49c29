/**
 * Looks at what a coordinator sees: runs the built add-on on the plan-simple fixture in a fake Google
 * Sheet (English and French spreadsheets), renders its Dashboard and Summary tabs as Sheets shows
 * them (render-sheet-html.ts), in headless Chromium, into docs/screenshots/addon-*.png. The sidebars'
 * screenshots come from test/e2e/addon-sidebars.test.ts (UPDATE_SCREENSHOTS=1).
 * Run: npx tsx test/apps-script/screenshot-layouts.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Locale } from '../../shared/messages';
import { renderSheetHtml } from './render-sheet-html';
import { ensureBuilt } from './fake/ensure-built';
import { generatedTabs } from './screenshot-scenes';

const OUT = 'docs/screenshots';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await ensureBuilt();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1900, height: 900 } });
  for (const locale of ['en', 'fr'] as Locale[]) {
    const { dashboard, summary } = generatedTabs(locale);
    const suffix = locale === 'fr' ? '-fr' : '';
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.setContent(renderSheetHtml(dashboard));
    await page.screenshot({ path: `${OUT}/addon-dashboard${suffix}.png`, fullPage: true });
    await page.setViewportSize({ width: 820, height: 900 });
    await page.setContent(renderSheetHtml(summary));
    await page.screenshot({ path: `${OUT}/addon-summary${suffix}.png`, fullPage: true });
  }
  await browser.close();
}

await main();
