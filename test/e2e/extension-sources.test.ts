/**
 * Clipping from where coaches' evidence lives, in real Chromium with the built clipper, against
 * local mode: a Google Doc drawn on a canvas that Docs did not annotate (find a passage in its
 * export; clip what was copied), a Slides deck (its text export), a PDF in Chrome's own viewer
 * (copied text), and a long web article whose text-fragment link opens at the clipped passage.
 * docs.google.com is answered locally (Playwright routing) the way Google's pages answer.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkbook } from '../../local/server/demo/build-demo-workbook';
import { startLocalServer } from '../../local/server/server';
import { ensureExtensionBuilt, evidenceRows, launchWithExtension } from './extension-harness';
import { pagesPdf } from './pdf-fixture';

const TODAY = '2026-03-10';
const SHOTS = 'docs/screenshots';
const DOC_URL = 'https://docs.google.com/document/d/1CoachLogAbC/edit';
const SLIDES_URL = 'https://docs.google.com/presentation/d/1DeckXyZ/edit#slide=id.p1';
const FIXTURES = 'test/extension/fixtures';
const SLIDES_TEXT =
  'PLC meeting – week 6\n\nWe sorted exit tickets by strategy, not by score.\nNext: number talks daily.\n';

/** A long article where the clipped sentence also appears far above: the link must pick the right one. */
function longArticle(): string {
  const filler = (i: number) =>
    `<p>Paragraph ${i}: routine notes on pacing, materials and groupings for the unit.</p>`;
  const body = [
    '<h1>Fractions unit: a term of coaching notes</h1>',
    '<p id="first">Students explained their reasoning with a number line.</p>',
    ...Array.from({ length: 120 }, (_, i) => filler(i)),
    '<h2 id="week9">Week 9</h2>',
    '<p id="second">In the re-teach group, students explained their reasoning with a number line.</p>',
    ...Array.from({ length: 60 }, (_, i) => filler(i + 200)),
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Coaching notes – fractions</title></head><body>${body.join('')}</body></html>`;
}

let server: Awaited<ReturnType<typeof startLocalServer>>;
let site: http.Server;
let siteUrl: string;
let workbookPath: string;
let context: BrowserContext;
let extensionId: string;
let panel: Page;

/** Routes docs.google.com: the canvas-drawn editor pages and their exports. */
async function routeGoogle(browser: BrowserContext): Promise<void> {
  const page = readFileSync(join(FIXTURES, 'docs-canvas-only.html'), 'utf8');
  const exportHtml = readFileSync(join(FIXTURES, 'docs-export.html'), 'utf8');
  await browser.route('https://docs.google.com/**', (route) => {
    const url = route.request().url();
    const reply = (contentType: string, body: string) =>
      route.fulfill({ status: 200, contentType: `${contentType}; charset=utf-8`, body });
    if (url.includes('/document/d/1CoachLogAbC/export?format=html'))
      return reply('text/html', exportHtml);
    if (url.includes('/presentation/d/1DeckXyZ/export/txt'))
      return reply('text/plain', SLIDES_TEXT);
    const title = url.includes('/presentation/') ? 'PLC deck – Google Slides' : null;
    return reply('text/html', title ? page.replace(/<title>[^<]*/, `<title>${title}`) : page);
  });
}

/** The page number Chrome's PDF viewer shows (its page selector, inside the viewer's own frame). */
async function viewerPage(page: Page): Promise<string> {
  const viewer = page.frames().find((frame) => frame.url().startsWith('chrome-extension://'));
  // A string, so the test runner's transform adds nothing the viewer's frame lacks.
  const read = `(() => {
    const find = (root) => {
      const hit = root.querySelector('#pageSelector');
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return find(document)?.value ?? '';
  })()`;
  return viewer ? String(await viewer.evaluate(read).catch(() => '')) : '';
}

async function openPanel(browser: BrowserContext, id: string, coach: string): Promise<Page> {
  const opened = await browser.newPage();
  await opened.goto(`chrome-extension://${id}/sidepanel.html`);
  await opened.fill('#pairing-code', server.connectCoach(coach));
  await opened.click('button[type=submit]');
  await opened.waitForFunction(() => document.querySelectorAll('#key-result option').length > 1);
  return opened;
}

/** Saves the clip in the panel under the first key result and waits until the sheet has it. */
async function saveClip(page: Page, quote: string): Promise<Record<string, string>> {
  const firstKeyResult = await page
    .locator('#key-result option:not([value=""])')
    .first()
    .getAttribute('value');
  await page.selectOption('#key-result', firstKeyResult ?? '');
  await page.click('button.primary');
  await page.waitForSelector(`.clip[data-state=delivered] >> text=${quote.slice(0, 30)}`, {
    timeout: 30_000,
  });
  await server.merge();
  const [row] = (await evidenceRows(workbookPath)).filter((r) => r.Quote === quote);
  return row;
}

beforeAll(async () => {
  ensureExtensionBuilt();
  workbookPath = join(mkdtempSync(join(tmpdir(), 'throughline-e2e-sources-')), 'plan.xlsx');
  await buildDemoWorkbook(TODAY).xlsx.writeFile(workbookPath);
  server = await startLocalServer({ workbookPath, port: 0, today: TODAY, refreshDelayMs: 60_000 });
  const pdf = pagesPdf([
    ['Unit plan: fractions', 'Students compare fractions with benchmarks.'],
    ['Week 2', 'Number talks daily, then exit tickets by strategy.'],
    ['Week 3', 'Fraction strips on every table.'],
  ]);
  const article = longArticle();
  site = http.createServer((req, res) =>
    req.url?.endsWith('.pdf')
      ? res.writeHead(200, { 'Content-Type': 'application/pdf' }).end(pdf)
      : res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article),
  );
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  ({ context, extensionId } = await launchWithExtension());
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await routeGoogle(context);
  panel = await openPanel(context, extensionId, 'Alex Martin');
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
  await new Promise((resolve) => site?.close(resolve));
});

describe('clipping from Docs, Slides, PDFs and long pages in Chromium', () => {
  it('a Doc drawn on a canvas: find a passage by a few words, keyboard only, and its heading link reaches the sheet', async () => {
    const doc = await context.newPage();
    await doc.goto(DOC_URL);
    await doc.bringToFront(); // the coach's tab is the active one; the panel sits beside it
    await panel.click('text=Clip selection from page');
    await panel.waitForSelector('#find-passage');
    expect(await panel.textContent('.docs-fallback .warning')).toContain('drawn, not written');
    await panel.focus('#find-passage');
    await panel.keyboard.type('eleves droite numerique');
    await panel.waitForSelector('[role=option] mark');
    expect(await panel.textContent('.finder [role=status]')).toBe('1 paragraph found.');
    expect(await panel.textContent('[role=option] .under')).toBe('Under “Visite 1 – École Cedar”');
    await panel.keyboard.press('Enter');
    await panel.click('text=Add the paragraph after');
    const quote =
      'Les élèves ont expliqué leur raisonnement sur la droite numérique.\nL’enseignante a demandé « pourquoi ça marche ? » puis a laissé du temps.';
    expect(await panel.inputValue('#quote')).toBe(quote);
    expect(await panel.getAttribute('.source a', 'href')).toBe(
      'https://docs.google.com/document/d/1CoachLogAbC/edit#heading=h.v1cedar',
    );
    await panel.screenshot({ path: `${SHOTS}/panel-docs-find.png`, fullPage: true });
    const row = await saveClip(panel, quote);
    expect(row).toMatchObject({
      'Source URL': 'https://docs.google.com/document/d/1CoachLogAbC/edit#heading=h.v1cedar',
      Section: 'Visite 1 – École Cedar',
      'Source title': 'Coaching log – Google Docs',
    });
    await doc.close();
  });

  it('a Doc: what the coach copied is clipped with the document title, heading and link, and announced', async () => {
    const doc = await context.newPage();
    await doc.goto(DOC_URL);
    await doc.evaluate(() =>
      navigator.clipboard.writeText('asked “why does that work?” twice before moving on.'),
    );
    await doc.bringToFront();
    await panel.click('text=Clip what I copied');
    await panel.waitForSelector('[aria-live=polite].success');
    expect(await panel.textContent('[aria-live=polite].success')).toBe(
      'Clipped what you copied (51 characters) from Coaching log – Google Docs.',
    );
    expect(await panel.textContent('.source')).toContain('Visit 2 – Birch Middle');
    expect(await panel.textContent('.shortcuts')).toContain('Alt+Shift+V clips what you copied');
    await panel.screenshot({ path: `${SHOTS}/panel-clip-copied.png`, fullPage: true });
    const row = await saveClip(panel, 'asked “why does that work?” twice before moving on.');
    expect(row['Source URL']).toBe(
      'https://docs.google.com/document/d/1CoachLogAbC/edit#heading=h.v2birch',
    );
    await doc.close();
  });

  it('a Slides deck: its text export is searched the same way (it does not say which slide: the deck opens at its start)', async () => {
    const deck = await context.newPage();
    await deck.goto(SLIDES_URL);
    await deck.bringToFront();
    await panel.click('text=Clip selection from page');
    await panel.waitForSelector('.text-from >> text=Searching the document’s export');
    await panel.waitForFunction(
      () => !(document.querySelector('#quote') as HTMLTextAreaElement).value,
    );
    await panel.fill('#find-passage', 'exit tickets strategy');
    await panel.click('[role=option]');
    expect(await panel.inputValue('#quote')).toBe(
      'We sorted exit tickets by strategy, not by score.',
    );
    const row = await saveClip(panel, 'We sorted exit tickets by strategy, not by score.');
    expect(row['Source URL']).toBe('https://docs.google.com/presentation/d/1DeckXyZ/edit');
    await deck.close();
  });

  it('a Slides deck: what the coach copied links to the slide on screen', async () => {
    const deck = await context.newPage();
    await deck.goto(SLIDES_URL.replace('id.p1', 'id.g2a_0_5'));
    await deck.evaluate(() => navigator.clipboard.writeText('Next: number talks daily.'));
    await deck.bringToFront();
    await panel.click('text=Clip what I copied');
    await panel.waitForSelector('[aria-live=polite].success');
    expect(await panel.textContent('.source a')).toBe('Opens the deck at this slide');
    expect(await panel.getAttribute('.source a', 'href')).toBe(
      'https://docs.google.com/presentation/d/1DeckXyZ/edit#slide=id.g2a_0_5',
    );
    await panel.screenshot({ path: `${SHOTS}/panel-slides-copied.png`, fullPage: true });
    const row = await saveClip(panel, 'Next: number talks daily.');
    expect(row['Source URL']).toBe(
      'https://docs.google.com/presentation/d/1DeckXyZ/edit#slide=id.g2a_0_5',
    );
    await deck.close();
  });

  it("a PDF in Chrome's viewer: the page cannot read its selection, a copy of it is clipped", async () => {
    const pdf = await context.newPage();
    await pdf.goto(`${siteUrl}/unit-plan.pdf`);
    await pdf.bringToFront();
    // The coach selects a line in the viewer (a triple click) and copies it, once the viewer has drawn.
    const copied = () => pdf.evaluate(() => navigator.clipboard.readText());
    for (let tries = 0; tries < 20 && !(await copied()).includes('benchmarks'); tries++) {
      await pdf.waitForTimeout(500);
      await pdf.mouse.click(120, 115, { clickCount: 3 });
      await pdf.keyboard.press('Control+C');
    }
    await panel.click('text=Clip what I copied');
    await panel.waitForFunction(() =>
      (document.querySelector('#quote') as HTMLTextAreaElement).value.includes('benchmarks'),
    );
    expect(await panel.inputValue('#quote')).toBe('Students compare fractions with benchmarks.');
    expect(await panel.textContent('.source')).toContain('unit-plan.pdf');
    // The clipper read the file's text page by page: the copy is on page 1.
    expect(await panel.textContent('.source a')).toBe('Opens the PDF at page 1');
    await panel.screenshot({ path: `${SHOTS}/panel-pdf-copied.png`, fullPage: true });
    const row = await saveClip(panel, 'Students compare fractions with benchmarks.');
    expect(row['Source URL']).toBe(`${siteUrl}/unit-plan.pdf#page=1`);
    await pdf.close();
  });

  it('a PDF: find a passage in its text, page by page; the link opens the viewer at its page', async () => {
    const pdf = await context.newPage();
    await pdf.goto(`${siteUrl}/unit-plan.pdf`);
    await pdf.bringToFront();
    await panel.click('text=Clip selection from page');
    // The capture before this one (a copy from the same PDF) had a passage; this one starts empty.
    await panel.waitForFunction(
      () => !(document.querySelector('#quote') as HTMLTextAreaElement).value,
    );
    expect(await panel.textContent('.text-from')).toBe(
      'Searching the PDF’s text, page by page: the link opens at the passage’s page.',
    );
    await panel.fill('#find-passage', 'exit tickets');
    await panel.waitForSelector('[role=option] mark');
    expect(await panel.textContent('[role=option] .under')).toBe('Page 2');
    await panel.click('[role=option]');
    expect(await panel.textContent('.source a')).toBe('Opens the PDF at page 2');
    await panel.screenshot({ path: `${SHOTS}/panel-pdf-find.png`, fullPage: true });
    const quote = 'Number talks daily, then exit tickets by strategy.';
    const row = await saveClip(panel, quote);
    expect(row['Source URL']).toBe(`${siteUrl}/unit-plan.pdf#page=2`);
    // Opened, the link shows page 2 in Chrome's viewer.
    const opened = await context.newPage();
    await opened.goto(row['Source URL']);
    await expect.poll(() => viewerPage(opened), { timeout: 15_000 }).toBe('2');
    await opened.close();
    await pdf.close();
  });

  it('a long article: the link stored with the clip opens at the passage, not at its earlier twin', async () => {
    const article = await context.newPage();
    await article.goto(`${siteUrl}/notes`);
    await article.evaluate(() => {
      const target = document.getElementById('second')?.firstChild as Text;
      const range = document.createRange();
      const start = target.data.indexOf('students explained');
      range.setStart(target, start);
      range.setEnd(target, target.data.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await article.bringToFront();
    await panel.click('text=Clip selection from page');
    const quote = 'students explained their reasoning with a number line.';
    await panel.waitForFunction(
      (q) => (document.querySelector('#quote') as HTMLTextAreaElement).value === q,
      quote,
    );
    expect(await panel.textContent('.source a')).toBe('Opens the page at this passage');
    const row = await saveClip(panel, quote);
    expect(row['Source URL']).toBe(
      `${siteUrl}/notes#:~:text=group%2C-,students%20explained%20their%20reasoning%20with%20a%20number%20line.,-Paragraph`,
    );
    const opened = await context.newPage();
    await opened.goto(row['Source URL']);
    await opened.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 10_000 });
    const inView = (id: string) =>
      opened.evaluate((el) => {
        const box = document.getElementById(el)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
      }, id);
    expect(await inView('second')).toBe(true);
    expect(await inView('first')).toBe(false);
    // The local Summary links the quote to the same place.
    const page = await (await fetch(server.url)).text();
    expect(page).toContain(`href="${row['Source URL'].replace(/&/g, '&amp;')}"`);
    await article.close();
    await opened.close();
  });
});

describe('the same paths in French', () => {
  it('finds a passage and clips what was copied, with French words and typography', async () => {
    const french = await launchWithExtension('fr-FR');
    try {
      await french.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await routeGoogle(french.context);
      const frPanel = await openPanel(french.context, french.extensionId, 'Camille Roy');
      const doc = await french.context.newPage();
      await doc.goto(DOC_URL);
      await doc.bringToFront();
      await frPanel.click('text=Capturer la sélection de la page');
      await frPanel.fill('#find-passage', '"pourquoi ca marche"');
      await frPanel.waitForSelector('[role=option] mark');
      expect(await frPanel.textContent('.finder [role=status]')).toBe('1 paragraphe trouvé.');
      expect(await frPanel.textContent('[role=option] .under')).toBe(
        'Sous «\u00a0Visite 1 – École Cedar\u00a0»',
      );
      await frPanel.click('[role=option]');
      expect(await frPanel.textContent('.source a')).toBe(
        'Ouvre le document à «\u00a0Visite 1 – École Cedar\u00a0»',
      );
      await frPanel.screenshot({ path: `${SHOTS}/panel-docs-find-fr.png`, fullPage: true });
      await doc.evaluate(() =>
        navigator.clipboard.writeText('Les élèves ont expliqué leur raisonnement'),
      );
      await doc.bringToFront();
      await frPanel.click('text=Capturer ce que j’ai copié');
      await frPanel.waitForSelector('[aria-live=polite].success');
      expect(await frPanel.textContent('[aria-live=polite].success')).toBe(
        'Ce que vous avez copié (41 caractères) est capturé, depuis Coaching log – Google Docs.',
      );
      await frPanel.screenshot({ path: `${SHOTS}/panel-clip-copied-fr.png`, fullPage: true });
      const deck = await french.context.newPage();
      await deck.goto(SLIDES_URL);
      await deck.evaluate(() => navigator.clipboard.writeText('Next: number talks daily.'));
      await deck.bringToFront();
      await frPanel.click('text=Capturer ce que j’ai copié');
      await frPanel.waitForSelector('.source a >> text=diapositive');
      expect(await frPanel.textContent('.source a')).toBe(
        'Ouvre la présentation à cette diapositive',
      );
      await frPanel.screenshot({ path: `${SHOTS}/panel-slides-copied-fr.png`, fullPage: true });
      const pdf = await french.context.newPage();
      await pdf.goto(`${siteUrl}/unit-plan.pdf`);
      await pdf.bringToFront();
      await frPanel.click('text=Capturer la sélection de la page');
      // The deck's capture had its own word there: wait for the PDF's.
      await frPanel.waitForSelector('.text-from >> text=texte du PDF');
      expect(await frPanel.textContent('.text-from')).toBe(
        'Recherche dans le texte du PDF, page par page\u00a0: le lien ouvre la page du passage.',
      );
      await frPanel.fill('#find-passage', 'exit tickets');
      await frPanel.click('[role=option]');
      expect(await frPanel.textContent('.source a')).toBe('Ouvre le PDF à la page 2');
      await frPanel.screenshot({ path: `${SHOTS}/panel-pdf-find-fr.png`, fullPage: true });
    } finally {
      await french.context.close();
    }
  });
});
