/**
 * The add-on's five sidebars in a real Chromium, 300 px wide as Sheets shows them, in English and
 * French: each built page talks through a fake google.script.run to the built add-on itself (on the
 * plan-simple fixture), and one action per sidebar is driven as a coordinator would (keyboard and
 * clicks). With UPDATE_SCREENSHOTS=1 it refreshes docs/screenshots/addon-*-sidebar*.png.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import { ensureBuilt } from '../apps-script/fake/ensure-built';
import { type LoadedAddon, loadAddon } from '../apps-script/fake/load-addon';
import { confirmSetup } from '../apps-script/fixtures/confirm-setup';
import { NOW, planSimpleSpreadsheet } from '../apps-script/fixtures/plan-simple-world';
import { withFakeRun } from '../apps-script/screenshot-scenes';
import { shown } from '../apps-script/fixtures/sheet-text';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('docs/screenshots');
const LOCALES: Locale[] = ['en', 'fr'];

/** French typography puts no-break spaces before « : » and inside « »; compare wording, not space width. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  await ensureBuilt();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
});

/** The built add-on on the fixture, in a spreadsheet of `locale`; set up already unless `fresh`. */
function addonIn(locale: Locale, options: { project?: 'addon' | 'bound'; fresh?: boolean } = {}) {
  const sheetsLocale = locale === 'fr' ? 'fr_CA' : 'en_US';
  const spreadsheet = planSimpleSpreadsheet({ locale: sheetsLocale });
  const addon = loadAddon({
    now: NOW,
    locale: sheetsLocale,
    project: options.project ?? 'addon',
    world: { spreadsheet },
  });
  if (!options.fresh) confirmSetup(addon.call);
  return addon;
}

/** The menu item that opens each sidebar, by its page's name. */
const MENU_FUNCTION: Record<string, string> = {
  'setup-sidebar': 'showSetup',
  'check-in-sidebar': 'showCheckIn',
  'coaches-sidebar': 'showCoaches',
  'settings-sidebar': 'showSettings',
  'health-sidebar': 'showPlanHealth',
};

/**
 * Opens the sidebar `name` as the add-on serves it from its menu, with its server calls going to
 * `addon` (or failing with `failures[fn]`), and waits for its first view.
 */
async function openSidebar(
  name: string,
  addon: LoadedAddon,
  failures: Record<string, string> = {},
): Promise<Page> {
  addon.call(MENU_FUNCTION[name]);
  const served = addon.world.spreadsheet.sidebars.at(-1)?.html ?? '';
  const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  await page.exposeFunction('addonServer', (fn: string, args: unknown[]) => {
    if (fn in failures) throw new Error(failures[fn]);
    return addon.call(fn, ...args);
  });
  await page.setContent(withFakeRun(served));
  await page.waitForSelector('h1, p.error');
  return page;
}

async function screenshot(page: Page, file: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS)
    await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
}

const suffix = (locale: Locale) => (locale === 'fr' ? '-fr' : '');

/**
 * The ids (or words, for a button) of the first `stops` controls Tab visits from the top of the page
 * (a date field takes several presses, one per part: it counts once).
 */
async function tabOrder(page: Page, stops: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const order: string[] = [];
  for (let press = 0; order.length < stops && press < stops * 4; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return el.id || el.textContent || el.tagName;
    });
    if (order.at(-1) !== focused) order.push(focused);
  }
  return order;
}

/** Every field the user can fill names itself through a <label>, in the words shown. */
async function unlabelledFields(page: Page): Promise<string[]> {
  return page.$$eval('input, select, textarea', (fields) =>
    fields.filter((f) => !(f as HTMLInputElement).labels?.length || !f.id).map((f) => f.outerHTML),
  );
}

