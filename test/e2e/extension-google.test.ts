// Real Chromium, a test build of the clipper whose Google URLs point at the fake Google on
// 127.0.0.1 (WXT_GOOGLE_TEST_BASE): sign in with Google (launchWebAuthFlow, the implicit-grant
// redirect to <id>.chromiumapp.org), the catalog read from the plan spreadsheet, one clip delivered
// exactly once across a token expiry and a 429 with Retry-After, and the plain-words message when
// the coordinator stops sharing the sheet (403), in English and French; on a sheet whose coordinator
// confirmed another key-result column than the reader guesses, the confirmed key results with the
// add-on's ids (published by Set up as developer metadata), and on a sheet never set up, the panel
// saying so; "find a passage" in a Doc and a deck through documents.get / presentations.get (and
// the export when Google refuses). Re-takes the
// docs/screenshots/panel-google-*.png used by the README's coach walk-through.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsDocument, slidesPresentation } from '../google-fake/fake-docs';
import { FakeGoogle } from '../google-fake/fake-google';
import {
  BOARD_ROWS,
  BOARD_SETUP,
  COACH_EMAIL,
  PLAN_SHEET_ID,
  boardId,
  boardWordingPlanTab,
  evidenceRecords,
  evidenceTab,
  publishedMetadata,
  schoolsTab,
  withPlanSpreadsheet,
  type PublishedSetup,
} from '../google-fake/plan-spreadsheet';
import { serveFakeGoogle } from '../google-fake/serve';
import {
  EXTENSION_DIR,
  ensureExtensionBuilt,
  launchWithExtension,
  newestSource,
} from './extension-harness';

const PORT = 47811;
/** The scopes sign-in asks for, as Google receives them, and the read scopes asked for later. */
const SIGN_IN = 'https://www.googleapis.com/auth/spreadsheets openid email profile';
const DOCS_READ = 'https://www.googleapis.com/auth/documents.readonly';
const SLIDES_READ = 'https://www.googleapis.com/auth/presentations.readonly';
const TEST_BUILD = resolve('dist/extension-google-test/chrome-mv3');
const SHOTS = 'docs/screenshots';
const SHEET_URL = `https://docs.google.com/spreadsheets/d/${PLAN_SHEET_ID}/edit#gid=0`;

let google: FakeGoogle;
let server: Awaited<ReturnType<typeof serveFakeGoogle>>;

/** The test build, rebuilt when older than its sources (never the store build's folder). */
function ensureTestBuild(): void {
  const manifest = join(TEST_BUILD, 'manifest.json');
  const background = join(TEST_BUILD, 'background.js');
  const fresh =
    existsSync(manifest) &&
    readFileSync(background, 'utf8').includes(`127.0.0.1:${PORT}`) &&
    statSync(manifest).mtimeMs >= newestSource(['extension', 'shared', 'public']);
  if (fresh) return;
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, WXT_GOOGLE_TEST_BASE: `http://127.0.0.1:${PORT}` },
  });
}

const DOC_ID = '1CoachLogApi';
const DECK_ID = '1PlcDeckApi';
const UNSHARED_DECK_ID = '1SomeoneElsesDeck';

/** A coaching log and a PLC deck shared with the coach, and a deck that is not. */
function addCoachingFiles(fake: FakeGoogle): void {
  const shared = new Set([COACH_EMAIL]);
  const log = docsDocument('Coaching log', [
    { heading: 'Visit 1 – Cedar', headingId: 'h.v1cedar', paragraphs: ['Think time first.'] },
    {
      heading: 'Visit 2 – Birch',
      headingId: 'h.v2birch',
      paragraphs: ['Students explained their reasoning with a number line.'],
    },
  ]);
  const deck = (lines: string[]) =>
    slidesPresentation('PLC deck', [
      { objectId: 'p', title: 'PLC – week 6', lines: ['Agenda', 'Norms'] },
      { objectId: 'g2a_0_5', title: 'What we saw', lines },
    ]);
  fake.files.set(DOC_ID, { kind: 'documents', id: DOC_ID, sharedWith: shared, body: log });
  const sorted = deck(['We sorted exit tickets by strategy.']);
  fake.files.set(DECK_ID, { kind: 'presentations', id: DECK_ID, sharedWith: shared, body: sorted });
  fake.files.set(UNSHARED_DECK_ID, {
    kind: 'presentations',
    id: UNSHARED_DECK_ID,
    sharedWith: new Set(),
    body: deck(['Norms for the export only.']),
  });
}

