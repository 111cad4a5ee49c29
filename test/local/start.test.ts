import { renameSync, writeFileSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_FILE, parseStartArgs, start } from '../../local/server/start';
import type { LocalServer } from '../../local/server/server';
import {
  TODAY,
  clip,
  demoWorkbookFile,
  eventually,
  post,
  savedSheet,
  savedSheetNames,
  secretOf,
} from './local-harness';

const running: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

async function run(argv: string[], cwd?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await start([...argv, '--today', TODAY], {
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd,
  });
  if (result.server) running.push(result.server);
  return { ...result, out, err };
}

describe('parseStartArgs', () => {
  it.each([
    [
      [],
      {
        file: null,
        port: null,
        connect: null,
        today: null,
        revoke: null,
        removeClip: null,
        coaches: false,
        locale: null,
      },
    ],
    [
      ['plan.xlsx'],
      {
        file: 'plan.xlsx',
        port: null,
        connect: null,
        today: null,
        revoke: null,
        removeClip: null,
        coaches: false,
        locale: null,
      },
    ],
    [
      ['--port', '9000', '--connect', 'Ana Coach', 'x.xlsx'],
      {
        file: 'x.xlsx',
        port: '9000',
        connect: 'Ana Coach',
        today: null,
        revoke: null,
        removeClip: null,
        coaches: false,
        locale: null,
      },
    ],
    [
      ['--revoke', 'Ana Coach', '--coaches'],
      {
        file: null,
        port: null,
        connect: null,
        today: null,
        revoke: 'Ana Coach',
        removeClip: null,
        coaches: true,
        locale: null,
      },
    ],
    [
      ['--port=0', '--today=2026-01-15'],
      {
        file: null,
        port: '0',
        connect: null,
        today: '2026-01-15',
        revoke: null,
        removeClip: null,
        coaches: false,
        locale: null,
      },
    ],
    [
      ['plan.xlsx', '--remove-clip', 'demo-clip-003'],
      {
        file: 'plan.xlsx',
        port: null,
        connect: null,
        today: null,
        revoke: null,
        removeClip: 'demo-clip-003',
        coaches: false,
        locale: null,
      },
    ],
  ])('%j', (argv, expected) => {
    expect(parseStartArgs(argv)).toEqual(expected);
  });
});

