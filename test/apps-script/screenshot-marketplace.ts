/**
 * The Google Workspace Marketplace listing's images: the app icon (docs/marketplace/icon.svg drawn
 * at 128, 96, 48 and 32 px) and 1280 × 800 screenshots of the Dashboard, the Summary, Set up and
 * Connect a coach as Sheets shows them (a spreadsheet window: menu bar, the tab, the sidebar, the
 * tab strip), in English and French, made by the built add-on on the plan-simple fixture; and the
 * Extensions → Throughline menu its onOpen builds (docs/screenshots/addon-menu*.png).
 * Run: npx tsx test/apps-script/screenshot-marketplace.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { t, type StringKey } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import { ensureBuilt } from './fake/ensure-built';
import type { FakeSheet } from './fake/fake-sheet';
import { renderSheetHtml } from './render-sheet-html';
import { generatedTabs, setupState, sharingState, sidebarPage } from './screenshot-scenes';
import { loadAddon } from './fake/load-addon';
import { NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';

const OUT = 'docs/marketplace';
const ICON_SIZES = [128, 96, 48, 32];
const escapeAttr = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const TABS: Record<Locale, string[]> = {
  en: ['Plan', 'Schools', 'Evidence', 'Check-ins', 'Supports', 'Dashboard', 'Summary'],
  fr: ['Plan', 'Écoles', 'Preuves', 'Suivis', 'Soutiens', 'Tableau de bord', 'Sommaire'],
};
const MENUS: Record<Locale, string> = {
  en: 'File  Edit  View  Insert  Format  Data  Tools  Extensions  Help',
  fr: 'Fichier  Édition  Affichage  Insertion  Format  Données  Outils  Extensions  Aide',
};

/** A Sheets window around one tab, with a sidebar (title and page) when given. */
function sheetsWindow(
  locale: Locale,
  sheet: FakeSheet,
  sidebar: { title: string; html: string } | null,
): string {
  const tabs = TABS[locale]
    .map((name) => `<span class="tab${name === sheet.name ? ' on' : ''}">${name}</span>`)
    .join('');
  const side = sidebar
    ? `<aside><header>${sidebar.title}<span>✕</span></header><iframe srcdoc="${escapeAttr(sidebar.html)}"></iframe></aside>`
    : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body{margin:0;width:1280px;height:800px;display:flex;flex-direction:column;font-family:Arial,sans-serif;overflow:hidden}
    .title{height:40px;display:flex;align-items:center;gap:10px;padding:0 14px;font-size:18px;color:#202124}
    .title i{width:22px;height:28px;background:#0f9d58;border-radius:3px;display:inline-block}
    .menu{height:26px;padding:0 50px;font-size:13px;color:#444;white-space:pre}
    .bar{height:34px;margin:0 8px;background:#edf2fa;border-radius:18px}
    main{flex:1;display:flex;min-height:0;border-top:1px solid #dadce0;margin-top:6px}
    main>iframe{flex:1;border:0}
    aside{width:300px;border-left:1px solid #dadce0;display:flex;flex-direction:column}
    aside header{height:44px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;font-size:16px}
    aside iframe{flex:1;border:0}
    footer{height:36px;background:#f8f9fa;border-top:1px solid #dadce0;display:flex;align-items:center;gap:4px;padding:0 60px;font-size:13px}
    .tab{padding:8px 14px;color:#444}.tab.on{background:#e1f0e6;color:#0b5d4a;font-weight:bold;border-radius:4px}
  </style></head><body>
    <div class="title"><i></i>${locale === 'fr' ? 'Plan de mathématiques du district' : 'District math plan'}</div>
    <div class="menu">${MENUS[locale]}</div><div class="bar"></div>
    <main><iframe srcdoc="${escapeAttr(renderSheetHtml(sheet))}"></iframe>${side}</main>
    <footer>${tabs}</footer></body></html>`;
}

async function icons(page: Page): Promise<void> {
  const svg = readFileSync(`${OUT}/icon.svg`, 'utf8');
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    await page.screenshot({ path: `${OUT}/icon-${size}.png`, omitBackground: true });
  }
}

/** The coordinator's own formatting of the plan tab: widths that fit the window, wrapped text. */
function formatPlan(plan: FakeSheet): FakeSheet {
  [200, 260, 75, 70, 60, 60, 50, 110, 75, 75].forEach((width, i) => {
    plan.columnWidths.set(i + 1, width);
  });
  for (const line of plan.cells) for (const cell of line) cell.style.wrap = true;
  return plan;
}

async function screenshots(page: Page, locale: Locale): Promise<void> {
  const { dashboard, summary, plan } = generatedTabs(locale);
  formatPlan(plan);
  const title = (key: StringKey) => t(locale, key);
  const scenes: [string, FakeSheet, { title: string; html: string } | null][] = [
    ['1-dashboard', dashboard, null],
    ['2-summary', summary, null],
    [
      '3-setup',
      plan,
      {
        title: title('addon.setup.title'),
        html: sidebarPage('setup-sidebar', { getSetupState: setupState(locale, 'addon') }),
      },
    ],
    [
      '4-connect-coaches',
      dashboard,
      {
        title: title('addon.coaches.title'),
        html: sidebarPage('coaches-sidebar', { listCoaches: sharingState(locale) }),
      },
    ],
  ];
  mkdirSync(`${OUT}/screenshots/${locale}`, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [name, sheet, sidebar] of scenes) {
    await page.setContent(sheetsWindow(locale, sheet, sidebar));
    await page.waitForTimeout(300); // the sidebar asks its (stubbed) server, then renders
    // Set up ends with its offer to protect the tabs and the Save button: show that part.
    await page.evaluate(() => {
      const frame = document.querySelector('aside iframe') as HTMLIFrameElement | null;
      frame?.contentWindow?.scrollTo(0, 1e6);
    });
    await page.screenshot({ path: `${OUT}/screenshots/${locale}/${name}.png` });
  }
}

/** The add-on menu the built add-on makes on opening a spreadsheet (AuthMode.NONE), as Sheets shows it. */
function menuCaptions(locale: Locale): string[] {
  const sheetsLocale = locale === 'fr' ? 'fr_CA' : 'en_US';
  const spreadsheet = planSimpleSpreadsheet({ locale: sheetsLocale });
  const addon = loadAddon({
    now: NOW,
    locale: sheetsLocale,
    project: 'addon',
    world: { spreadsheet },
  });
  addon.open();
  return spreadsheet.menus[0]?.items.map((i) => i.caption) ?? [];
}

async function menuShot(page: Page, locale: Locale): Promise<void> {
  const extensions =
    locale === 'fr'
      ? ['Modules complémentaires', 'Macros', 'Apps Script']
      : ['Add-ons', 'Macros', 'Apps Script'];
  const items = menuCaptions(locale)
    .map((c) => `<div class="item">${c}</div>`)
    .join('');
  const firstMenu = extensions
    .map((c, i) => `<div class="item">${c}${i < 2 ? '<b>▸</b>' : ''}</div>`)
    .join('');
  await page.setViewportSize({ width: 1080, height: 330 });
  await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body{margin:0;font-family:Arial,sans-serif;font-size:14px;color:#202124;background:#fff}
    .menu{height:30px;display:flex;gap:16px;align-items:center;padding:0 50px;white-space:pre}
    .menu span.on{background:#e8eaed;border-radius:4px;padding:4px 6px}
    .box{position:absolute;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3);border-radius:4px;padding:6px 0;min-width:240px}
    .item{padding:7px 22px;display:flex;justify-content:space-between;gap:20px;white-space:nowrap}
    .item.on{background:#e8eaed}.sep{border-top:1px solid #dadce0;margin:6px 0}
  </style></head><body>
    <div class="menu">${MENUS[locale].replace('Extensions', '<span class="on">Extensions</span>')}</div>
    <div class="box" id="first">${firstMenu}<div class="sep"></div><div class="item on" id="addon">Throughline<b>▸</b></div></div>
    <div class="box" id="second">${items}</div>
    <script>{
      // A block: setContent keeps the page's global scope, and this runs once per language.
      const at = document.querySelector('.menu .on').getBoundingClientRect();
      const first = document.getElementById('first');
      first.style.left = at.left + 'px';
      first.style.top = at.bottom + 4 + 'px';
      const row = document.getElementById('addon').getBoundingClientRect();
      const second = document.getElementById('second');
      second.style.left = first.getBoundingClientRect().right + 'px';
      second.style.top = row.top - 6 + 'px';
    }</script>
  </body></html>`);
  await page.screenshot({ path: `docs/screenshots/addon-menu${locale === 'fr' ? '-fr' : ''}.png` });
}

async function main(): Promise<void> {
  await ensureBuilt();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  await icons(page);
  for (const locale of ['en', 'fr'] as Locale[]) {
    await screenshots(page, locale);
    await menuShot(page, locale);
  }
  await browser.close();
}

await main();