async function fillClip(page: Page, quote: string) {
  await page.fill('#quote', quote);
  const kr = await page.locator('#key-result option:not([value=""])').first().getAttribute('value');
  await page.selectOption('#key-result', kr ?? '');
  await page.selectOption('#school', 'Cedar Elementary');
  await page.selectOption('#evidence-type', 'observation');
}

async function signIn(
  context: BrowserContext,
  extensionId: string,
  sheetUrl = SHEET_URL,
): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.waitForSelector('#plan-spreadsheet');
  await panel.fill('#plan-spreadsheet', sheetUrl);
  return panel;
}

/** Another plan sheet shared with the coach: the board-wording plan, set up as `setUp` says. */
function boardSheet(id: string, setUp: PublishedSetup): string {
  const sheets = [boardWordingPlanTab(), schoolsTab(), evidenceTab()];
  google.addSpreadsheet({
    id,
    title: 'Birch District Plan',
    locale: 'en_US',
    sheets,
    sharedWith: [COACH_EMAIL],
    developerMetadata: publishedMetadata(sheets, setUp),
  });
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

beforeAll(async () => {
  ensureExtensionBuilt();
  ensureTestBuild();
  google = new FakeGoogle({ tokenLifetimeSeconds: 3599 });
  withPlanSpreadsheet(google);
  server = await serveFakeGoogle(google, PORT);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

describe('the store build talks only to Google', () => {
  it('has no fake address, declares the managed schema and the identity permission', () => {
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(background).toContain('https://sheets.googleapis.com');
    expect(background).toContain('https://accounts.google.com');
    expect(background).not.toContain(`127.0.0.1:${PORT}`);
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('identity');
    expect(manifest.host_permissions).toEqual(
      expect.arrayContaining(['https://docs.googleapis.com/*', 'https://slides.googleapis.com/*']),
    );
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual([
      'planSpreadsheet',
      'planEndpoint',
      'language',
      'privacyReminder',
    ]);
  });
});

describe('Sign in with Google in Chromium against the fake Google', () => {
  let context: BrowserContext;
  let extensionId: string;
  let panel: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension('en-US', TEST_BUILD));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('signs in, reads the catalog from the plan sheet, and shows who is connected', async () => {
    panel = await signIn(context, extensionId);
    await panel.screenshot({ path: `${SHOTS}/panel-google-signin.png`, fullPage: true });
    await panel.click('button.google-sign-in');
    await panel.waitForSelector('.plan-header', { timeout: 30_000 });
    await panel.waitForFunction(() => document.querySelectorAll('#key-result option').length > 2);
    const header = await panel.textContent('.plan-header');
    expect(header).toContain('Plan: Maple District Math Plan 2025-26');
    expect(header).toContain('Coach: Alex Martin');
    expect(header).toContain(`Signed in with Google as ${COACH_EMAIL}`);
    const groups = await panel
      .locator('#key-result optgroup')
      .evaluateAll((els) => els.map((el) => el.getAttribute('label')));
    expect(groups).toEqual(['Deepen understanding of fractions', 'High-depth PLC work']);
    // Sign-in asks Google for the Sheets scope and who the coach is, nothing about Docs or decks.
    expect(google.authorizations.map((a) => a.scopes.join(' '))).toEqual([SIGN_IN]);
  });

  it('delivers a clip exactly once across an expired token and a 429 with Retry-After', async () => {
    google.expireTokens();
    google.faults.push({ kind: 'rate-limit', retryAfterSeconds: 3, on: 'append' });
    const quote = '=Students compared 3/4 and 2/3 on a number line.';
    await fillClip(panel, quote);
    await panel.click('button.primary');
    await panel.waitForSelector('.clip[data-state=waiting]', { timeout: 30_000 });
    expect(await panel.textContent('.clip[data-state=waiting] .reason')).toContain(
      'Google asked us to slow down',
    );
    await panel.screenshot({ path: `${SHOTS}/panel-google-waiting.png`, fullPage: true });
    await panel.waitForTimeout(3_200);
    await panel.click('text=Send now');
    await panel.waitForSelector('.clip[data-state=delivered]', { timeout: 30_000 });
    await panel.screenshot({ path: `${SHOTS}/panel-google-delivered.png`, fullPage: true });
    const rows = evidenceRecords(google).filter((r) => r.Quote === quote);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Coach: 'Alex Martin', School: 'Cedar Elementary' });
    const appends = google.log.filter((r) => r.path.endsWith(':append'));
    expect(appends.map((r) => r.query.get('valueInputOption'))).toEqual(['RAW', 'RAW']);
    // The silent renewal after the token expired asked for the same scopes, without a window.
    expect(google.authorizations.map((a) => [a.scopes.join(' '), a.interactive])).toEqual([
      [SIGN_IN, true],
      [SIGN_IN, false],
    ]);
  });

  it('finds a passage in a Doc and a deck through Docs and Slides APIs: the link opens its heading or slide; a deck Google refuses is searched in its export', async () => {
    addCoachingFiles(google);
    const canvasPage = readFileSync('test/extension/fixtures/docs-canvas-only.html', 'utf8');
    await context.route('https://docs.google.com/**', (route) =>
      route.request().url().includes('/export/txt')
        ? route.fulfill({ contentType: 'text/plain', body: 'Agenda\nNorms for the export only.\n' })
        : route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: route.request().url().includes('/presentation/')
              ? canvasPage.replace(/<title>[^<]*/, '<title>PLC deck – Google Slides')
              : canvasPage,
          }),
    );
    /** Opens `url`, captures it, and picks the paragraph holding `words`, once the panel says it reads `from`. */
    const find = async (url: string, words: string, from: string) => {
      const tab = await context.newPage();
      await tab.goto(url);
      await tab.bringToFront();
      await panel.click('text=Clip selection from page');
      await panel.waitForSelector(`.text-from >> text=${from}`);
      await panel.waitForFunction(
        () => !(document.querySelector('#find-passage') as HTMLInputElement)?.value,
      );
      await panel.fill('#find-passage', words);
      await panel.click('[role=option]');
      return tab;
    };
    const signedIn = 'through your Google sign-in';
    const doc = await find(
      `https://docs.google.com/document/d/${DOC_ID}/edit`,
      'number line',
      signedIn,
    );
    expect(await panel.textContent('.source a')).toBe('Opens the document at “Visit 2 – Birch”');
    expect(await panel.getAttribute('.source a', 'href')).toBe(
      `https://docs.google.com/document/d/${DOC_ID}/edit#heading=h.v2birch`,
    );
    await panel.screenshot({ path: `${SHOTS}/panel-google-docs-find.png`, fullPage: true });
    const deck = await find(
      `https://docs.google.com/presentation/d/${DECK_ID}/edit`,
      'strategy',
      signedIn,
    );
    expect(await panel.textContent('.source a')).toBe('Opens the deck at this slide');
    expect(await panel.getAttribute('.source a', 'href')).toBe(
      `https://docs.google.com/presentation/d/${DECK_ID}/edit#slide=id.g2a_0_5`,
    );
    await panel.screenshot({ path: `${SHOTS}/panel-google-slides-find.png`, fullPage: true });
    const refused = await find(
      `https://docs.google.com/presentation/d/${UNSHARED_DECK_ID}/edit`,
      'export only',
      'Google would not give this document',
    );
    expect(google.log.map((r) => r.path)).toContain(`/v1/presentations/${UNSHARED_DECK_ID}`);
    for (const tab of [doc, deck, refused]) await tab.close();
    // Each read scope was asked for once, at the first search of its kind, and then reused.
    const windows = google.authorizations
      .filter((a) => a.interactive)
      .map((a) => a.scopes.join(' '));
    expect(windows).toEqual([SIGN_IN, `${SIGN_IN} ${DOCS_READ}`, `${SIGN_IN} ${SLIDES_READ}`]);
  });

  it('a coach who declines reading their Docs: the export is searched, and clips still deliver', async () => {
    google.grants.get(COACH_EMAIL)?.delete(DOCS_READ); // the coach withdrew that grant
    google.expireTokens();
    google.declining.add(DOCS_READ);
    try {
      const tab = await context.newPage();
      await tab.goto(`https://docs.google.com/document/d/${DOC_ID}/edit`);
      await tab.bringToFront();
      await panel.click('text=Clip selection from page');
      await panel.waitForSelector('.text-from >> text=Searching the document’s export');
      await tab.close();
      const quote = 'Declined Docs, delivered clip.';
      await fillClip(panel, quote);
      await panel.click('button.primary');
      await panel.waitForSelector(`.clip[data-state=delivered] >> text=${quote}`, {
        timeout: 30_000,
      });
      expect(evidenceRecords(google).filter((r) => r.Quote === quote)).toHaveLength(1);
      expect(await panel.locator('.connection-problem').count()).toBe(0);
      const docsAsked = google.authorizations.filter((a) => a.scopes.includes(DOCS_READ));
      expect(docsAsked.at(-1)).toEqual({
        scopes: [...SIGN_IN.split(' '), DOCS_READ],
        interactive: true,
      });
    } finally {
      google.declining.clear();
    }
  });
  it('says in plain words to ask for the sheet when the coordinator stops sharing it (403)', async () => {
    google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.clear();
    try {
      const quote = 'PLC sorted exit tickets by strategy.';
      await fillClip(panel, quote);
      await panel.click('button.primary');
      await panel.waitForSelector('.connection-problem', { timeout: 30_000 });
      expect(await panel.textContent('.connection-problem')).toContain(
        'ask your coordinator to share the plan sheet with you',
      );
      // The clip is kept, waiting, with the same advice beside it.
      const kept = panel.locator('.clip[data-state=waiting]', { hasText: quote });
      await kept.waitFor({ timeout: 30_000 });
      await panel.screenshot({ path: `${SHOTS}/panel-google-no-access.png`, fullPage: true });
    } finally {
      google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.add(COACH_EMAIL);
    }
  });
});

