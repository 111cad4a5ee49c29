/**
 * Looks at what a coordinator sees: runs the built add-on on the plan-simple fixture in a fake Google
 * Sheet (English and French spreadsheets), renders its Dashboard and Summary tabs as Sheets shows
 * them (render-sheet-html.ts), and the sidebars, in headless Chromium, into docs/screenshots/addon-*.png.
 * Run: npx tsx test/apps-script/screenshot-layouts.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHECK_INS_TAB, EVIDENCE_TAB, SUPPORTS_TAB } from '../../shared/owned-tabs';
import { snapshotFromWorkbook } from '../../shared/plan-snapshot';
import type { Locale } from '../../shared/messages';
import { renderSheetHtml } from './render-sheet-html';
import { ensureBuilt } from './fake/ensure-built';
import { generatedTabs, setupState, sharingState, sidebarPage } from './screenshot-scenes';
import { MemoryWorkbook } from './fixtures/memory-workbook';
import {
  CHECK_INS,
  EVIDENCE,
  PLAN_ROWS,
  SCHOOL_ROWS,
  SUPPORTS,
  TODAY,
  evidenceRows,
} from './fixtures/plan-simple-world';

const OUT = 'docs/screenshots';

function fixtureWorkbook(): MemoryWorkbook {
  const headers = (tab: typeof EVIDENCE_TAB) => tab.columns.map((c) => c.header.en);
  return new MemoryWorkbook([
    { name: 'Plan', values: PLAN_ROWS },
    { name: 'Schools', values: SCHOOL_ROWS },
    { name: 'Evidence', values: [headers(EVIDENCE_TAB), ...evidenceRows(EVIDENCE)] },
    { name: 'Check-ins', values: [headers(CHECK_INS_TAB), ...CHECK_INS] },
    { name: 'Supports', values: [headers(SUPPORTS_TAB), ...SUPPORTS] },
  ]);
}

async function sidebarShots(page: Page): Promise<void> {
  await page.setViewportSize({ width: 300, height: 700 });
  for (const locale of ['en', 'fr'] as Locale[]) {
    await page.setContent(
      sidebarPage('setup-sidebar', { getSetupState: setupState(locale, 'addon') }),
    );
    await page.waitForSelector('#field-due');
    await page.screenshot({
      path: `${OUT}/addon-setup-sidebar${locale === 'fr' ? '-fr' : ''}.png`,
      fullPage: true,
    });
  }
  const coaches = [
    { id: 'coach-1', name: 'M. Tremblay', createdAt: '2025-11-03T14:00:00Z', revokedAt: null },
    {
      id: 'coach-2',
      name: 'A. Roy',
      createdAt: '2025-10-01T14:00:00Z',
      revokedAt: '2026-01-08T10:00:00Z',
    },
  ];
  const code =
    'TL1-eyJlIjoiaHR0cHM6Ly9zY3JpcHQuZ29vZ2xlLmNvbS9tYWNyb3Mvcy9BS2Z5Y2J4L2V4ZWMiLCJzIjoiOWY0YzFlN2EyYjNkNGU1ZjZhN2I4YzlkMGUxZjJhM2IiLCJwIjoiRGlzdHJpY3QgbWF0aCBwbGFuIiwiYyI6IkouIFNpbmdoIn0';
  await page.setContent(
    sidebarPage('coaches-sidebar', {
      listCoaches: { locale: 'en', coaches },
      connectCoach: {
        ok: true,
        code,
        coaches: [
          { id: 'coach-3', name: 'J. Singh', createdAt: '2026-01-15T15:00:00Z', revokedAt: null },
          ...coaches,
        ],
      },
    }),
  );
  await page.waitForSelector('#coach-name');
  await page.fill('#coach-name', 'J. Singh');
  await page.click('button.primary');
  await page.waitForSelector('.code');
  await page.screenshot({ path: `${OUT}/addon-coaches-sidebar.png`, fullPage: true });
  await page.setContent(sidebarPage('coaches-sidebar', { listCoaches: sharingState('en') }));
  await page.waitForSelector('.code');
  await page.screenshot({ path: `${OUT}/addon-coaches-sharing.png`, fullPage: true });
  const findings = snapshotFromWorkbook(fixtureWorkbook(), TODAY);
  if (findings.ok) {
    await page.setContent(
      sidebarPage('health-sidebar', {
        getPlanHealth: {
          ok: true,
          locale: 'en',
          findings: [...findings.snapshot.findings]
            .sort(
              (a, b) =>
                ['error', 'warning', 'info'].indexOf(a.severity) -
                ['error', 'warning', 'info'].indexOf(b.severity),
            )
            .map((f) => ({
              severity: f.severity,
              label: { error: 'Fix', warning: 'Check', info: 'Note' }[f.severity],
              message: f.message.en,
              cell: f.cell ?? null,
            })),
        },
      }),
    );
    await page.waitForSelector('li');
    await page.screenshot({ path: `${OUT}/addon-health-sidebar.png`, fullPage: true });
  }
  await page.setContent(
    sidebarPage('check-in-sidebar', {
      getCheckInState: {
        locale: 'en',
        today: TODAY,
        keyResults: [
          {
            id: 'kr-1',
            title: PLAN_ROWS[2][1],
            objective: PLAN_ROWS[2][0],
            unit: 'cycles',
            current: 10,
          },
        ],
      },
    }),
  );
  await page.waitForSelector('#value');
  await page.fill('#value', '12');
  await page.screenshot({ path: `${OUT}/addon-check-in-sidebar.png`, fullPage: true });
  await page.setContent(
    sidebarPage('settings-sidebar', {
      getSettings: {
        locale: 'en',
        autoRefresh: true,
        pacing: { onTrackMargin: 0.1, atRiskMargin: 0.25, staleAfterDays: 30 },
      },
    }),
  );
  await page.waitForSelector('#auto-refresh');
  await page.screenshot({ path: `${OUT}/addon-settings-sidebar.png`, fullPage: true });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await ensureBuilt();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1900, height: 900 } });
  for (const locale of ['en', 'fr'] as Locale[]) {
    const { dashboard, summary } = generatedTabs(locale);
    const suffix = locale === 'fr' ? '-fr' : '';
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.setContent(renderSheetHtml(dashboard));
    await page.screenshot({ path: `${OUT}/addon-dashboard${suffix}.png`, fullPage: true });
    await page.setViewportSize({ width: 820, height: 900 });
    await page.setContent(renderSheetHtml(summary));
    await page.screenshot({ path: `${OUT}/addon-summary${suffix}.png`, fullPage: true });
  }
  await sidebarShots(page);
  await browser.close();
}

await main();
