/**
 * Splits waiting clips into request-sized batches: at most MAX_ITEMS_PER_CLIP_REQUEST clips and
 * comfortably under the endpoint's body limit, so fifty long clips never make one request the
 * endpoint refuses forever. A single clip always forms a batch of its own, whatever its size.
 */
import { MAX_ITEMS_PER_CLIP_REQUEST, MAX_REQUEST_BYTES } from '../../shared/protocol';

/** Room left for the request's envelope (version, kind, secret). */
const ITEM_BYTES_BUDGET = MAX_REQUEST_BYTES - 16 * 1024;

const encoder = new TextEncoder();

export function clipBatches<T extends { item: unknown }>(
  records: T[],
  maxBytes = ITEM_BYTES_BUDGET,
): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = encoder.encode(JSON.stringify(record.item)).length + 1;
    if (
      batch.length > 0 &&
      (batch.length >= MAX_ITEMS_PER_CLIP_REQUEST || bytes + size > maxBytes)
    ) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(record);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
