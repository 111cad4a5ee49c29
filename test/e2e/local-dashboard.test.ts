/**
 * Local mode's dashboard page in a real Chromium: it renders the generated tabs, runs no script from
 * clip text, and (with UPDATE_SCREENSHOTS=1) refreshes docs/screenshots/local-*.png.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../local/server';
import { TODAY, clip, demoWorkbookFile, post, secretOf } from '../local/local-harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('docs/screenshots');

let browser: Browser;
let server: LocalServer;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  server = await startLocalServer({ workbookPath: await demoWorkbookFile(), port: 0, today: TODAY, refreshDelayMs: 60_000 });
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('local dashboard page in Chromium', () => {
  it('shows the Dashboard and Summary of the demo plan', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url);
    expect(await page.title()).toMatch(/^Throughline — Riverside School District/);
    expect(await page.locator('nav a').allTextContents()).toEqual(['Dashboard', 'Summary']);
    expect(await page.locator('section#dashboard h2').textContent()).toBe('Dashboard');
    expect(await page.locator('section#dashboard').textContent()).toContain('% of observed lessons where students explain their reasoning');
    expect(await page.locator('section#summary').textContent()).toContain('Maple Elementary');
    if (process.env.UPDATE_SCREENSHOTS) {
      await page.screenshot({ path: path.join(SCREENSHOTS, 'local-dashboard.png') });
      await page.addStyleTag({ content: 'header { position: static !important; }' });
      await page.locator('section#summary').screenshot({ path: path.join(SCREENSHOTS, 'local-summary.png') });
    }
    await page.close();
  });

  it('runs nothing from clip text: markup in a clip is shown as text', async () => {
    const secret = secretOf(server.connectCoach('Browser coach'));
    const catalog = await post(server.endpoint, { v: 1, kind: 'catalog', secret });
    if (!catalog.ok || catalog.kind !== 'catalog') throw new Error('no catalog');
    const keyResultId = catalog.catalog.objectives[0].keyResults[0].id;
    const quote = '<img src=x onerror="document.title=\'pwned\'">Students justified 2/3 > 3/5';
    await post(server.endpoint, { v: 1, kind: 'clip', secret, items: [clip(keyResultId, { quote, capturedAt: '2026-01-15T08:00:00Z' })] });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await page.goto(server.url);
    expect(await page.locator('section#summary').textContent()).toContain(quote);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
