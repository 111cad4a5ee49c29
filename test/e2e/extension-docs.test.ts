/**
 * The Google Docs path in real Chromium. docs.google.com is answered locally (Playwright routing)
 * with a page drawn the way Docs draws in annotated-canvas mode, and its plain-text export.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt, launchWithExtension } from './extension-harness';

const DOC_URL = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit';
const EXPORT_TEXT =
  'Coaching cycle 2\r\n\r\nStudents explained their reasoning aloud.\r\nNext cycle: co-plan lesson 5.\r\n';
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let doc: Page;

/** Runs the clipper's selection reader in the Docs tab, as the background does. */
function readDocsTab() {
  return worker.evaluate(
    async (url) => {
      // biome-ignore lint/suspicious/noExplicitAny: runs in the extension's worker, whose chrome API this project does not type
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url: `${url}*` });
      const [first] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        files: ['/content-scripts/selection-reader.js'],
      });
      return first.result;
    },
    DOC_URL.replace('/edit', ''),
  );
}

beforeAll(async () => {
  ensureExtensionBuilt();
  ({ context, worker, extensionId } = await launchWithExtension());
  const html = readFileSync('test/extension/fixtures/docs-annotated.html', 'utf8');
  await context.route('https://docs.google.com/**', (route) => {
    const url = route.request().url();
    // The HTML export (with headings) is refused here: the reader falls back to the plain text.
    if (url.includes('/export?format=html')) return route.fulfill({ status: 403, body: '' });
    if (url.includes('/export?format=txt'))
      return route.fulfill({
        status: 200,
        contentType: 'text/plain; charset=utf-8',
        body: EXPORT_TEXT,
      });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  doc = await context.newPage();
  await doc.goto(DOC_URL);
});

afterAll(async () => {
  await context?.close();
});

describe('Google Docs capture in Chromium', () => {
  it('asks Docs for its annotated canvas from the main world, with our extension id, before Docs starts', async () => {
    expect(
      await doc.evaluate(
        () => (window as unknown as Record<string, string>)._docs_annotate_canvas_by_ext,
      ),
    ).toBe(extensionId);
  });

  it('reads the passage under the selection highlight, and says it came from the Docs canvas', async () => {
    await doc.evaluate(() => {
      const layer = document.getElementById('selection-layer')!;
      layer.innerHTML =
        '<rect x="70" y="99" width="260" height="20"></rect><rect x="70" y="123" width="210" height="20"></rect>';
    });
    expect(await readDocsTab()).toMatchObject({
      method: 'docs-canvas',
      text: 'Students explained their reasoning aloud.\nNext cycle: co-plan lesson 5.',
      title: 'Coaching log – Google Docs',
      paragraphs: [],
      // The canvas lines around the selection single it out.
      anchor: {
        exact: 'Students explained their reasoning aloud.\nNext cycle: co-plan lesson 5.',
        prefix: '',
      },
    });
  });

  it("with no readable selection, returns no text (never a silent empty clip) and the document's paragraphs to search", async () => {
    await doc.evaluate(() => {
      document.getElementById('selection-layer')!.innerHTML = '';
    });
    expect(await readDocsTab()).toMatchObject({
      method: 'none',
      text: '',
      paragraphs: [
        'Coaching cycle 2',
        'Students explained their reasoning aloud.',
        'Next cycle: co-plan lesson 5.',
      ].map((text) => ({ text, heading: '', place: '' })),
    });
  });
});
