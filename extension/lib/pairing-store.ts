/**
 * The coach's connection to one plan, kept in storage.local only. The secret is read here and in
 * the sender; what leaves the background (to the panel) is `PairingStatus`, which has no secret.
 */
import * as z from 'zod';
import { decodePairingCode, pairingSchema } from '../../shared/pairing-code';
import { readLocal, removeLocal, writeLocal } from '../browser-api';
import type { ConnectionProblem } from './google-connection';

const KEY = 'pairing';

export const storedPairingSchema = pairingSchema.extend({
  v: z.literal(1),
  pairedAt: z.number(),
  /** Set when the endpoint said the secret is revoked or unknown: clips wait for a new code. */
  needsRepair: z.boolean(),
});
export type StoredPairing = z.infer<typeof storedPairingSchema>;

/** What the panel may know about the pairing. */
export type PairingStatus =
  | { paired: false }
  | {
      paired: true;
      plan: string;
      coach: string;
      endpoint: string;
      needsRepair: boolean;
      via?: undefined;
    }
  | GoogleStatus;

/** Signed in with Google: the sheet's address stands for the endpoint; `problem` says what blocks sending. */
export interface GoogleStatus {
  paired: true;
  via: 'google';
  plan: string;
  coach: string;
  email: string;
  endpoint: string;
  needsRepair: false;
  problem: ConnectionProblem | null;
}

export async function loadPairing(): Promise<StoredPairing | null> {
  const parsed = storedPairingSchema.safeParse(await readLocal(KEY));
  return parsed.success ? parsed.data : null;
}

/** Decodes a pasted TL1- code and stores it; the expected failure is a value. */
export async function savePairingCode(
  code: string,
  now: number,
): Promise<{ ok: true; pairing: StoredPairing } | { ok: false; code: 'not-a-code' }> {
  const decoded = decodePairingCode(code);
  if (!decoded.ok) return decoded;
  const pairing: StoredPairing = { ...decoded.pairing, v: 1, pairedAt: now, needsRepair: false };
  await writeLocal(KEY, pairing);
  return { ok: true, pairing };
}

export async function markNeedsRepair(): Promise<void> {
  const pairing = await loadPairing();
  if (pairing && !pairing.needsRepair) await writeLocal(KEY, { ...pairing, needsRepair: true });
}

export async function forgetPairing(): Promise<void> {
  await removeLocal(KEY);
}

export function pairingStatus(pairing: StoredPairing | null): PairingStatus {
  return pairing
    ? {
        paired: true,
        plan: pairing.plan,
        coach: pairing.coach,
        endpoint: pairing.endpoint,
        needsRepair: pairing.needsRepair,
      }
    : { paired: false };
}
