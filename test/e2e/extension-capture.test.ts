import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkbook } from '../../local/server/demo/build-demo-workbook';
import { startLocalServer } from '../../local/server/server';
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
  site = http.createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
  );
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
      // biome-ignore lint/suspicious/noExplicitAny: runs in the extension's worker, whose chrome API this project does not type
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url: `${url}*` });
      const [first] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        files: ['/content-scripts/selection-reader.js'],
      });
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

  it('the scripts that run in pages carry no storage access and no messaging: the secret cannot reach them', () => {
    const dir = 'dist/extension/chrome-mv3/content-scripts';
    const scripts = ['docs-annotate.js', 'docs-id.js', 'selection-reader.js'].map((name) =>
      readFileSync(join(dir, name), 'utf8'),
    );
    for (const code of scripts) {
      expect(code).not.toMatch(/storage\.local|\.storage\b|sendMessage|connect\(|secret/);
    }
  });

  it('shows the panel in French when the browser is in French', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.waitForSelector('#pairing-code');
    expect(await panel.textContent('h2')).toBe('Connectez-vous au plan de votre district');
    // The manifest's words (store name, shortcut) come from _locales, generated from the same table.
    const fr = JSON.parse(
      readFileSync('dist/extension/chrome-mv3/_locales/fr/messages.json', 'utf8'),
    );
    expect([fr.extName.message, fr.clipCommand.message]).toEqual([
      'Throughline – Capture',
      'Capturer la sélection dans le plan',
    ]);
    await panel.screenshot({ path: 'docs/screenshots/panel-pairing-fr.png' });
  });

  it("in French, the history shows each state a clip can be in, with the sheet's reason", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'throughline-e2e-fr-')), 'plan.xlsx');
    await buildDemoWorkbook('2026-03-10').xlsx.writeFile(path);
    const start = (port = 0) =>
      startLocalServer({ workbookPath: path, port, today: '2026-03-10', refreshDelayMs: 60_000 });
    let server = await start();
    const port = Number(new URL(server.url).port);
    try {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.fill('#pairing-code', server.connectCoach('Camille Roy'));
      await panel.click('button[type=submit]');
      await panel.waitForFunction(() => document.querySelectorAll('#key-result option').length > 1);
      const clip = async (quote: string, keyResult: string | { index: number }) => {
        await panel.fill('#quote', quote);
        await panel.selectOption('#key-result', keyResult);
        await panel.click('button.primary');
      };
      await clip('Les élèves ont comparé 3/4 et 2/3 sur une droite numérique.', { index: 1 });
      await panel.waitForSelector('.clip[data-state=delivered]', { timeout: 30_000 });

      // Offline, with a cached key result the coordinator has since removed: the sheet will refuse it.
      await server.close();
      await worker.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: runs in the extension's worker, whose chrome API this project does not type
        const api = (globalThis as unknown as { chrome: any }).chrome;
        const { catalog } = await api.storage.local.get('catalog');
        catalog.catalog.objectives[0].keyResults.push({
          id: 'kr-retiré',
          title: 'Retiré : billets de sortie hebdomadaires',
        });
        await api.storage.local.set({ catalog });
      });
      await panel.reload();
      await panel.waitForFunction(() =>
        [...document.querySelectorAll('#key-result option')].some((o) =>
          o.textContent?.startsWith('Retiré'),
        ),
      );
      await clip('Billets de sortie recueillis à chaque table.', 'kr-retiré');
      await panel.waitForSelector('.clip[data-state=waiting]', { timeout: 30_000 });
      server = await start(port);
      await panel.click('text=Envoyer maintenant');
      await panel.waitForSelector('.clip[data-state=needs-attention]', { timeout: 30_000 });

      await server.close();
      await clip('CAP : tri des copies par stratégie plutôt que par note.', { index: 1 });
      await panel.waitForSelector('.clip[data-state=waiting] .reason', { timeout: 30_000 });
      const states = await panel.locator('.clip .badge').allTextContents();
      expect(states).toEqual(['En attente d’envoi', 'À vérifier', 'Enregistré dans la feuille']);
      expect(await panel.textContent('.clip[data-state=waiting] .reason')).toContain(
        'Pas de connexion au plan',
      );
      expect(await panel.textContent('#clip-heading')).toBe('Nouvel extrait');
      await panel.screenshot({ path: 'docs/screenshots/panel-history-fr.png', fullPage: true });
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
