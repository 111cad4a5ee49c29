import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import type { Catalog, ClipReply, ProtocolReply } from '../../shared/protocol';
import { journalPathFor } from '../../local/server/clip-journal';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import {
  TODAY,
  clip,
  demoWorkbookFile,
  post,
  postAndLoseReply,
  request,
  savedSheet,
  savedSheetNames,
  secretOf,
} from './local-harness';

const PLAN_TAB = '2025-26 Math Plan';
const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(file: string, extra: { refreshDelayMs?: number } = {}) {
  const server = await startLocalServer({
    workbookPath: file,
    port: 0,
    today: TODAY,
    refreshDelayMs: extra.refreshDelayMs ?? 60_000,
  });
  servers.push(server);
  return server;
}

function asClip(reply: ProtocolReply): ClipReply {
  if (!reply.ok || reply.kind !== 'clip')
    throw new Error(`expected a clip reply: ${JSON.stringify(reply)}`);
  return reply;
}

async function catalogOf(endpoint: string, secret: string): Promise<Catalog> {
  const reply = await post(endpoint, { v: 1, kind: 'catalog', secret });
  if (!reply.ok || reply.kind !== 'catalog')
    throw new Error(`expected a catalog: ${JSON.stringify(reply)}`);
  return reply.catalog;
}

const evidenceIds = async (file: string) =>
  ((await savedSheet(file, 'Evidence'))?.values ?? []).slice(1).map((row) => row[0]);

