import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OutboxRecord } from '../../extension/lib/outbox-record';
import type { PanelState } from '../../extension/lib/replies';
import type { EvidenceItem } from '../../shared/protocol';
import { COACH_NAME, PLAN_SHEET_ID, evidenceRecords } from '../google-fake/plan-spreadsheet';
import { connectToPlan, evidenceItem, googleHarness } from './google-harness';

type Harness = Awaited<ReturnType<typeof googleHarness>>;
let h: Harness;
let krId = '';

function clip(id: string, patch: Partial<EvidenceItem> = {}): EvidenceItem {
  return evidenceItem(id, { keyResultId: krId, ...patch });
}

async function state() {
  return (await h.service.handle({ type: 'panel/state' })) as PanelState;
}

async function record(id: string): Promise<OutboxRecord | null> {
  return h.outbox.get(id);
}

const appends = () => h.google.log.filter((r) => r.path.endsWith(':append'));

beforeEach(async () => {
  fakeBrowser.reset();
  h = await googleHarness();
  krId = await connectToPlan(h);
  await h.service.flush(false);
});

describe('clips to the Evidence tab with the Sheets API', () => {
  it('appends the clip as RAW text under the tab’s headers, with the coach from Google', async () => {
    await h.service.handle({ type: 'clip/save', item: clip('clip-google-0001') });
    await h.service.flush(false);
    expect((await record('clip-google-0001'))?.state).toBe('delivered');
    const rows = evidenceRecords(h.google);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Clip ID': 'clip-google-0001',
      Coach: COACH_NAME,
      School: 'Cedar Elementary',
      'Key result': '% of observed classrooms where students explain their reasoning',
      'Received at': '2026-03-10T14:05:00.000Z',
    });
    expect(appends()[0].query.get('valueInputOption')).toBe('RAW');
  });

  // Whatever a coach types is stored exactly as typed: RAW never parses, so no inert marker is added.
  const typed = [
    '=SUM(A1:A3)',
    "'Tis the season",
    '007',
    '2026-03-10',
    '+1 555 0100',
    '@here',
    '50%',
  ];
  it.each(typed)('keeps %s exactly as typed', async (text) => {
    await h.service.handle({
      type: 'clip/save',
      item: clip('clip-typed-0001', { quote: text, note: text }),
    });
    await h.service.flush(false);
    const [row] = evidenceRecords(h.google);
    expect(row.Quote).toBe(text);
    expect(row.Note).toBe(text);
  });

  it('a clip id already in the tab (sent from another device) is delivered without a second row', async () => {
    await h.service.handle({ type: 'clip/save', item: clip('clip-twice-0001') });
    await h.service.flush(false);
    const sent = await record('clip-twice-0001');
    if (!sent) throw new Error('the clip left the outbox');
    // As if this device never heard back: the clip waits again, its row is already in the tab.
    await h.outbox.put({
      ...sent,
      state: 'waiting',
      nextAttemptAt: 0,
    });
    await h.service.flush(true);
    expect(evidenceRecords(h.google)).toHaveLength(1);
    expect((await record('clip-twice-0001'))?.state).toBe('delivered');
  });

  it('two passes asked for at once append each clip once (the outbox serializes them)', async () => {
    for (let i = 0; i < 5; i++)
      await h.outbox.put({
        v: 1,
        id: `clip-burst-000${i}`,
        item: clip(`clip-burst-000${i}`),
        state: 'waiting',
        attempts: 0,
        nextAttemptAt: 0,
        createdAt: h.clock.now + i,
        updatedAt: h.clock.now,
        problem: null,
        warning: null,
      });
    await Promise.all([h.service.flush(true), h.service.flush(true), h.service.flush(false)]);
    const ids = evidenceRecords(h.google).map((r) => r['Clip ID']);
    expect(ids.sort()).toEqual([0, 1, 2, 3, 4].map((i) => `clip-burst-000${i}`));
  });
});

