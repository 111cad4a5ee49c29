// Real Chromium, a test build of the clipper whose Google URLs point at the fake Google on
// 127.0.0.1 (WXT_GOOGLE_TEST_BASE): sign in with Google (launchWebAuthFlow, the implicit-grant
// redirect to <id>.chromiumapp.org), the catalog read from the plan spreadsheet, one clip delivered
// exactly once across a token expiry and a 429 with Retry-After, and the plain-words message when
// the coordinator stops sharing the sheet (403), in English and French. Re-takes the
// docs/screenshots/panel-google-*.png used by the README's coach walk-through.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGoogle } from '../google-fake/fake-google';
import {
  COACH_EMAIL,
  PLAN_SHEET_ID,
  evidenceRecords,
  withPlanSpreadsheet,
} from '../google-fake/plan-spreadsheet';
import { serveFakeGoogle } from '../google-fake/serve';
import {
  EXTENSION_DIR,
  ensureExtensionBuilt,
  launchWithExtension,
  newestSource,
} from './extension-harness';

const PORT = 47811;
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

async function fillClip(page: Page, quote: string) {
  await page.fill('#quote', quote);
  const kr = await page.locator('#key-result option:not([value=""])').first().getAttribute('value');
  await page.selectOption('#key-result', kr ?? '');
  await page.selectOption('#school', 'Cedar Elementary');
  await page.selectOption('#evidence-type', 'observation');
}

async function signIn(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.waitForSelector('#plan-spreadsheet');
  await panel.fill('#plan-spreadsheet', SHEET_URL);
  return panel;
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
