import { describe, expect, it } from 'vitest';
import { DELIVERED_KEPT, openOutbox, waitingCount } from '../../extension/lib/outbox';
import { newOutboxRecord, upgradeOutboxRecord } from '../../extension/lib/outbox-record';
import { evidence } from './fake-endpoint';

let db = 0;
const freshName = () => `outbox-test-${++db}`;

describe('outbox', () => {
  it('keeps every clip across a worker restart (a new connection sees the same records)', async () => {
    const name = freshName();
    const first = await openOutbox(name);
    const items = [
      evidence(),
      evidence({ quote: 'Teacher reflection: I waited longer for answers.' }),
    ];
    for (const [i, item] of items.entries()) await first.put(newOutboxRecord(item, 1000 + i));
    first.close();

    const restarted = await openOutbox(name);
    const records = await restarted.list();
    expect(records.map((r) => r.id)).toEqual([items[1].id, items[0].id]);
    expect(records[1].item.quote).toBe(items[0].quote);
    expect(records.every((r) => r.state === 'waiting')).toBe(true);
    restarted.close();
  });

  it('reads a record stored before clips could carry a warning as having none', () => {
    const { warning: _none, ...stored } = newOutboxRecord(evidence(), 1000);
    expect(upgradeOutboxRecord({ ...stored, state: 'delivered' })).toMatchObject({
      state: 'delivered',
      warning: null,
      item: stored.item,
    });
  });

  it('counts everything not yet in the sheet as waiting (the badge)', async () => {
    const outbox = await openOutbox(freshName());
    const states = ['waiting', 'delivered', 'needs-attention', 'repair-needed'] as const;
    for (const state of states) await outbox.put({ ...newOutboxRecord(evidence(), 1), state });
    expect(waitingCount(await outbox.list())).toBe(3);
  });

  it('prunes old delivered clips but never an undelivered one', async () => {
    const outbox = await openOutbox(freshName());
    for (let i = 0; i < DELIVERED_KEPT + 5; i++)
      await outbox.put({ ...newOutboxRecord(evidence(), i), state: 'delivered' });
    const waiting = newOutboxRecord(evidence(), -1);
    await outbox.put(waiting);
    await outbox.pruneDelivered();
    const records = await outbox.list();
    expect(records.filter((r) => r.state === 'delivered')).toHaveLength(DELIVERED_KEPT);
    expect(await outbox.get(waiting.id)).not.toBeNull();
  });
});
