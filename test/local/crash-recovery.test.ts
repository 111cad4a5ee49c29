import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evidenceHeaders, evidenceRow } from '../../shared/evidence-row';
import { evidenceItemSchema } from '../../shared/protocol';
import { ClipJournal, journalPathFor } from '../../local/server/clip-journal';
import { PlanSession } from '../../local/server/plan-session';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import { TODAY, clip, demoWorkbookFile, post, savedSheet, spawnServer } from './local-harness';

/** `kill -9` of a real local-mode process: what it acknowledged is in the workbook after the next start. */
const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const evidenceIds = async (file: string) =>
  ((await savedSheet(file, 'Evidence'))?.values ?? []).slice(1).map((row) => String(row[0]));
const temps = async (file: string) =>
  (await readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'));

async function restart(file: string): Promise<LocalServer> {
  const server = await startLocalServer({
    workbookPath: file,
    port: 0,
    today: TODAY,
    refreshDelayMs: 60_000,
  });
  servers.push(server);
  return server;
}

/** A demo workbook whose Evidence tab holds `rows` more clips, so that saving it takes a while. */
async function biggerWorkbook(rows: number): Promise<string> {
  const file = await demoWorkbookFile();
  const opened = await PlanSession.open(file);
  if (!opened.ok) throw new Error(opened.error.message);
  const evidence = Array.from({ length: rows }, (_, i) => {
    const item = evidenceItemSchema.parse(
      clip('kr-filler', { id: `filler-${i}`, quote: `Filler passage ${i}` }),
    );
    return evidenceRow(item, 'Filler', 'Filler coach', '2026-01-10T10:00:00Z');
  });
  opened.session.workbook.appendRows('Evidence', evidenceHeaders('en'), evidence);
  await opened.session.workbook.save();
  return file;
}

describe('local mode killed with kill -9', () => {
  it('clips it acknowledged just before are in the workbook after the next start', async () => {
    const file = await demoWorkbookFile();
    const spawned = await spawnServer(file, 'Kai Coach');
    const catalog = await post(spawned.endpoint, { v: 1, kind: 'catalog', secret: spawned.secret });
    if (!catalog.ok || catalog.kind !== 'catalog') throw new Error(JSON.stringify(catalog));
    const keyResultId = catalog.catalog.objectives[1].keyResults[0].id;
    const items = Array.from({ length: 8 }, (_, i) =>
      clip(keyResultId, { quote: `Said just before the crash, ${i}` }),
    );
    const reply = await post(spawned.endpoint, {
      v: 1,
      kind: 'clip',
      secret: spawned.secret,
      items,
    });
    expect(reply).toMatchObject({ ok: true, accepted: items.map((i) => i.id) });
    const exited = new Promise((resolve) => spawned.child.once('exit', resolve));
    spawned.child.kill('SIGKILL');
    await exited;

    const server = await restart(file);
    expect(await server.merge()).toBe('saved');
    expect(await evidenceIds(file)).toEqual(expect.arrayContaining(items.map((i) => i.id)));
  }, 30_000);

  it('mid-save: the half-written temporary file is removed at the next start, the workbook intact', async () => {
    const file = await biggerWorkbook(3_000);
    const spawned = await spawnServer(file); // start-up saves the refreshed tabs right away, in the background
    let seen: string[] = [];
    while (seen.length === 0 && spawned.child.exitCode === null) {
      seen = await temps(file);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    spawned.child.kill('SIGKILL');
    await new Promise((resolve) => spawned.child.once('exit', resolve));
    expect(seen).toHaveLength(1);
    expect(await temps(file)).toEqual(seen);

    await restart(file);
    expect(await temps(file)).toEqual([]);
    expect(await evidenceIds(file)).toHaveLength(10 + 3_000);
  }, 60_000);

  it('keeps a temporary file that a running process is still writing', async () => {
    const file = await demoWorkbookFile();
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    const name = (pid: number) => `.${path.basename(file)}.${pid}.1.tmp`;
    await writeFile(path.join(path.dirname(file), name(alive.pid!)), 'partial');
    await writeFile(path.join(path.dirname(file), name(dead.pid!)), 'partial');
    try {
      await restart(file);
      expect(await temps(file)).toEqual([name(alive.pid!)]);
    } finally {
      alive.kill('SIGKILL');
    }
  }, 30_000);
});

describe('the clip journal', () => {
  it('a line torn by a crash mid-write is dropped, and the next clip is journaled after it cleanly', async () => {
    const file = await demoWorkbookFile();
    const first = await ClipJournal.open(file);
    first.journal.stage([{ id: 'a', row: ['a', 'kept'] }]);
    await first.journal.flush();
    await first.journal.close();
    await writeFile(
      journalPathFor(file),
      `${await readFile(journalPathFor(file), 'utf8')}{"id":"b","row":["b","to`,
    );

    const second = await ClipJournal.open(file);
    expect(second.entries).toEqual([{ id: 'a', row: ['a', 'kept'] }]);
    expect(second.journal.has('b')).toBe(false);
    second.journal.stage([{ id: 'c', row: ['c', 'next'] }]);
    await second.journal.flush();
    expect((await second.journal.contents()).entries).toEqual([
      { id: 'a', row: ['a', 'kept'] },
      { id: 'c', row: ['c', 'next'] },
    ]);
    await second.journal.close();
  });

  it('a write that fails is not acknowledged, and its clips are not counted as known', async () => {
    const file = await demoWorkbookFile();
    const { journal } = await ClipJournal.open(file);
    await journal.close(); // every later write fails, as on a disk that went away
    journal.stage([{ id: 'lost', row: ['lost'] }]);
    expect(journal.has('lost')).toBe(true);
    await expect(journal.flush()).rejects.toThrow();
    expect(journal.has('lost')).toBe(false);
  });

  it('many concurrent requests share writes and every one is on disk once acknowledged', async () => {
    const file = await demoWorkbookFile();
    const { journal } = await ClipJournal.open(file);
    const ids = Array.from({ length: 200 }, (_, i) => `clip-${i}`);
    await Promise.all(
      ids.map(async (id) => {
        journal.stage([{ id, row: [id] }]);
        await journal.flush();
        // Complete lines only: another request's write may be under way at the end of the file.
        const text = await readFile(journalPathFor(file), 'utf8');
        const onDisk = text
          .slice(0, text.lastIndexOf('\n'))
          .split('\n')
          .map((line) => JSON.parse(line).id);
        expect(onDisk).toContain(id);
      }),
    );
    await journal.close();
  });
});

describe('compacting the clip journal', () => {
  const line = (id: string) => `${JSON.stringify({ id, row: [id, 'x'.repeat(150)] })}\n`;

  it('drops only the clips the workbook holds, and keeps every removal', async () => {
    const file = await demoWorkbookFile();
    await writeFile(
      journalPathFor(file),
      `${line('held-1')}${line('kept-1')}${JSON.stringify({ removed: 'gone-1' })}\n${line('gone-1')}${line('held-2')}${line('kept-2')}`,
    );
    const opened = await ClipJournal.open(file, { compactHeld: (id) => id.startsWith('held-') });
    expect(opened.entries.map((e) => e.id)).toEqual(['kept-1', 'kept-2']);
    expect([...opened.removed]).toEqual(['gone-1']);
    expect(opened.journal.has('gone-1')).toBe(true);
    await opened.journal.close();
    const lines = (await readFile(journalPathFor(file), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id ?? `removed ${JSON.parse(l).removed}`)).toEqual([
      'kept-1',
      'kept-2',
      'removed gone-1',
    ]);
  });

  it('killed at any moment, it leaves the whole old journal or the whole new one', async () => {
    const file = await demoWorkbookFile();
    const ids = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? `kept-${i}` : `held-${i}`));
    const original = ids.map(line).join('');
    const kept = ids.filter((id) => id.startsWith('kept-'));
    const outcomes = new Set<string>();
    // Killed at once, after a while, and (last) once it said it had compacted.
    for (const delay of [0, 10, 25, 50, 100, 200, 400, 'compacted'] as const) {
      await writeFile(journalPathFor(file), original);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'journal-compaction-child.ts'), file],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const said = (word: string) =>
        new Promise<void>((resolve) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString('utf8');
            if (out.includes(word)) resolve();
          });
        });
      await said(delay === 'compacted' ? 'compacted' : 'ready');
      if (delay !== 'compacted') await new Promise((resolve) => setTimeout(resolve, delay));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const text = await readFile(journalPathFor(file), 'utf8');
      expect(text === original || text === kept.map(line).join('')).toBe(true);
      outcomes.add(text === original ? 'old' : 'new');
      // The next opening finds every clip not in the workbook, and no leftover beside the journal.
      const { journal, entries } = await ClipJournal.open(file);
      await journal.close();
      expect(entries.filter((e) => e.id.startsWith('kept-')).map((e) => e.id)).toEqual(kept);
      expect((await readdir(path.dirname(file))).filter((n) => n.includes('compacting'))).toEqual(
        [],
      );
    }
    expect(outcomes.has('new')).toBe(true);
  }, 120_000);
});
