/**
 * Sends waiting clips to the paired endpoint in batches, each clip with the id it got at capture,
 * so a retry after a lost reply is recognised by the sheet as a duplicate, not written twice.
 */
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { clipBatches } from './clip-batches';
import type { Outbox } from './outbox';
import type { OutboxRecord } from './outbox-record';
import type { StoredPairing } from './pairing-store';
import { postProtocol, SEND_TIMEOUT_MS, type FetchLike } from './post-protocol';
import { settleBatch } from './settle-batch';

export interface SenderDeps {
  outbox: Outbox;
  loadPairing(): Promise<StoredPairing | null>;
  markNeedsRepair(): Promise<void>;
  fetch: FetchLike;
  now(): number;
  random(): number;
  timeoutMs?: number;
}

export interface SendSummary {
  attempted: number;
  delivered: number;
  needsAttention: number;
  repairNeeded: boolean;
}

/**
 * Clips due for sending, oldest first; `force` ignores our own back-off (coming online, panel
 * opened) but never a wait the server asked for (a 429's Retry-After).
 */
export function dueClips(records: OutboxRecord[], now: number, force: boolean): OutboxRecord[] {
  const serverAskedToWait = (r: OutboxRecord) => r.problem?.code === 'rate-limited';
  return records
    .filter(
      (r) => r.state === 'waiting' && (r.nextAttemptAt <= now || (force && !serverAskedToWait(r))),
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** Stores a send's outcome unless the coach discarded or changed the clip while the request was out. */
export async function keepOutcome(
  outbox: Outbox,
  settled: OutboxRecord,
  batch: OutboxRecord[],
): Promise<void> {
  const sent = batch.find((r) => r.id === settled.id);
  const current = await outbox.get(settled.id);
  if (current && sent && current.updatedAt === sent.updatedAt && current.state === sent.state)
    await outbox.put(settled);
}

/** A pass that has sent nothing yet. */
export function emptySummary(): SendSummary {
  return { attempted: 0, delivered: 0, needsAttention: 0, repairNeeded: false };
}

/** Stores a batch's outcomes (see keepOutcome) and counts them into the pass's summary. */
export async function keepBatch(
  outbox: Outbox,
  summary: SendSummary,
  batch: OutboxRecord[],
  settled: OutboxRecord[],
): Promise<void> {
  for (const record of settled) await keepOutcome(outbox, record, batch);
  summary.attempted += batch.length;
  summary.delivered += settled.filter((r) => r.state === 'delivered').length;
  summary.needsAttention += settled.filter((r) => r.state === 'needs-attention').length;
}

/** One sending pass over the outbox. Never deletes an undelivered clip. */
export async function sendOutbox(
  deps: SenderDeps,
  options: { force: boolean },
): Promise<SendSummary> {
  const summary = emptySummary();
  const pairing = await deps.loadPairing();
  if (!pairing || pairing.needsRepair)
    return { ...summary, repairNeeded: pairing?.needsRepair ?? false };
  const due = dueClips(await deps.outbox.list(), deps.now(), options.force);
  for (const batch of clipBatches(due)) {
    const request = {
      v: PROTOCOL_VERSION as typeof PROTOCOL_VERSION,
      kind: 'clip' as const,
      secret: pairing.secret,
      items: batch.map((r) => r.item),
    };
    const result = await postProtocol(
      pairing.endpoint,
      request,
      deps.fetch,
      deps.timeoutMs ?? SEND_TIMEOUT_MS,
    );
    const outcome = settleBatch(batch, result, deps.now(), deps.random());
    await keepBatch(deps.outbox, summary, batch, outcome.records);
    if (outcome.repairNeeded) {
      summary.repairNeeded = true;
      await deps.markNeedsRepair();
    }
    if (outcome.stopSending) break;
  }
  await deps.outbox.pruneDelivered();
  return summary;
}