describe.each(LOCALES)('the sidebars in %s', (locale) => {
  it('Set up: shows what was read and saves it, creating the tabs', async () => {
    const addon = addonIn(locale, { fresh: true });
    const page = await openSidebar('setup-sidebar', addon);
    await page.waitForSelector('#field-due');
    expect(await page.textContent('h1')).toBe(t(locale, 'addon.setup.title'));
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: t(locale, 'addon.setup.save') }).click();
    const status = page.locator('[role=status]');
    await expect.poll(() => status.getAttribute('class')).toBe('ok');
    const names = addon.world.spreadsheet.sheets.map((s) => s.name);
    expect(names).toContain(locale === 'fr' ? 'Tableau de bord' : 'Dashboard');
    await screenshot(page, `addon-setup-sidebar${suffix(locale)}.png`);
    await page.close();
  });

  it('Record a check-in: the keyboard fills the form in order and the check-in is saved', async () => {
    const addon = addonIn(locale);
    const page = await openSidebar('check-in-sidebar', addon);
    expect(await unlabelledFields(page)).toEqual([]);
    const save = t(locale, 'addon.checkIn.save');
    expect(await tabOrder(page, 7)).toEqual([
      'keyResult',
      'date',
      'value',
      'confidence',
      'comment',
      'by',
      save,
    ]);
    expect(plainSpaces((await page.textContent('#value-hint')) ?? '')).toMatch(/41\s?%$/);
    await page.fill('#value', '47');
    await page.selectOption('#confidence', '4');
    await page.fill('#by', 'M. Tremblay');
    await page.getByRole('button', { name: save }).focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[role=status]');
    await expect.poll(() => status.getAttribute('class')).toBe('ok');
    expect(plainSpaces((await status.textContent()) ?? '')).toMatch(/47\s?%/);
    expect(await page.inputValue('#confidence')).toBe('4'); // the status line leaves the choice alone
    const checkIns = addon.world.spreadsheet.sheet(locale === 'fr' ? 'Suivis' : 'Check-ins');
    expect(checkIns && shown(checkIns).at(-1)).toContain('M. Tremblay');
    await screenshot(page, `addon-check-in-sidebar${suffix(locale)}.png`);
    await page.close();
  });

  it('Settings: a new threshold is saved and read back', async () => {
    const addon = addonIn(locale);
    const page = await openSidebar('settings-sidebar', addon);
    expect(await unlabelledFields(page)).toEqual([]);
    expect(await page.inputValue('#on-track')).toBe('10');
    await page.fill('#on-track', '15');
    await page.getByRole('button', { name: t(locale, 'addon.settings.save') }).click();
    const status = page.locator('[role=status]');
    await expect.poll(() => status.textContent()).toBe(t(locale, 'addon.settings.saved'));
    expect(addon.call('getSettings')).toMatchObject({ pacing: { onTrackMargin: 0.15 } });
    expect(await page.inputValue('#on-track')).toBe('15');
    await screenshot(page, `addon-settings-sidebar${suffix(locale)}.png`);
    await page.close();
  });

  it('Plan health: lists the findings and Show selects the cell to fix', async () => {
    const addon = addonIn(locale);
    const page = await openSidebar('health-sidebar', addon);
    const first = page.locator('li').first();
    await first.getByRole('button', { name: t(locale, 'addon.health.goTo') }).click();
    await expect.poll(() => addon.world.spreadsheet.active).toBe('Schools!D5');
    expect(plainSpaces((await first.textContent()) ?? '')).toContain('Riverside Middle');
    await screenshot(page, `addon-health-sidebar${suffix(locale)}.png`);
    await page.close();
  });

  it('Connect a coach (bound copy): creates a code, shows it once and lists the coach', async () => {
    const addon = addonIn(locale, { project: 'bound' });
    addon.call('connectCoach', 'M. Tremblay');
    const roy = addon.call('connectCoach', 'A. Roy') as { coaches: { id: string; name: string }[] };
    addon.call('revokeCoachById', roy.coaches.find((c) => c.name === 'A. Roy')?.id);
    const page = await openSidebar('coaches-sidebar', addon);
    expect(await unlabelledFields(page)).toEqual([]);
    await page.fill('#coach-name', 'J. Singh');
    await page.getByRole('button', { name: t(locale, 'addon.coaches.create') }).click();
    await expect.poll(() => page.locator('.code').textContent()).toMatch(/^TL1-/);
    expect(await page.inputValue('#coach-name')).toBe('');
    const singh = page.locator('li', { hasText: 'J. Singh' });
    const date = NOW.slice(0, 10);
    expect(await singh.textContent()).toContain(t(locale, 'addon.coaches.since', { date }));
    await screenshot(page, `addon-coaches-sidebar${suffix(locale)}.png`);
    await singh.getByRole('button', { name: t(locale, 'addon.coaches.revoke') }).click();
    await expect.poll(() => page.locator('.code').count()).toBe(0);
    await expect
      .poll(() => page.locator('li', { hasText: 'J. Singh' }).textContent())
      .toContain(t(locale, 'addon.coaches.revokedOn', { date }));
    await page.close();
  });

  it('Connect a coach (installed add-on): explains sharing and gives the address', async () => {
    const addon = addonIn(locale);
    const page = await openSidebar('coaches-sidebar', addon);
    expect(await page.textContent('.code')).toBe(addon.world.spreadsheet.getUrl());
    expect(await page.locator('ol.steps li').count()).toBe(3);
    await screenshot(page, `addon-coaches-sharing${suffix(locale)}.png`);
    await page.close();
  });

  it('a sidebar that cannot load says so in words, in the spreadsheet’s language', async () => {
    const addon = addonIn(locale);
    const failure = 'Service Spreadsheets timed out';
    const page = await openSidebar('health-sidebar', addon, { getPlanHealth: failure });
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('p.error')).toBe(t(locale, 'addon.failed', { message: failure }));
    await page.close();
  });

  it('a server call that fails is said in words, and the form stays as the user left it', async () => {
    const addon = addonIn(locale);
    const failure = 'Exceeded maximum execution time';
    const page = await openSidebar('settings-sidebar', addon, { saveSettings: failure });
    await page.fill('#stale', '21');
    await page.getByRole('button', { name: t(locale, 'addon.settings.save') }).click();
    const status = page.locator('[role=status]');
    await expect.poll(() => status.getAttribute('class')).toBe('error');
    expect(await status.textContent()).toBe(t(locale, 'addon.failed', { message: failure }));
    expect(await page.inputValue('#stale')).toBe('21');
    await page.close();
  });
});
