/**
 * Local mode as a web page sees it: without CORS headers, a page on another origin (even one that
 * knows a coach's secret) reads nothing back, so it cannot even tell local mode is running. The
 * extension, calling from its background worker, is covered by the extension-* tests.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import { TODAY, demoWorkbookFile, secretOf } from '../local/local-harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser;
let server: LocalServer;
let otherOrigin: http.Server;
let otherUrl = '';
let file = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  file = await demoWorkbookFile();
  server = await startLocalServer({
    workbookPath: file,
    port: 0,
    today: TODAY,
    refreshDelayMs: 60_000,
  });
  otherOrigin = http.createServer((_req, res) =>
    res.end('<!doctype html><title>other origin</title>'),
  );
  await new Promise<void>((resolve) => otherOrigin.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://localhost:${(otherOrigin.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
  otherOrigin?.close();
});

describe('local protocol from a browser page', () => {
  it('a page on another origin can neither read local mode’s replies nor tell that it is running', async () => {
    const secret = secretOf(server.connectCoach('Page coach'));
    const page = await browser.newPage();
    await page.goto(otherUrl);
    const results = await page.evaluate(
      async ({ endpoint, secret }) => {
        const attempt = async (init: RequestInit) => {
          try {
            const response = await fetch(endpoint, init);
            return `read: ${await response.text()}`;
          } catch {
            return 'blocked';
          }
        };
        const post = (payload: unknown) =>
          attempt({
            method: 'POST',
            headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
            body: JSON.stringify(payload),
          });
        return {
          health: await attempt({}),
          catalog: await post({ v: 1, kind: 'catalog', secret }),
        };
      },
      { endpoint: server.endpoint, secret },
    );
    expect(results).toEqual({ health: 'blocked', catalog: 'blocked' });
    await page.close();
  });
});
