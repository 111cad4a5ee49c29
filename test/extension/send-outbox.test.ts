import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOutbox, type Outbox } from '../../extension/lib/outbox';
import { newOutboxRecord } from '../../extension/lib/outbox-record';
import { loadPairing, markNeedsRepair, savePairingCode } from '../../extension/lib/pairing-store';
import { sendOutbox, type SenderDeps } from '../../extension/lib/send-outbox';
import { evidence, fakeEndpoint, pairingCode } from './fake-endpoint';

let db = 0;
let outbox: Outbox;
let endpoint: ReturnType<typeof fakeEndpoint>;
let clock: number;

function deps(overrides: Partial<SenderDeps> = {}): SenderDeps {
  return {
    outbox,
    loadPairing,
    markNeedsRepair,
    fetch: endpoint.fetch,
    now: () => clock,
    random: () => 0.5,
    timeoutMs: 50,
    ...overrides,
  };
}

async function queue(...items: ReturnType<typeof evidence>[]) {
  for (const item of items) await outbox.put(newOutboxRecord(item, clock++));
}

const stateOf = async (id: string) => (await outbox.get(id))?.state;

beforeEach(async () => {
  fakeBrowser.reset();
  outbox = await openOutbox(`sender-test-${++db}`);
  endpoint = fakeEndpoint();
  clock = 1_000_000;
  await savePairingCode(pairingCode(), clock);
});

describe('sendOutbox', () => {
  it('delivers waiting clips in one batch and marks them saved to the sheet', async () => {
    const a = evidence();
    const b = evidence({ type: 'student-work' });
    await queue(a, b);
    const summary = await sendOutbox(deps(), { force: false });
    expect(summary.delivered).toBe(2);
    expect([...endpoint.sheet.keys()]).toEqual([a.id, b.id]);
    expect(await stateOf(a.id)).toBe('delivered');
  });

  it.each([
    { mode: 'offline' as const, code: 'network' },
    { mode: 'html-200' as const, code: 'not-protocol' },
    { mode: 'hang' as const, code: 'timeout' },
    { mode: 'busy' as const, code: 'busy' },
  ])('keeps the clip waiting with back-off when the endpoint is $mode', async ({ mode, code }) => {
    const clip = evidence();
    await queue(clip);
    endpoint.mode = mode;
    await sendOutbox(deps(), { force: false });
    const record = await outbox.get(clip.id);
    expect(record?.state).toBe('waiting');
    expect(record?.problem?.code).toBe(code);
    expect(record?.attempts).toBe(1);
    expect(record!.nextAttemptAt).toBeGreaterThan(clock);
    expect(endpoint.sheet.size).toBe(0);
  });

  it('retries with the same ids; a reply lost after writing comes back as duplicates, delivered once', async () => {
    const clip = evidence();
    await queue(clip);
    endpoint.mode = 'lose-reply';
    await sendOutbox(deps(), { force: true });
    expect(await stateOf(clip.id)).toBe('waiting');
    endpoint.mode = 'normal';
    await sendOutbox(deps(), { force: true });
    expect(endpoint.clipRequests.map((r) => r.ids)).toEqual([[clip.id], [clip.id]]);
    expect(await stateOf(clip.id)).toBe('delivered');
    expect(endpoint.sheet.size).toBe(1);
  });

  it('respects back-off on the alarm but not when forced (online again, panel opened)', async () => {
    const clip = evidence();
    await queue(clip);
    endpoint.mode = 'offline';
    await sendOutbox(deps(), { force: false });
    endpoint.mode = 'normal';
    await sendOutbox(deps(), { force: false });
    expect(await stateOf(clip.id)).toBe('waiting');
    await sendOutbox(deps(), { force: true });
    expect(await stateOf(clip.id)).toBe('delivered');
  });

  it('keeps a rejected clip with the server message, and still delivers the rest of the batch', async () => {
    const tooLong = evidence({ quote: 'x'.repeat(20_001) });
    const unknown = evidence({ keyResultId: 'kr-deleted' });
    const fine = evidence();
    await queue(tooLong, unknown, fine);
    await sendOutbox(deps(), { force: false });
    expect(await outbox.get(tooLong.id)).toMatchObject({
      state: 'needs-attention',
      problem: { code: 'too-large' },
    });
    expect((await outbox.get(unknown.id))?.problem?.message).toBe(
      t('en', 'protocol.unknownKeyResult'),
    );
    expect(await stateOf(fine.id)).toBe('delivered');
  });

  it('moves clips to re-pair needed when the pairing is revoked, and stops sending', async () => {
    const clip = evidence();
    await queue(clip);
    endpoint.mode = 'revoked';
    const summary = await sendOutbox(deps(), { force: true });
    expect(summary.repairNeeded).toBe(true);
    expect(await stateOf(clip.id)).toBe('repair-needed');
    expect((await loadPairing())?.needsRepair).toBe(true);
    endpoint.mode = 'normal';
    await queue(evidence());
    const again = await sendOutbox(deps(), { force: true });
    expect(again.attempted).toBe(0);
    expect(await outbox.list()).toHaveLength(2);
  });

  it('a clip the coach discards while its request is out stays discarded', async () => {
    const clip = evidence();
    await queue(clip);
    endpoint.onClipRequest.hook = async () => outbox.remove(clip.id);
    endpoint.mode = 'lose-reply';
    await sendOutbox(deps(), { force: true });
    expect(await outbox.get(clip.id)).toBeNull();
  });

  it('a note the coach edits while its request is out is kept, not overwritten by the old copy', async () => {
    const clip = evidence({ note: 'first thought' });
    await queue(clip);
    endpoint.onClipRequest.hook = async () => {
      const record = await outbox.get(clip.id);
      if (record)
        await outbox.put({
          ...record,
          item: { ...record.item, note: 'edited while sending' },
          updatedAt: record.updatedAt + 1,
        });
    };
    endpoint.mode = 'lose-reply';
    await sendOutbox(deps(), { force: true });
    const kept = await outbox.get(clip.id);
    expect(kept?.item.note).toBe('edited while sending');
    expect(kept?.state).toBe('waiting');
  });

  it('splits a long outbox into batches of at most 50 clips', async () => {
    await queue(...Array.from({ length: 120 }, () => evidence()));
    await sendOutbox(deps(), { force: true });
    expect(endpoint.clipRequests.map((r) => r.ids.length)).toEqual([50, 50, 20]);
    expect(endpoint.sheet.size).toBe(120);
  });

  it('stops after the first batch when the sheet is busy, leaving later clips untouched for the next pass', async () => {
    await queue(...Array.from({ length: 60 }, () => evidence()));
    endpoint.mode = 'busy';
    const summary = await sendOutbox(deps(), { force: true });
    expect(summary).toMatchObject({ attempted: 50, delivered: 0 });
    const records = await outbox.list();
    expect(records).toHaveLength(60);
    expect(records.filter((r) => r.attempts === 0)).toHaveLength(10);
    expect(records.every((r) => r.state === 'waiting')).toBe(true);
  });

  it('does nothing without a pairing, and keeps the clips', async () => {
    fakeBrowser.reset();
    await queue(evidence());
    const summary = await sendOutbox(deps(), { force: true });
    expect(summary.attempted).toBe(0);
    expect(await outbox.list()).toHaveLength(1);
  });
});
