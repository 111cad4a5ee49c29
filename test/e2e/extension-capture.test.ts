import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt, launchWithExtension } from './extension-harness';

// A static page on 127.0.0.1 (a host the clipper may read) standing in for a coach's LMS page.
let site: http.Server;
let siteUrl: string;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  ensureExtensionBuilt();
  const html = readFileSync('test/extension/fixtures/observation-notes.html', 'utf8');
  site = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/notes`;
  ({ context, worker, extensionId } = await launchWithExtension('fr-FR'));
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => site?.close(resolve));
});

describe('selection reader in Chromium', () => {
  it('returns the selected passage with its nearest heading, title and URL', async () => {
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('target')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const result = await worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url: `${url}*` });
      const [first] = await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/selection-reader.js'] });
      return first.result;
    }, siteUrl);
    expect(result).toMatchObject({
      text: 'Students compared 3/4 and 2/3 on a number line and explained why.',
      heading: 'Lesson 3: comparing fractions',
      title: 'Grade 5 observation notes – Cedar Elementary',
      url: siteUrl,
      method: 'selection',
    });
  });

  it('shows the panel in French when the browser is in French', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.waitForSelector('#pairing-code');
    expect(await panel.textContent('h2')).toBe('Connectez-vous au plan de votre district');
    await panel.screenshot({ path: 'docs/screenshots/panel-pairing-fr.png' });
  });
});