describe('local server over HTTP', () => {
  it('binds to 127.0.0.1 and answers health, catalog and clip like the web app', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.endpoint).toBe(`${server.url}exec`);
    const health = await request(server.endpoint);
    expect(JSON.parse(health.body)).toEqual({
      ok: true,
      service: 'throughline-local',
      protocol: 1,
    });
    // No CORS: a web page cannot read what local mode answers, nor tell that it is running.
    expect(Object.keys(health.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(
      (await request(server.endpoint, { method: 'OPTIONS' })).headers[
        'access-control-allow-origin'
      ],
    ).toBeUndefined();

    const secret = secretOf(server.connectCoach('Ana Coach'));
    const catalog = await catalogOf(server.endpoint, secret);
    expect(catalog.coach).toBe('Ana Coach');
    expect(catalog.objectives).toHaveLength(2);
    expect(catalog.objectives.flatMap((o) => o.keyResults)).toHaveLength(6);
    expect(catalog.schools.map((s) => s.name)).toContain('Birch Elementary');
    expect(catalog.practices).toEqual([
      'Teaching through problem solving',
      'Using representations',
      'Clarifying learning goals',
    ]);
    expect(catalog.locale).toBe('en');

    const keyResultId = catalog.objectives[0].keyResults[0].id;
    const before = await evidenceIds(file);
    const items = [clip(keyResultId), clip(keyResultId, { type: 'student-work' })];
    const reply = asClip(await post(server.endpoint, { v: 1, kind: 'clip', secret, items }));
    expect(reply.accepted).toEqual(items.map((i) => i.id));
    // Accepted means journaled: the journal beside the workbook already holds the rows, fsync'd.
    const journal = await readFile(journalPathFor(file), 'utf8');
    expect(
      journal
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(items.map((i) => i.id));
    // The next merge puts them in the workbook itself (unless a background pass already did).
    expect(['saved', 'clean']).toContain(await server.merge());
    const after = await savedSheet(file, 'Evidence');
    expect(after!.values.slice(1).map((r) => r[0])).toEqual([...before, ...items.map((i) => i.id)]);
    const last = after!.values[after!.values.length - 1];
    expect(last[EVIDENCE_TAB.columns.findIndex((c) => c.key === 'coach')]).toBe('Ana Coach');
    expect(last[EVIDENCE_TAB.columns.findIndex((c) => c.key === 'keyResult')]).toBe(
      catalog.objectives[0].keyResults[0].title,
    );
  }, 15_000);

  it('a retry after a lost reply comes back as duplicates, not a second row', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Ben'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[1].keyResults[0].id;
    const payload = { v: 1, kind: 'clip', secret, items: [clip(keyResultId), clip(keyResultId)] };
    const before = (await evidenceIds(file)).length;
    await postAndLoseReply(server.endpoint, payload);
    const retry = asClip(await post(server.endpoint, payload));
    expect(retry.accepted).toEqual([]);
    expect(retry.duplicates).toEqual(payload.items.map((i) => i.id));
    await server.merge();
    expect(await evidenceIds(file)).toHaveLength(before + 2);
  });

  it('50 concurrent requests with overlapping clips write exactly the unique rows', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Cleo'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[0].keyResults[1].id;
    const unique = Array.from({ length: 40 }, () => clip(keyResultId));
    const before = await evidenceIds(file);
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(server.endpoint, {
          v: 1,
          kind: 'clip',
          secret,
          items: unique.slice(i % 36, (i % 36) + 5),
        }),
      ),
    );
    const accepted = replies.flatMap((r) => asClip(r).accepted);
    expect(accepted.sort()).toEqual(unique.map((u) => u.id).sort());
    await server.merge();
    const ids = (await evidenceIds(file)).slice(before.length);
    expect(ids.sort()).toEqual(unique.map((u) => u.id).sort());
  });

  it('keeps every value of the coordinator’s plan tab as it was', async () => {
    const file = await demoWorkbookFile();
    const planBefore = (await savedSheet(file, PLAN_TAB))!.values;
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Dee'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[0].keyResults[0].id;
    asClip(await post(server.endpoint, { v: 1, kind: 'clip', secret, items: [clip(keyResultId)] }));
    await request(server.url);
    expect((await savedSheet(file, PLAN_TAB))!.values).toEqual(planBefore);
    expect((await savedSheetNames(file))[0]).toBe(PLAN_TAB);
  });

  const failures: { name: string; body: (secret: string) => string; code: string }[] = [
    {
      name: 'wrong secret',
      body: () =>
        JSON.stringify({ v: 1, kind: 'clip', secret: 'x'.repeat(32), items: [clip('kr-x')] }),
      code: 'unauthorized',
    },
    { name: 'not JSON', body: () => 'hello', code: 'bad-request' },
    {
      name: 'body over 1 MB',
      body: (secret) =>
        JSON.stringify({
          v: 1,
          kind: 'clip',
          secret,
          items: [clip('kr-x', { quote: 'q'.repeat(1_100_000) })],
        }),
      code: 'too-large',
    },
  ];
  it.each(failures)('$name → $code and nothing written', async ({ body, code }) => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Eve'));
    const before = await evidenceIds(file);
    const result = await request(server.endpoint, { method: 'POST', body: body(secret) });
    const reply = JSON.parse(result.body) as ProtocolReply;
    expect(reply.ok ? 'ok' : reply.error.code).toBe(code);
    await server.merge();
    expect(await evidenceIds(file)).toEqual(before);
  });

  it('stores every CSV-injection payload as plain text, exactly as typed, in the saved .xlsx', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Fay'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[0].keyResults[0].id;
    const payloads = [
      '=HYPERLINK("http://evil.example","x")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "+cmd|' /C notepad'!'A1'",
      '\t=1+1',
      '\r=1+1',
    ];
    const items = payloads.map((quote) => clip(keyResultId, { quote, note: quote }));
    asClip(await post(server.endpoint, { v: 1, kind: 'clip', secret, items }));
    await server.merge();
    const evidence = (await savedSheet(file, 'Evidence'))!;
    const quoteCol = EVIDENCE_TAB.columns.findIndex((c) => c.key === 'quote') + 1;
    const rows = evidence.values.length;
    payloads.forEach((payload, i) => {
      const cell = evidence.sheet.getCell(rows - payloads.length + i + 1, quoteCol);
      expect(cell.formula).toBeUndefined();
      // A string cell is never a formula: no apostrophe. A carriage return is stored as a line feed.
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(payload.replace(/\r/g, '\n'));
    });
  });

  it('puts each value under its header when the coordinator reordered the Evidence tab', async () => {
    const file = await demoWorkbookFile();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.removeWorksheet(book.getWorksheet('Evidence')!.id);
    const headers = EVIDENCE_TAB.columns
      .map((c) => c.header.en)
      .filter((h) => h !== 'Quote' && h !== 'Clip ID');
    book.addWorksheet('Evidence').addRow(['Quote', 'My comment', 'Clip ID', ...headers]);
    await book.xlsx.writeFile(file);
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Jo'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[0].keyResults[0].id;
    const item = clip(keyResultId, { quote: 'Students used a double number line.' });
    asClip(await post(server.endpoint, { v: 1, kind: 'clip', secret, items: [item] }));
    await server.merge();
    const [header, row] = (await savedSheet(file, 'Evidence'))!.values;
    expect(header[0]).toBe('Quote');
    expect(row.slice(0, 3)).toEqual(['Students used a double number line.', null, item.id]);
    expect(row[header.indexOf('Coach')]).toBe('Jo');
    const replay = asClip(
      await post(server.endpoint, { v: 1, kind: 'clip', secret, items: [item] }),
    );
    expect(replay.duplicates).toEqual([item.id]);
  });

  it('refuses other host names and has no /connect route', async () => {
    const server = await serve(await demoWorkbookFile());
    expect((await request(server.url, { host: 'evil.example:80' })).status).toBe(403);
    expect((await request(`${server.url}connect?name=Mallory`)).status).toBe(404);
  });

  it('shows the Dashboard and Summary as HTML, with clip text escaped', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    const secret = secretOf(server.connectCoach('Gus'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[0].keyResults[0].id;
    asClip(
      await post(server.endpoint, {
        v: 1,
        kind: 'clip',
        secret,
        items: [
          clip(keyResultId, {
            quote: '<img src=x onerror=alert(1)> students argued',
            capturedAt: '2026-01-15T08:00:00Z',
          }),
        ],
      }),
    );
    const page = await request(server.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('<section id="dashboard">');
    expect(page.body).toContain('<section id="summary">');
    expect(page.body).toContain('% of observed lessons where students explain their reasoning');
    expect(page.body).toContain('Maple Elementary');
    expect(page.body).not.toContain('<img src=x');
    // Shown as text: "<" escaped (">" needs no escaping in text, and Preact leaves it as is).
    expect(page.body).toMatch(/&lt;img src=x onerror=alert\(1\)(>|&gt;) students argued/);
  });

  it('a connection code keeps working after a restart (coach stored hashed in the workbook)', async () => {
    const file = await demoWorkbookFile();
    const first = await serve(file);
    const code = first.connectCoach('Hana');
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    const second = await serve(file);
    const catalog = await catalogOf(second.endpoint, secretOf(code));
    expect(catalog.coach).toBe('Hana');
    const settings = (await savedSheet(file, '_throughline'))!.values.flat().join(' ');
    expect(settings).toContain('Hana');
    expect(settings).not.toContain(secretOf(code));
  });

  it('rewrites Dashboard and Summary in the workbook shortly after clips arrive', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file, { refreshDelayMs: 20 });
    const secret = secretOf(server.connectCoach('Ivo'));
    const keyResultId = (await catalogOf(server.endpoint, secret)).objectives[0].keyResults[0].id;
    expect(await savedSheetNames(file)).not.toContain('Dashboard');
    asClip(await post(server.endpoint, { v: 1, kind: 'clip', secret, items: [clip(keyResultId)] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.close();
    expect(await savedSheetNames(file)).toEqual(
      expect.arrayContaining(['Dashboard', 'Summary', 'Evidence']),
    );
  });
});
