import { describe, expect, it } from 'vitest';
import { clipBatches } from '../../extension/lib/clip-batches';
import { MAX_REQUEST_BYTES } from '../../shared/protocol';

const clip = (id: string, quoteLength: number) => ({
  id,
  item: { id, quote: 'é'.repeat(quoteLength) },
});

describe('clipBatches', () => {
  it('keeps up to 50 short clips in one request', () => {
    const batches = clipBatches(Array.from({ length: 120 }, (_, i) => clip(`c${i}`, 10)));
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
  });

  it('splits fifty 20,000-character clips so no request passes the endpoint limit', () => {
    const records = Array.from({ length: 50 }, (_, i) => clip(`c${i}`, 20_000));
    const batches = clipBatches(records);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat().map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const batch of batches) {
      const body = JSON.stringify({
        v: 1,
        kind: 'clip',
        secret: 'x'.repeat(64),
        items: batch.map((r) => r.item),
      });
      expect(new TextEncoder().encode(body).length).toBeLessThan(MAX_REQUEST_BYTES);
    }
  });

  it('sends a clip alone when it is bigger than the budget, rather than never', () => {
    expect(
      clipBatches([clip('a', 10), clip('big', 500), clip('c', 10)], 600).map((b) =>
        b.map((r) => r.id),
      ),
    ).toEqual([['a'], ['big'], ['c']]);
  });
});
