import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import type { ProtocolReply } from '../../shared/protocol';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { PlanSession } from '../../local/server/plan-session';
import { installXlsxTextEscape } from '../../local/xlsx/xlsx-text-escape';
import { TODAY, clip, demoWorkbookFile, post, savedSheet, secretOf } from './local-harness';
import { HOST_SAMPLE_SETS, type Piece } from '../shared/unstorable-text-samples';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const FIELDS = [
  'quote',
  'note',
  'sourceTitle',
  'sourceUrl',
  'heading',
  'school',
  'practice',
] as const;
const col = (key: string) => EVIDENCE_TAB.columns.findIndex((c) => c.key === key);

async function serve(file: string) {
  const server = await startLocalServer({
    workbookPath: file,
    port: 0,
    today: TODAY,
    refreshDelayMs: 60_000,
  });
  servers.push(server);
  return server;
}

/** Sends one clip per sample (each sample in every text field), closes the server, and returns the ids. */
async function sendThroughLocalMode(file: string, samples: Piece[]): Promise<string[]> {
  const server = await serve(file);
  const secret = secretOf(server.connectCoach('Ana'));
  const catalog = await post(server.endpoint, { v: 1, kind: 'catalog', secret });
  if (!catalog.ok || catalog.kind !== 'catalog') throw new Error(JSON.stringify(catalog));
  const keyResultId = catalog.catalog.objectives[0].keyResults[0].id;
  const items = samples.map((sample) =>
    clip(keyResultId, Object.fromEntries(FIELDS.map((field) => [field, sample.sent]))),
  );
  for (let i = 0; i < items.length; i += 50) {
    const reply: ProtocolReply = await post(server.endpoint, {
      v: 1,
      kind: 'clip',
      secret,
      items: items.slice(i, i + 50),
    });
    expect(reply).toMatchObject({ ok: true, rejected: [] });
  }
  await servers.pop()!.close();
  return items.map((item) => String(item.id));
}

/** Each clip's row, read back by exceljs and by Throughline's own reader: every text field as stored. */
async function storedTexts(
  file: string,
  ids: string[],
): Promise<{ exceljs: string[][]; reader: string[][] }> {
  const fields = (rows: unknown[][]) =>
    ids.map((id) => {
      const row = rows.find((r) => r[col('id')] === id);
      if (!row) throw new Error(`clip ${id} is not in the file`);
      return FIELDS.map((field) => String(row[col(field)] ?? ''));
    });
  const book = await savedSheet(file, 'Evidence');
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.error.message);
  return {
    exceljs: fields(book!.values),
    reader: fields(read.sheets.find((s) => s.name === 'Evidence')!.values),
  };
}

const sheetValues = (book: ExcelJS.Workbook, name: string) => {
  const values: unknown[] = [];
  book.getWorksheet(name)!.eachRow((row) => values.push(row.values));
  return values;
};

describe('local mode keeps the workbook readable whatever characters a clip holds', () => {
  it.each(HOST_SAMPLE_SETS)(
    '$name: every field is stored as its legal characters, and both readers open the .xlsx',
    async ({ samples }) => {
      const sent = samples();
      const file = await demoWorkbookFile();
      const stored = await storedTexts(file, await sendThroughLocalMode(file, sent));
      const expected = sent.map((sample) => FIELDS.map(() => sample.stored));
      expect(stored.exceljs).toEqual(expected);
      expect(stored.reader).toEqual(expected);
    },
  );

  it('still saves a readable file when a plan title read from the workbook holds U+FFFF', async () => {
    const file = await demoWorkbookFile();
    installXlsxTextEscape(); // so exceljs saves U+FFFF as Excel does: _xFFFF_
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const plan = book.getWorksheet('2025-26 Math Plan')!;
    let titled = false;
    plan.eachRow((row) =>
      row.eachCell((cell) => {
        // Excel keeps a character XML cannot hold as the escape _xFFFF_; exceljs reads it back as U+FFFF.
        if (!titled && typeof cell.value === 'string' && /fraction/i.test(cell.value)) {
          cell.value = `${cell.value} \uFFFF`;
          titled = true;
        }
      }),
    );
    expect(titled).toBe(true);
    await book.xlsx.writeFile(file);
    const session = await PlanSession.open(file);
    if (!session.ok) throw new Error(session.error.message);
    expect(session.session.refreshTabs(TODAY).ok).toBe(true);
    await session.session.workbook.save();
    const ids = await sendThroughLocalMode(file, [
      { sent: 'After the odd title', stored: 'After the odd title' },
    ]);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(file);
    expect(reopened.worksheets.map((ws) => ws.name)).toContain('Dashboard');
    expect(JSON.stringify(sheetValues(reopened, '2025-26 Math Plan'))).toContain('\uFFFF'); // the coordinator's own cell, as it was
    expect(JSON.stringify(sheetValues(reopened, 'Dashboard'))).not.toContain('\uFFFF');
    expect((await storedTexts(file, ids)).reader[0][0]).toBe('After the odd title');
  });
});
