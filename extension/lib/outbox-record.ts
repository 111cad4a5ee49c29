/**
 * What the outbox keeps for each clip. Versioned (`v`) so a later shape can upgrade old records
 * instead of dropping a coach's unsent evidence.
 */
import * as z from 'zod';
import { errorCodeSchema, evidenceItemSchema, type EvidenceItem } from '../../shared/protocol';

/** waiting → delivered, or needs-attention (the sheet refused it), or repair-needed (pairing revoked). */
const CLIP_STATES = ['waiting', 'delivered', 'needs-attention', 'repair-needed'] as const;

const clipProblemSchema = z.object({
  code: z.union([
    errorCodeSchema,
    z.enum(['network', 'timeout', 'not-protocol']),
    /** What the Sheets API said, for coaches signed in with Google. */
    z.enum([
      'signed-out',
      'no-access',
      'sheet-gone',
      'rate-limited',
      'no-evidence-tab',
      'google-error',
    ]),
  ]),
  message: z.string(),
});
export type ClipProblem = z.infer<typeof clipProblemSchema>;

/** What the sheet said about a clip it saved (e.g. a school it does not know); shown beside the clip. */
export const clipWarningSchema = z.object({ code: z.string(), message: z.string() });
export type ClipWarning = z.infer<typeof clipWarningSchema>;

const outboxRecordSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  item: evidenceItemSchema,
  state: z.enum(CLIP_STATES),
  attempts: z.number().int().min(0),
  /** Epoch ms before which the alarm leaves the clip alone (back-off). */
  nextAttemptAt: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
  problem: clipProblemSchema.nullable(),
  /** Added after v1 shipped; records stored before it read as having none. */
  warning: clipWarningSchema.nullable().default(null),
});
export type OutboxRecord = z.infer<typeof outboxRecordSchema>;

/** A fresh record for a clip the coach just saved: waiting, due now. */
export function newOutboxRecord(item: EvidenceItem, now: number): OutboxRecord {
  return {
    v: 1,
    id: item.id,
    item,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
    problem: null,
    warning: null,
  };
}

/** Reads a stored record of any known version; null for something we cannot read (kept, not parsed). */
export function upgradeOutboxRecord(raw: unknown): OutboxRecord | null {
  const parsed = outboxRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
