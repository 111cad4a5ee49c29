/**
 * Decides what happens to each clip of a batch after one send attempt. Pure, so every reply the
 * endpoint can give (accepted, duplicates, rejected, revoked, HTML page, timeout) is tested as a table.
 */
import type { PostResult } from './post-protocol';
import { backoffDelay } from './backoff';
import type { ClipProblem, OutboxRecord } from './outbox-record';

interface BatchOutcome {
  records: OutboxRecord[];
  /** The endpoint no longer knows this coach's secret: stop sending until a new code is pasted. */
  repairNeeded: boolean;
  /** The endpoint could not be reached or was busy: later batches would fail the same way. */
  stopSending: boolean;
}

/** The clip waits again, its next try after the back-off for one more attempt. */
export function retryLater(
  record: OutboxRecord,
  problem: ClipProblem,
  now: number,
  random: number,
): OutboxRecord {
  const attempts = record.attempts + 1;
  return {
    ...record,
    state: 'waiting',
    attempts,
    nextAttemptAt: now + backoffDelay(attempts, random),
    updatedAt: now,
    problem,
  };
}

function settle(
  record: OutboxRecord,
  state: OutboxRecord['state'],
  problem: ClipProblem | null,
  now: number,
): OutboxRecord {
  return { ...record, state, attempts: record.attempts + 1, updatedAt: now, problem };
}

/** Applies one POST result to the batch's records. */
export function settleBatch(
  batch: OutboxRecord[],
  result: PostResult,
  now: number,
  random: number,
): BatchOutcome {
  if (!result.ok) {
    return {
      records: batch.map((r) => retryLater(r, result.error, now, random)),
      repairNeeded: false,
      stopSending: true,
    };
  }
  const reply = result.reply;
  if (!reply.ok) {
    const { code, message } = reply.error;
    if (code === 'unauthorized' || code === 'revoked') {
      return {
        records: batch.map((r) => settle(r, 'repair-needed', { code, message }, now)),
        repairNeeded: true,
        stopSending: true,
      };
    }
    return {
      records: batch.map((r) => retryLater(r, { code, message }, now, random)),
      repairNeeded: false,
      stopSending: true,
    };
  }
  if (reply.kind !== 'clip') {
    const problem: ClipProblem = {
      code: 'not-protocol',
      message: `Unexpected ${reply.kind} reply`,
    };
    return {
      records: batch.map((r) => retryLater(r, problem, now, random)),
      repairNeeded: false,
      stopSending: true,
    };
  }
  const delivered = new Set([...reply.accepted, ...reply.duplicates]);
  const rejected = new Map(reply.rejected.map((r) => [r.id, r]));
  const warnings = new Map(reply.warnings.map((w) => [w.id, { code: w.code, message: w.message }]));
  const records = batch.map((record) => {
    if (delivered.has(record.id))
      return {
        ...settle(record, 'delivered', null, now),
        warning: warnings.get(record.id) ?? record.warning,
      };
    const refusal = rejected.get(record.id);
    if (refusal)
      return settle(
        record,
        'needs-attention',
        { code: refusal.code, message: refusal.message },
        now,
      );
    return retryLater(
      record,
      { code: 'internal', message: 'The sheet did not mention this clip' },
      now,
      random,
    );
  });
  return { records, repairNeeded: false, stopSending: false };
}
