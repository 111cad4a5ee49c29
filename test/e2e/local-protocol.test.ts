/**
 * The protocol as a browser speaks it: a page on another origin posts text/plain JSON to local mode
 * (no preflight), reads the reply through CORS, and a retry of the same clip is a duplicate.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../local/server';
import { TODAY, demoWorkbookFile, savedSheet, secretOf } from '../local/local-harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser;
let server: LocalServer;
let otherOrigin: http.Server;
let otherUrl = '';
let file = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  file = await demoWorkbookFile();
  server = await startLocalServer({ workbookPath: file, port: 0, today: TODAY, refreshDelayMs: 60_000 });
  otherOrigin = http.createServer((_req, res) => res.end('<!doctype html><title>other origin</title>'));
  await new Promise<void>((resolve) => otherOrigin.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://localhost:${(otherOrigin.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
  otherOrigin?.close();
});

describe('local protocol from a browser page', () => {
  it('catalog and clip work cross-origin with text/plain bodies; a resend is a duplicate', async () => {
    const secret = secretOf(server.connectCoach('Page coach'));
    const page = await browser.newPage();
    await page.goto(otherUrl);
    const results = await page.evaluate(
      async ({ endpoint, secret }) => {
        const send = async (payload: unknown) => {
          const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(payload) });
          return response.json();
        };
        const catalog = await send({ v: 1, kind: 'catalog', secret });
        const keyResultId = catalog.catalog.objectives[0].keyResults[0].id;
        const item = { id: 'page-clip-000001', capturedAt: '2026-01-15T10:00:00Z', keyResultId, school: 'Maple Elementary', type: 'observation', quote: 'Pairs argued about 5/8 and 3/4.' };
        const first = await send({ v: 1, kind: 'clip', secret, items: [item] });
        const again = await send({ v: 1, kind: 'clip', secret, items: [item] });
        const wrong = await send({ v: 1, kind: 'clip', secret: 'not-the-secret-at-all', items: [item] });
        return { coach: catalog.catalog.coach, first, again, wrong };
      },
      { endpoint: server.endpoint, secret },
    );
    expect(results.coach).toBe('Page coach');
    expect(results.first).toEqual({ ok: true, kind: 'clip', accepted: ['page-clip-000001'], duplicates: [], rejected: [], warnings: [] });
    expect(results.again).toEqual({ ok: true, kind: 'clip', accepted: [], duplicates: ['page-clip-000001'], rejected: [], warnings: [] });
    expect(results.wrong.error.code).toBe('unauthorized');
    const ids = (await savedSheet(file, 'Evidence'))!.values.map((row) => row[0]);
    expect(ids.filter((id) => id === 'page-clip-000001')).toHaveLength(1);
    await page.close();
  });
});
