/**
 * What the screenshot scripts show, made by the built add-on itself on the plan-simple fixture: the
 * Set up state, the Dashboard and Summary tabs, and a built sidebar page answering from given data.
 * Shared by screenshot-layouts.ts (docs/screenshots) and screenshot-marketplace.ts (listing).
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../shared/messages';
import { loadAddon } from './fake/load-addon';
import type { FakeSheet } from './fake/fake-sheet';
import { EVIDENCE, NOW, evidenceRows, planSimpleSpreadsheet } from './fixtures/plan-simple-world';
import { confirmSetup } from './fixtures/confirm-setup';

const sheetsLocale = (locale: Locale) => (locale === 'fr' ? 'fr_CA' : 'en_US');

/** JSON safe inside an inline <script> (no `</script>` or `<!--` can end it early). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A built sidebar page with a fake google.script.run. Each server function answers from `answers`
 * when named there; any other call goes to `window.addonServer(fn, args)` when the test exposes one
 * (the built add-on itself), whose rejection reaches the failure handler as an Error, as Apps Script's
 * does. Every call is kept in `window.serverCalls`.
 */
export function sidebarPage(name: string, answers: Record<string, unknown> = {}): string {
  return withFakeRun(readFileSync(`dist/apps-script/${name}.html`, 'utf8'), answers);
}

/** A sidebar page (as built, or as the add-on served it) with the fake google.script.run of sidebarPage. */
export function withFakeRun(html: string, answers: Record<string, unknown> = {}): string {
  const stub = `<script>(() => {
  const answers = ${scriptJson(answers)};
  window.serverCalls = [];
  const call = (fn, args) =>
    new Promise((resolve) => resolve(fn in answers ? answers[fn] : window.addonServer(fn, args)));
  const runner = (ok, fail) =>
    new Proxy({}, {
      get: (_, fn) =>
        fn === 'withSuccessHandler' ? (f) => runner(f, fail)
        : fn === 'withFailureHandler' ? (f) => runner(ok, f)
        : (...args) => {
            window.serverCalls.push({ fn, args });
            setTimeout(() => call(fn, args).then(
              (value) => ok && ok(value),
              (error) => fail && fail(new Error(error && error.message ? error.message : String(error))),
            ), 10);
          },
    });
  window.google = { script: { host: { close() {} }, run: runner(null, null) } };
})();</script>`;
  return html.replace('<main id="app"', `${stub}<main id="app"`);
}

/** What the built add-on's Set up answers on the fixture, in a spreadsheet of that language. */
export function setupState(locale: Locale, project: 'addon' | 'bound' = 'bound') {
  const spreadsheet = planSimpleSpreadsheet({ locale: sheetsLocale(locale) });
  return loadAddon({
    now: NOW,
    locale: sheetsLocale(locale),
    project,
    world: { spreadsheet },
  }).call('getSetupState');
}

/** The Dashboard and Summary tabs the built add-on writes for the fixture, in a spreadsheet of that locale. */
export function generatedTabs(locale: Locale): {
  dashboard: FakeSheet;
  summary: FakeSheet;
  plan: FakeSheet;
} {
  const spreadsheet = planSimpleSpreadsheet({
    locale: locale === 'fr' ? 'fr_FR' : 'en_US',
    evidence: evidenceRows(EVIDENCE),
    checkIns: true,
    supports: true,
  });
  const addon = loadAddon({
    now: NOW,
    locale: locale === 'fr' ? 'fr_FR' : 'en_US',
    world: { spreadsheet },
  });
  confirmSetup(addon.call);
  const tab = (en: string, fr: string) => {
    const sheet = spreadsheet.sheet(locale === 'fr' ? fr : en);
    if (!sheet) throw new Error(`no ${en} tab`);
    return sheet;
  };
  return {
    dashboard: tab('Dashboard', 'Tableau de bord'),
    summary: tab('Summary', 'Sommaire'),
    plan: tab('Plan', 'Plan'),
  };
}

/** What Connect a coach answers in the installed add-on (no web app). */
export function sharingState(locale: Locale) {
  return {
    mode: 'sharing',
    locale,
    url: 'https://docs.google.com/spreadsheets/d/1pLaNsHeEt-DiStRiCt/edit',
    protectedTabs: true,
  };
}