describe('exactly once through every failure, the clip kept until the sheet has it', () => {
  it('token expiry: the 401 renews the token silently and the clip is written once', async () => {
    h.google.expireTokens();
    await h.service.handle({ type: 'clip/save', item: clip('clip-expiry-001') });
    await h.service.flush(false);
    expect((await record('clip-expiry-001'))?.state).toBe('delivered');
    expect(evidenceRecords(h.google)).toHaveLength(1);
    expect(h.flows.at(-1)).toEqual({ interactive: false });
  });

  it('token past its lifetime is renewed before the call, without a 401', async () => {
    h.clock.now += 3600_000;
    await h.service.handle({ type: 'clip/save', item: clip('clip-lifetime-01') });
    await h.service.flush(false);
    expect(evidenceRecords(h.google)).toHaveLength(1);
  });

  it('429: waits exactly Retry-After, then writes the clip once', async () => {
    h.google.faults.push({ kind: 'rate-limit', retryAfterSeconds: 90, on: 'append' });
    await h.service.handle({ type: 'clip/save', item: clip('clip-quota-0001') });
    await h.service.flush(false);
    const waiting = await record('clip-quota-0001');
    expect(waiting).toMatchObject({ state: 'waiting', problem: { code: 'rate-limited' } });
    expect(waiting?.nextAttemptAt).toBe(h.clock.now + 90_000);
    expect(evidenceRecords(h.google)).toHaveLength(0);
    h.clock.now += 60_000;
    await h.service.flush(false); // the alarm before Retry-After leaves it alone…
    await h.service.flush(true); // …and so does Send now: Google asked us to wait
    expect(evidenceRecords(h.google)).toHaveLength(0);
    h.clock.now += 31_000;
    await h.service.flush(false);
    expect((await record('clip-quota-0001'))?.state).toBe('delivered');
    expect(evidenceRecords(h.google)).toHaveLength(1);
  });

  it('network drop before the write: the clip waits; the next pass writes it once', async () => {
    h.google.faults.push({ kind: 'drop', on: 'read' });
    await h.service.handle({ type: 'clip/save', item: clip('clip-drop-00001') });
    await h.service.flush(false);
    expect(await record('clip-drop-00001')).toMatchObject({
      state: 'waiting',
      problem: { code: 'network' },
    });
    await h.service.flush(true);
    expect(evidenceRecords(h.google)).toHaveLength(1);
  });

  it('network drop after Google wrote the row: the next pass finds the id and writes nothing', async () => {
    h.google.faults.push({ kind: 'drop-after-write', on: 'append' });
    await h.service.handle({ type: 'clip/save', item: clip('clip-lost-reply1') });
    await h.service.flush(false);
    expect((await record('clip-lost-reply1'))?.state).toBe('waiting');
    expect(evidenceRecords(h.google)).toHaveLength(1);
    await h.service.flush(true);
    expect((await record('clip-lost-reply1'))?.state).toBe('delivered');
    expect(evidenceRecords(h.google)).toHaveLength(1);
    expect(appends()).toHaveLength(1);
  });

  it('403 after the coordinator removed the coach: the panel says to ask for the sheet, clips are kept', async () => {
    h.google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.clear();
    await h.service.handle({ type: 'clip/save', item: clip('clip-unshared-01') });
    await h.service.flush(false);
    expect((await state()).pairing).toMatchObject({ via: 'google', problem: 'no-access' });
    expect(await record('clip-unshared-01')).toMatchObject({
      state: 'waiting',
      problem: { code: 'no-access' },
    });
    h.google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.add('alex.martin@maple.example');
    await h.service.flush(true);
    expect((await state()).pairing).toMatchObject({ problem: null });
    expect(evidenceRecords(h.google)).toHaveLength(1);
  });

  it('404 when the sheet was deleted or moved: said as such, clips are kept', async () => {
    const sheet = h.google.spreadsheets.get(PLAN_SHEET_ID);
    h.google.spreadsheets.delete(PLAN_SHEET_ID);
    await h.service.handle({ type: 'clip/save', item: clip('clip-gone-000001') });
    await h.service.flush(false);
    expect((await state()).pairing).toMatchObject({ problem: 'sheet-gone' });
    expect(await record('clip-gone-000001')).toMatchObject({
      state: 'waiting',
      problem: { code: 'sheet-gone' },
    });
    if (sheet) h.google.spreadsheets.set(PLAN_SHEET_ID, sheet);
    await h.service.flush(true);
    expect(evidenceRecords(h.google)).toHaveLength(1);
  });

  it('signed out (Google will not renew silently): held, not retried by the alarm, sent after signing in again', async () => {
    h.google.expireTokens();
    h.google.consented.clear();
    await h.service.handle({ type: 'clip/save', item: clip('clip-signout-001') });
    await h.service.flush(false);
    expect((await state()).pairing).toMatchObject({ problem: 'signed-out' });
    const silentFlows = h.flows.length;
    h.clock.now += 600_000;
    await h.service.flush(false);
    expect(h.flows.length).toBe(silentFlows); // the alarm does not knock on Google's door
    const again = (await h.service.handle({ type: 'google/sign-in' })) as { ok: boolean };
    expect(again.ok).toBe(true);
    await h.service.flush(false);
    expect((await record('clip-signout-001'))?.state).toBe('delivered');
    expect(evidenceRecords(h.google)).toHaveLength(1);
  });

  it('a clip for a key result the plan no longer has needs the coach, and is never written', async () => {
    await h.service.handle({
      type: 'clip/save',
      item: clip('clip-old-kr-0001', { keyResultId: 'kr-gone' }),
    });
    await h.service.flush(false);
    expect(await record('clip-old-kr-0001')).toMatchObject({
      state: 'needs-attention',
      problem: { code: 'unknown-key-result' },
    });
    expect(evidenceRecords(h.google)).toHaveLength(0);
  });
});
