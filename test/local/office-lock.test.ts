import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProtocolReply } from '../../shared/protocol';
import { officeLockNames } from '../../local/server/office-lock';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import {
  TODAY,
  clip,
  demoWorkbookFile,
  eventually,
  post,
  savedSheet,
  secretOf,
} from './local-harness';

/**
 * The coordinator has the workbook open in an office suite while coaches clip: every acknowledged clip
 * must end up in the file, and so must the coordinator's own edits, whatever order the saves come in.
 * Real files throughout: a real lock file, and a "foreign save" that rewrites the .xlsx whole.
 */
const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(file: string): Promise<LocalServer> {
  const server = await startLocalServer({
    workbookPath: file,
    port: 0,
    today: TODAY,
    refreshDelayMs: 20,
    pollMs: 20,
  });
  servers.push(server);
  return server;
}

async function coachOf(server: LocalServer): Promise<{
  send(items: Record<string, unknown>[]): Promise<ProtocolReply>;
  keyResultId: string;
}> {
  const secret = secretOf(server.connectCoach('Lou Coach'));
  const catalog = await post(server.endpoint, { v: 1, kind: 'catalog', secret });
  if (!catalog.ok || catalog.kind !== 'catalog') throw new Error(JSON.stringify(catalog));
  return {
    keyResultId: catalog.catalog.objectives[0].keyResults[0].id,
    send: (items) => post(server.endpoint, { v: 1, kind: 'clip', secret, items }),
  };
}

const evidenceIds = async (file: string) =>
  ((await savedSheet(file, 'Evidence'))?.values ?? []).slice(1).map((row) => String(row[0]));
const NOTE_TAB = 'Coordinator notes';

/** What an office suite does: it read the file when the coordinator opened it, and writes it all back on save. */
async function openInOfficeSuite(
  file: string,
): Promise<{ edit(text: string): void; save(): Promise<void> }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return {
    edit: (text) => void book.addWorksheet(NOTE_TAB).addRow([text]),
    save: () => book.xlsx.writeFile(file),
  };
}

const noteIn = async (file: string) => (await savedSheet(file, NOTE_TAB))?.values[0]?.[0] ?? null;

/** Sends `batches` batches of generated clips, each acknowledged; returns every accepted id. */
async function clipInBatches(
  coach: Awaited<ReturnType<typeof coachOf>>,
  batches: number[],
): Promise<string[]> {
  const accepted: string[] = [];
  for (const size of batches) {
    const reply = await coach.send(
      Array.from({ length: size }, (_, i) =>
        clip(coach.keyResultId, { quote: `Passage ${i} of a batch of ${size}` }),
      ),
    );
    if (!reply.ok || reply.kind !== 'clip') throw new Error(JSON.stringify(reply));
    expect(reply.rejected).toEqual([]);
    accepted.push(...reply.accepted);
  }
  return accepted;
}

describe('an office suite holding the workbook', () => {
  const suites = [
    {
      suite: 'LibreOffice',
      lock: (name: string) => `.~lock.${name}#`,
      content:
        ',Coordinator,laptop,01.12.2026 09:00,file:///home/coordinator/.config/libreoffice/4;',
    },
    { suite: 'Excel', lock: (name: string) => `~$${name}`, content: 'Coordinator' },
  ];

  it('knows the lock files LibreOffice and Excel leave beside a workbook', () => {
    for (const { lock } of suites)
      expect(officeLockNames('/plans/plan.xlsx')).toContain(lock('plan.xlsx'));
    // Excel shortens the owner file's name by one or two leading characters as the name grows.
    expect(officeLockNames('/plans/Budget.xlsx')).toContain('~$udget.xlsx');
    expect(officeLockNames('/plans/District Plan 2026.xlsx')).toContain('~$strict Plan 2026.xlsx');
  });

  it.each(suites)(
    '$suite: clips acknowledged while it holds the file survive the coordinator’s save; so does the edit',
    async ({ lock, content }) => {
      const file = await demoWorkbookFile();
      const server = await serve(file);
      const coach = await coachOf(server);
      await server.merge();
      const before = await evidenceIds(file);
      const office = await openInOfficeSuite(file);
      const lockFile = path.join(path.dirname(file), lock(path.basename(file)));
      await writeFile(lockFile, content);

      const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const accepted = await clipInBatches(coach, [1, 5, 12]);
      expect(await server.merge()).toBe('held');
      expect(await server.merge()).toBe('held');
      expect(said.mock.calls).toEqual([
        [
          'plan.xlsx is open in LibreOffice or Excel: new clips are kept in its journal and go into the workbook once it is closed there.',
        ],
      ]);
      said.mockRestore();
      expect(await evidenceIds(file)).toEqual(before); // nothing written under the suite's feet

      office.edit('Call Maple Elementary about the March PD day');
      await office.save(); // the suite writes its copy back: the coordinator's edit, none of the clips
      await rm(lockFile);
      // No request needed: the server notices the lock is gone and the file changed, and merges.
      await eventually(
        async () => (await evidenceIds(file)).length === before.length + accepted.length,
      );
      expect(await evidenceIds(file)).toEqual([...before, ...accepted]);
      expect(await noteIn(file)).toBe('Call Maple Elementary about the March PD day');
    },
    20_000,
  );

  it('a later save by someone else that drops clips already merged gets them back, next to its edit', async () => {
    const file = await demoWorkbookFile();
    const server = await serve(file);
    const coach = await coachOf(server);
    const stale = await openInOfficeSuite(file);
    const accepted = await clipInBatches(coach, [3, 7]);
    // Merged by this pass, or by a background pass that came first.
    expect(['saved', 'clean']).toContain(await server.merge());
    expect(await evidenceIds(file)).toEqual(expect.arrayContaining(accepted));

    stale.edit('Budget approved');
    await stale.save(); // written from a copy read before the clips: none of them is in it
    await eventually(
      async () =>
        (await noteIn(file)) === 'Budget approved' &&
        (await evidenceIds(file)).includes(accepted[0]),
    );
    const ids = await evidenceIds(file);
    expect(accepted.every((id) => ids.filter((x) => x === id).length === 1)).toBe(true);
  });

  it('a clip is a duplicate whether it is only in the journal, in both, or only in the workbook', async () => {
    const file = await demoWorkbookFile();
    const lockFile = path.join(path.dirname(file), `.~lock.${path.basename(file)}#`);
    await writeFile(lockFile, ',Coordinator,laptop,;');
    const first = await serve(file);
    const coach = await coachOf(first);
    const item = clip(coach.keyResultId);
    expect(await coach.send([item])).toMatchObject({ ok: true, accepted: [item.id] });
    await first.close(); // the suite still holds the file: the clip stays in the journal only
    servers.splice(0);
    expect(await evidenceIds(file)).not.toContain(item.id);

    const resend = async () => {
      const server = await serve(file);
      const reply = await (await coachOf(server)).send([item]);
      await server.close();
      servers.splice(0);
      return reply;
    };
    expect(await resend()).toMatchObject({ ok: true, accepted: [], duplicates: [item.id] }); // journal only
    await rm(lockFile);
    expect(await resend()).toMatchObject({ ok: true, accepted: [], duplicates: [item.id] }); // replayed at start: both
    expect((await evidenceIds(file)).filter((id) => id === item.id)).toHaveLength(1);
    await rm(path.join(path.dirname(file), `.${path.basename(file)}.throughline-journal`));
    expect(await resend()).toMatchObject({ ok: true, accepted: [], duplicates: [item.id] }); // workbook only
    expect((await readdir(path.dirname(file))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