describe('npm start', () => {
  it('with no file, creates the demo workbook, refreshes it and prints the URL and a working code', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tl-start-'));
    const { code, server, out } = await run(['--port', '0'], dir);
    expect(code).toBe(0);
    const file = path.join(dir, DEMO_FILE);
    expect(out[0]).toBe(`Created the demo workbook ${DEMO_FILE}.`);
    expect(out[1]).toBe('Dashboard and Summary refreshed (6 key results, 10 pieces of evidence).');
    expect(out).toContain(`Throughline is serving ${DEMO_FILE} at ${server!.url}`);
    expect(out.some((l) => l.startsWith('Connection code for Demo coach'))).toBe(true);
    const pairing = out.find((l) => l.startsWith('TL1-'))!;
    const reply = await post(server!.endpoint, {
      v: 1,
      kind: 'catalog',
      secret: secretOf(pairing),
    });
    expect(reply.ok && reply.kind === 'catalog' ? reply.catalog.coach : reply).toBe('Demo coach');
    await server!.merge(); // the refreshed tabs are saved in the background, right after start-up
    expect((await savedSheetNames(file)).filter((n) => n !== '_throughline')).toEqual([
      '2025-26 Math Plan',
      'Schools',
      'Supports',
      'Check-ins',
      'Evidence',
      'Dashboard',
      'Summary',
    ]);
    const dashboard = (await savedSheet(file, 'Dashboard'))!.values.flat().join(' ');
    expect(dashboard).toContain('% of observed lessons where students explain their reasoning');
  }, 20_000);

  it('on a coordinator’s own workbook, --connect prints a code for that coach and the plan tab keeps its values', async () => {
    const file = await demoWorkbookFile();
    const plan = (await savedSheet(file, '2025-26 Math Plan'))!.values;
    const { code, out } = await run([file, '--port', '0', '--connect', 'Ana Coach']);
    expect(code).toBe(0);
    expect(out.some((l) => l.startsWith('Connection code for Ana Coach'))).toBe(true);
    expect(out.some((l) => l.startsWith('Created'))).toBe(false);
    expect(out[0]).toBe(
      'Kept a copy of your workbook as it was, in plan.before-throughline.xlsx (made once, before Throughline first saves it).',
    );
    expect(
      await savedSheetNames(file.replace('plan.xlsx', 'plan.before-throughline.xlsx')),
    ).not.toContain('Dashboard');
    expect((await savedSheet(file, '2025-26 Math Plan'))!.values).toEqual(plan);
  });

  it.each([
    [
      'a missing file',
      async (dir: string) => path.join(dir, 'nope.xlsx'),
      /^No such file: .*nope\.xlsx$/,
    ],
    [
      'a file that is not a spreadsheet',
      async (dir: string) => {
        const file = path.join(dir, 'notes.xlsx');
        await writeFile(file, 'meeting notes');
        return file;
      },
      /^.*notes\.xlsx is not an \.xlsx spreadsheet: save it from Excel, Google Sheets or LibreOffice as \.xlsx and try again\.$/,
    ],
  ])('%s gets one clear line and exit code 1', async (_name, makeFile, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tl-start-'));
    const { code, err, server } = await run([await makeFile(dir), '--port', '0']);
    expect(code).toBe(1);
    expect(server).toBeNull();
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('--locale fr makes an English-looking workbook French, and it stays French', async () => {
    const file = await demoWorkbookFile();
    const first = await run([file, '--port', '0', '--locale', 'fr']);
    expect(first.out).toContain('Appuyez sur Ctrl+C pour arrêter.');
    await first.server!.merge();
    expect(await savedSheetNames(file)).toEqual(
      expect.arrayContaining(['Tableau de bord', 'Sommaire']),
    );
    await first.server!.close();
    running.splice(0);
    const again = await run([file, '--port', '0']);
    expect(again.out.at(-1)).toBe('Appuyez sur Ctrl+C pour arrêter.');
  });

  it('--revoke disconnects a coach: their next request is refused as revoked', async () => {
    const file = await demoWorkbookFile();
    const first = await run([file, '--port', '0', '--connect', 'Ana Coach']);
    const secret = secretOf(first.out.find((l) => l.startsWith('TL1-'))!);
    await first.server!.close();
    running.splice(0);
    const revoked = await run([file, '--revoke', 'ana coach']);
    expect(revoked.code).toBe(0);
    expect(revoked.server).toBeNull();
    expect(revoked.out).toEqual([
      'Revoked 1 connection for Ana Coach: their extension can no longer send evidence to this workbook.',
    ]);
    const listed = await run([file, '--coaches']);
    expect(listed.out.find((l) => l.startsWith('Ana Coach'))).toMatch(
      /^Ana Coach — connected \d{4}-\d{2}-\d{2}, revoked \d{4}-\d{2}-\d{2}$/,
    );
    const again = await run([file, '--port', '0']);
    const reply = await post(again.server!.endpoint, { v: 1, kind: 'catalog', secret });
    expect(reply.ok ? 'ok' : reply.error.code).toBe('revoked');
    expect(reply.ok ? '' : reply.error.message).toMatch(
      /Ask your coordinator for a new connection code/,
    );
  });

  it('a second npm start on a workbook already served is refused; --coaches and --revoke work while it runs', async () => {
    const file = await demoWorkbookFile();
    const serving = await run([file, '--port', '0', '--connect', 'Kim']);
    expect(serving.code).toBe(0);
    await serving.server!.merge();
    const secret = secretOf(serving.out.find((l) => l.startsWith('TL1-'))!);
    const second = await run([file, '--port', '0']);
    expect(second.code).toBe(1);
    expect(second.err).toEqual([
      'plan.xlsx is already being served by another Throughline window: use that one, or stop it first.',
    ]);
    const listed = await run([file, '--coaches']);
    expect(listed.out.some((l) => l.startsWith('Kim — connected'))).toBe(true);

    const revoke = await run([file, '--revoke', 'Kim']);
    expect(revoke.code).toBe(0);
    expect(revoke.out).toEqual([
      'Revoked 1 connection for Kim: their extension can no longer send evidence to this workbook.',
      'The Throughline window serving plan.xlsx refuses their requests within a few seconds.',
    ]);
    await eventually(async () => {
      const reply = await post(serving.server!.endpoint, { v: 1, kind: 'catalog', secret });
      return !reply.ok && reply.error.code === 'revoked';
    });
    await serving.server!.merge(); // the server's own next save keeps the revocation
    const after = await run([file, '--coaches']);
    expect(after.out.find((l) => l.startsWith('Kim'))).toMatch(/, revoked \d{4}-\d{2}-\d{2}$/);
  }, 30_000);

  it('on a district’s own workbook, no demo coach is minted: restarts print how to connect one instead', async () => {
    const file = await demoWorkbookFile();
    for (let i = 0; i < 3; i++) {
      const { code, out, server } = await run([file, '--port', '0']);
      expect(code).toBe(0);
      expect(out.some((l) => l.startsWith('TL1-'))).toBe(false);
      expect(out).toContain(
        `No connection code printed for your workbook: to connect a coach, stop (Ctrl+C) and run npm start -- ${file} --connect "Coach name".`,
      );
      await server!.close();
      running.splice(0);
    }
    expect((await run([file, '--coaches'])).out).toEqual([
      'No coach is connected to this workbook yet.',
    ]);
    const connected = await run([file, '--port', '0', '--connect', 'Ana Coach']);
    expect(connected.out).toContain(
      `Coaches connected: 1. In another terminal, npm start -- ${file} --coaches lists them and npm start -- ${file} --revoke "Name" disconnects one, while this window keeps running.`,
    );
  }, 30_000);

  it("--revoke of an unknown name exits 1, changes nothing, and says how to list this file's coaches", async () => {
    const file = await demoWorkbookFile();
    const before = await readFile(file);
    const { code, out, err } = await run([file, '--revoke', 'Nobody']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `No coach named "Nobody" is connected to plan.xlsx; nothing was revoked. To list its coaches: npm start -- ${file} --coaches`,
    ]);
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(path.dirname(file))).toEqual(['plan.xlsx']);
  });

  it('--revoke says it failed and exits 1 when another program saves the workbook every time', async () => {
    const file = await demoWorkbookFile();
    const first = await run([file, '--port', '0', '--connect', 'Ana Coach']);
    await first.server!.close();
    running.splice(0);
    const saved = await readFile(file);
    // Another program (a sync client, an office suite) writes the file over and over.
    let n = 0;
    const other = setInterval(() => {
      const temp = `${file}.other-${n++}`;
      writeFileSync(temp, saved);
      renameSync(temp, file);
    }, 5);
    const revoked = await run([file, '--revoke', 'Ana Coach']).finally(() => clearInterval(other));
    expect(revoked.code).toBe(1);
    expect(revoked.out).toEqual([]);
    expect(revoked.err).toEqual([
      'Could not save plan.xlsx: another program saved it each time (5 tries), so nothing was changed. Close the program that has it open and run the command again.',
    ]);
    const listed = await run([file, '--coaches']);
    expect(listed.out.find((l) => l.startsWith('Ana Coach'))).toMatch(
      /connected \d{4}-\d{2}-\d{2}$/,
    );
  }, 30_000);

  it('--remove-clip takes a clip out of the workbook for good: neither a restart nor a resend brings it back', async () => {
    const file = await demoWorkbookFile();
    const serving = await run([file, '--port', '0', '--connect', 'Ana Coach']);
    const secret = secretOf(serving.out.find((l) => l.startsWith('TL1-'))!);
    const catalog = await post(serving.server!.endpoint, { v: 1, kind: 'catalog', secret });
    if (!catalog.ok || catalog.kind !== 'catalog') throw new Error('no catalog');
    const keyResultId = catalog.catalog.objectives[0].keyResults[0].id;
    const sent = clip(keyResultId);
    await post(serving.server!.endpoint, { v: 1, kind: 'clip', secret, items: [sent] });
    await serving.server!.merge();
    const ids = async () => (await savedSheet(file, 'Evidence'))!.values.slice(1).map((r) => r[0]);
    expect(await ids()).toContain(sent.id);

    // While the server runs: recorded in the journal, taken out by the server.
    const removed = await run([file, '--remove-clip', String(sent.id)]);
    expect(removed.code).toBe(0);
    expect(removed.out).toEqual([
      `Clip ${sent.id} is marked as removed for good: the Throughline window serving plan.xlsx takes it out of the workbook within a few seconds.`,
    ]);
    const sentId = String(sent.id);
    await eventually(async () => !(await ids()).includes(sentId));
    const resent = await post(serving.server!.endpoint, {
      v: 1,
      kind: 'clip',
      secret,
      items: [sent],
    });
    expect(resent).toMatchObject({ ok: true, accepted: [], duplicates: [sent.id] });
    await serving.server!.close();
    running.splice(0);

    // Server stopped: a demo clip is removed and saved at once; a restart replays the journal without either.
    const offline = await run([file, '--remove-clip', 'demo-clip-003']);
    expect(offline.code).toBe(0);
    expect(offline.out).toEqual([
      'Removed clip demo-clip-003 from plan.xlsx for good: Throughline will not put it back, even if a coach sends it again.',
    ]);
    expect(await ids()).not.toContain('demo-clip-003');
    const again = await run([file, '--port', '0']);
    await again.server!.merge();
    expect(await ids()).not.toContain('demo-clip-003');
    expect(await ids()).not.toContain(sentId);
  }, 30_000);

  it('--remove-clip of an unknown id exits 1 and changes nothing', async () => {
    const file = await demoWorkbookFile();
    const before = await readFile(file);
    const { code, out, err } = await run([file, '--remove-clip', 'no-such-clip']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'No clip with the id "no-such-clip" is in plan.xlsx or its journal; nothing was removed. Clip ids are in the first column of the Evidence tab.',
    ]);
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(path.dirname(file))).toEqual(['plan.xlsx']);
  });

  it('a workbook without a plan is refused in one message, left untouched, with no backup beside it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tl-empty-'));
    const file = path.join(dir, 'empty.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    await book.xlsx.writeFile(file);
    const before = await readFile(file);
    const { code, out, err } = await run([file]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^empty\.xlsx: No plan table found\. .*The file was left as it was\./);
    expect(err[0].match(/No plan table found/g)).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['empty.xlsx']);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('serves a .csv plan from an .xlsx copy beside it, and says to use that copy next time', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tl-csv-'));
    await copyFile(
      path.join(__dirname, '../../../shared/fixtures/plan-simple.csv'),
      path.join(dir, 'plan.csv'),
    );
    const first = await run(['plan.csv', '--port', '0'], dir);
    expect(first.code).toBe(0);
    expect(first.out[0]).toBe(
      'A .csv holds a single tab, and Throughline adds Evidence, Dashboard and Summary tabs: it copied plan.csv into plan.xlsx and works on that. Next time run: npm start -- plan.xlsx',
    );
    expect(first.out).toContain(
      'Dashboard and Summary refreshed (5 key results, 0 pieces of evidence).',
    ); // every row of the .csv
    await first.server!.merge(); // the start-up save runs in the background
    expect(await savedSheetNames(path.join(dir, 'plan.xlsx'))).toEqual(
      expect.arrayContaining(['plan', 'Dashboard', 'Summary']),
    );
    await running.pop()!.close();
    const again = await run(['plan.csv', '--port', '0'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([
      'A .csv holds a single tab, so Throughline works on an .xlsx copy, and plan.xlsx already exists beside plan.csv. Run npm start -- plan.xlsx (or move that file away to copy plan.csv again).',
    ]);
  });

  it('a workbook with no plan table is refused and left byte for byte as it was', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tl-start-'));
    const file = path.join(dir, 'notes.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Read me').addRow(['Nothing to see here']);
    await book.xlsx.writeFile(file);
    const before = await readFile(file);
    const { code, err, server } = await run([file, '--port', '0']);
    expect(code).toBe(1);
    expect(server).toBeNull();
    expect(err).toEqual([
      expect.stringMatching(/^notes\.xlsx: No plan table found\. .*The file was left as it was\./),
    ]);
    expect(await readdir(dir)).toEqual(['notes.xlsx']);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('a busy port gets one clear line and exit code 1', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const file = await demoWorkbookFile();
      const { code, err, out } = await run([file, '--port', String(port)]);
      expect(code).toBe(1);
      expect(out).toEqual([]); // the workbook was not touched
      expect(await savedSheetNames(file)).not.toContain('Dashboard');
      expect(err).toEqual([
        `Port ${port} is already in use: stop the other program or run with --port OTHER_PORT (or PORT=…).`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('a bad port number is refused before anything starts', async () => {
    const { code, err } = await run(['--port', 'eighty']);
    expect(code).toBe(1);
    expect(err[0]).toBe('Not a port number: eighty');
  });
});
