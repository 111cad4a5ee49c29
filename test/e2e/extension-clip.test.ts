import { mkdtempSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkbook } from '../../local/server/demo/build-demo-workbook';
import { startLocalServer } from '../../local/server/server';
import { ensureExtensionBuilt, evidenceRows, launchWithExtension } from './extension-harness';

const TODAY = '2026-03-10';
const SHOTS = 'docs/screenshots';
let context: BrowserContext;
let extensionId: string;
let workbookPath: string;
let server: Awaited<ReturnType<typeof startLocalServer>>;
let panel: Page;

async function fillClip(page: Page, quote: string, note: string) {
  await page.fill('#quote', quote);
  const firstKeyResult = await page
    .locator('#key-result option:not([value=""])')
    .first()
    .getAttribute('value');
  await page.selectOption('#key-result', firstKeyResult!);
  const firstSchool = await page
    .locator('#school option:not([value=""])')
    .first()
    .getAttribute('value');
  await page.selectOption('#school', firstSchool!);
  await page.selectOption('#evidence-type', 'observation');
  await page.selectOption('#stage', 'mechanical');
  await page.fill('#note', note);
}

beforeAll(async () => {
  ensureExtensionBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'throughline-e2e-'));
  workbookPath = join(dir, 'plan.xlsx');
  await buildDemoWorkbook(TODAY).xlsx.writeFile(workbookPath);
  server = await startLocalServer({ workbookPath, port: 0, today: TODAY, refreshDelayMs: 60_000 });
  ({ context, extensionId } = await launchWithExtension());
  panel = await context.newPage();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

describe('clipper in Chromium against local mode', () => {
  it('pairs with a connection code, clips, and the row lands in the Evidence tab', async () => {
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.waitForSelector('#pairing-code');
    await panel.screenshot({ path: `${SHOTS}/panel-pairing.png` });
    await panel.fill('#pairing-code', server.connectCoach('Alex Martin'));
    await panel.click('button[type=submit]');
    await panel.waitForSelector('.plan-header');
    await panel.waitForFunction(() => document.querySelectorAll('#key-result option').length > 1);

    const quote = 'Students compared 3/4 and 2/3 on a number line and explained why 3/4 is larger.';
    await fillClip(
      panel,
      quote,
      'Ask the teacher about a follow-up task. Contact: jo.tremblay@school.example',
    );
    await panel.screenshot({ path: `${SHOTS}/panel-clip-form.png`, fullPage: true });
    await panel.click('.privacy .warning button');
    await panel.click('button.primary');
    await panel.waitForSelector('.clip[data-state=delivered]', { timeout: 30_000 });
    await panel.screenshot({ path: `${SHOTS}/panel-saved.png`, fullPage: true });

    await server.merge(); // delivered means journaled; the merge puts it in the .xlsx
    const rows = (await evidenceRows(workbookPath)).filter((r) => r.Quote === quote);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Coach: 'Alex Martin',
      'Evidence type': 'observation',
      'Implementation stage': 'mechanical',
      Note: 'Ask the teacher about a follow-up task. Contact: [email]',
    });
    expect(rows[0]['Clip ID']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('server stopped: the clip waits in the outbox; server back: delivered exactly once', async () => {
    const port = Number(new URL(server.url).port);
    await server.close();
    const quote = 'PLC sorted exit tickets by strategy rather than by score.';
    await fillClip(panel, quote, 'High-depth PLC work.');
    await panel.click('button.primary');
    await panel.waitForSelector('.clip[data-state=waiting]', { timeout: 30_000 });
    await panel.screenshot({ path: `${SHOTS}/panel-waiting.png`, fullPage: true });
    expect(
      await panel.locator('.clip[data-state=waiting] .reason').first().textContent(),
    ).toContain('No connection');

    server = await startLocalServer({ workbookPath, port, today: TODAY, refreshDelayMs: 60_000 });
    await panel.reload(); // opening the panel resumes sending
    await panel.waitForSelector('.clip[data-state=delivered] >> text=PLC sorted exit tickets', {
      timeout: 30_000,
    });
    await panel.reload();
    await panel.waitForSelector('.plan-header');
    await server.merge(); // delivered means journaled; the merge puts it in the .xlsx
    const rows = (await evidenceRows(workbookPath)).filter((r) => r.Quote === quote);
    expect(rows).toHaveLength(1);
  });
});
