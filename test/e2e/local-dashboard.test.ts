/**
 * Local mode's dashboard page in a real Chromium: it renders the generated tabs, fits windows from
 * 1024 to 1920 px without sideways scrolling or cut text, keeps the Summary's heading clear of the
 * sticky tab bar, prints the Summary one school per page, runs no script from clip text, and (with
 * UPDATE_SCREENSHOTS=1) refreshes docs/screenshots/local-*.png.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import { TODAY, clip, demoWorkbookFile, post, secretOf } from '../local/local-harness';
import { SETTINGS_TAB_NAME } from '../../shared/owned-tabs';
import { DEMO_SCHOOLS } from '../../local/server/demo/demo-plan';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('docs/screenshots');

let browser: Browser;
let server: LocalServer;
let frenchServer: LocalServer;

/** The demo workbook with its language set to French, as `npm start -- --locale fr` leaves it. */
async function frenchDemoWorkbookFile(): Promise<string> {
  const file = await demoWorkbookFile();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  book.addWorksheet(SETTINGS_TAB_NAME, { state: 'veryHidden' }).addRow(['locale', 'fr']);
  await book.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  server = await startLocalServer({
    workbookPath: await demoWorkbookFile(),
    port: 0,
    today: TODAY,
    refreshDelayMs: 60_000,
  });
  frenchServer = await startLocalServer({
    workbookPath: await frenchDemoWorkbookFile(),
    port: 0,
    today: TODAY,
    refreshDelayMs: 60_000,
  });
});

afterAll(async () => {
  await server?.close();
  await frenchServer?.close();
  await browser?.close();
});

/** What a reader of the window would notice: sideways scrolling, and table cells whose text is cut. */
async function fitProblems(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; cutCells: string[] }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    cutCells: [...document.querySelectorAll('td')]
      .filter((td) => td.scrollWidth > td.clientWidth + 1)
      .map((td) => td.textContent ?? ''),
  }));
}

/** The right edge of the first element with this exact text, and the window's width. */
async function rightEdgeOf(page: Page, text: string): Promise<{ right: number; width: number }> {
  const box = await page.getByText(text, { exact: true }).first().boundingBox();
  if (!box) throw new Error(`${text} is not shown`);
  return { right: box.x + box.width, width: page.viewportSize()!.width };
}

describe('local dashboard page in Chromium', () => {
  it('shows the Dashboard and Summary of the demo plan', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url);
    expect(await page.title()).toMatch(/^Throughline — Riverside School District/);
    expect(await page.locator('nav a').allTextContents()).toEqual(['Dashboard', 'Summary']);
    expect(await page.locator('section#dashboard h2').textContent()).toBe('Dashboard');
    expect(await page.locator('section#dashboard').textContent()).toContain(
      '% of observed lessons where students explain their reasoning',
    );
    expect(await page.locator('section#summary').textContent()).toContain('Maple Elementary');
    await page.close();
  });

  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`fits a ${width}×${height} window: no sideways scrolling, no cut text, Latest evidence in view`, async () => {
      for (const [name, url, latest] of [
        ['', server.url, 'Latest evidence'],
        ['-fr', frenchServer.url, 'Dernière preuve'],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(url);
        const fit = await fitProblems(page);
        expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
        expect(fit.cutCells).toEqual([]);
        const edge = await rightEdgeOf(page, latest);
        expect(edge.right).toBeLessThanOrEqual(edge.width);
        if (process.env.UPDATE_SCREENSHOTS)
          await page.screenshot({
            path: path.join(SCREENSHOTS, `local-dashboard${name}-${width}.png`),
          });
        await page.close();
      }
    });
  }

  it('shows plan-health findings in full, naming the tab and cell in plain text (no link that goes nowhere)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const dashboard = page.locator('section#dashboard');
    // The only links are clips' ways back to their passage (latest-evidence dates): web pages.
    const hrefs = await dashboard
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/docs\.google\.com\/document\//);
    expect(await dashboard.textContent()).not.toContain('↗');
    const places = await dashboard.locator('.place').allTextContents();
    for (const place of places) expect(place).toMatch(/^In the workbook: .+, cell [A-Z]+\d+$/);
    await page.close();
  });

  it('draws progress beside period elapsed as separate bars, never summed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const chart = page.locator('figure.chart').first();
    expect(await chart.locator('ul.legend li').allTextContents()).toEqual([
      'Progress',
      'Period elapsed',
    ]);
    const values = await chart.locator('svg text.value').allTextContents();
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(Number(value.replace('%', ''))).toBeLessThanOrEqual(100);
    await page.close();
  });

  it('keeps the Summary heading clear of the sticky tab bar and prints one school per page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Summary' }).click();
    await page.waitForTimeout(200);
    const header = (await page.locator('header').boundingBox())!;
    const heading = (await page.locator('section#summary h2').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
    if (process.env.UPDATE_SCREENSHOTS) {
      await page.screenshot({ path: path.join(SCREENSHOTS, 'local-summary-1280.png') });
      await page
        .locator('section#summary')
        .screenshot({ path: path.join(SCREENSHOTS, 'local-summary.png') });
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section#dashboard').isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(DEMO_SCHOOLS.length);
    await page.close();
  });

  it('runs nothing from clip text: markup in a clip is shown as text', async () => {
    const secret = secretOf(server.connectCoach('Browser coach'));
    const catalog = await post(server.endpoint, { v: 1, kind: 'catalog', secret });
    if (!catalog.ok || catalog.kind !== 'catalog') throw new Error('no catalog');
    const keyResultId = catalog.catalog.objectives[0].keyResults[0].id;
    const quote = '<img src=x onerror="document.title=\'pwned\'">Students justified 2/3 > 3/5';
    await post(server.endpoint, {
      v: 1,
      kind: 'clip',
      secret,
      items: [clip(keyResultId, { quote, capturedAt: '2026-01-15T08:00:00Z' })],
    });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    expect(await page.locator('section#summary').textContent()).toContain(quote);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