describe('a plan the coordinator set up with another key-result column than the reader guesses', () => {
  it('lists the confirmed key results and tags the clip with the add-on id', async () => {
    const id = '1BoardSheetSetUp_abcdefghijklmnopqrstuvwxyz';
    const { context, extensionId } = await launchWithExtension('en-US', TEST_BUILD);
    try {
      const panel = await signIn(context, extensionId, boardSheet(id, BOARD_SETUP));
      await panel.click('button.google-sign-in');
      await panel.waitForSelector('.plan-header', { timeout: 30_000 });
      await panel.waitForFunction(() => document.querySelectorAll('#key-result option').length > 2);
      const options = await panel
        .locator('#key-result option:not([value=""])')
        .evaluateAll((els) => els.map((el) => [el.getAttribute('value'), el.textContent]));
      expect(options).toEqual(BOARD_ROWS.map((row, i) => [boardId(i), row[2]]));
      expect(await panel.textContent('.plan-header')).not.toContain('has not run Set up');
      const quote = 'Grade 5 team co-planned the fractions unit before teaching it.';
      await panel.fill('#quote', quote);
      await panel.selectOption('#key-result', boardId(1));
      await panel.selectOption('#school', 'Cedar Elementary');
      await panel.selectOption('#evidence-type', 'observation');
      await panel.click('button.primary');
      await panel.waitForSelector('.clip[data-state=delivered]', { timeout: 30_000 });
      const rows = evidenceRecords(google, 'Evidence', id);
      expect(rows).toMatchObject([
        { Quote: quote, 'Key result ID': boardId(1), 'Key result': BOARD_ROWS[1][2] },
      ]);
    } finally {
      await context.close();
    }
  });

  it('says the coordinator has not run Set up when the sheet has no published setup', async () => {
    const id = '1BoardSheetNeverSetUp_abcdefghijklmnopqrstuv';
    const { context, extensionId } = await launchWithExtension('en-US', TEST_BUILD);
    try {
      const panel = await signIn(context, extensionId, boardSheet(id, null));
      await panel.click('button.google-sign-in');
      await panel.waitForSelector('.plan-header .not-set-up', { timeout: 30_000 });
      expect(await panel.textContent('.plan-header')).toContain(
        'Your coordinator has not run Set up on this plan sheet yet',
      );
      await panel.waitForFunction(() => document.querySelectorAll('#key-result option').length > 2);
      const titles = await panel
        .locator('#key-result option:not([value=""])')
        .evaluateAll((els) => els.map((el) => el.textContent));
      expect(titles).toEqual(BOARD_ROWS.map((row) => row[1]));
      await panel.screenshot({ path: `${SHOTS}/panel-google-not-set-up.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe('in French', () => {
  it('signs in and words the 403 in French', async () => {
    const { context, extensionId } = await launchWithExtension('fr-FR', TEST_BUILD);
    try {
      const panel = await signIn(context, extensionId);
      await panel.screenshot({ path: `${SHOTS}/panel-google-signin-fr.png`, fullPage: true });
      await panel.click('button.google-sign-in');
      await panel.waitForSelector('.plan-header', { timeout: 30_000 });
      google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.clear();
      await panel.waitForFunction(() => document.querySelectorAll('#key-result option').length > 2);
      await fillClip(panel, 'Les élèves ont comparé 3/4 et 2/3.');
      await panel.click('button.primary');
      await panel.waitForSelector('.connection-problem', { timeout: 30_000 });
      expect(await panel.textContent('.connection-problem')).toContain(
        'demandez à votre coordonnateur ou coordonnatrice de partager la feuille du plan avec vous',
      );
      await panel.screenshot({ path: `${SHOTS}/panel-google-no-access-fr.png`, fullPage: true });
    } finally {
      google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.add(COACH_EMAIL);
      await context.close();
    }
  });
});
