/**
 * The coach's connection to one plan, kept in storage.local only. The secret is read here and in
 * the sender; what leaves the background (to the panel) is `PairingStatus`, which has no secret.
 */
import * as z from 'zod';
import { decodePairingCode, pairingSchema } from '../../shared/pairing-code';
import type { ConnectionProblem } from './google-connection';
import { versionedRecord } from './stored-item';

const storedPairingSchema = pairingSchema.extend({
  pairedAt: z.number(),
  /** Set when the endpoint said the secret is revoked or unknown: clips wait for a new code. */
  needsRepair: z.boolean(),
});
export type StoredPairing = z.infer<typeof storedPairingSchema>;

/** The stored connection code; version 1 held `v: 1` inside it. */
export const pairingItem = versionedRecord<StoredPairing>('pairing');

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
  /** 'guessed' while the coordinator has not run Set up: the panel says the plan was guessed. */
  reading: 'confirmed' | 'guessed';
}

export async function loadPairing(): Promise<StoredPairing | null> {
  const parsed = storedPairingSchema.safeParse(await pairingItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Decodes a pasted TL1- code and stores it; the expected failure is a value. */
export async function savePairingCode(
  code: string,
  now: number,
): Promise<{ ok: true; pairing: StoredPairing } | { ok: false; code: 'not-a-code' }> {
  const decoded = decodePairingCode(code);
  if (!decoded.ok) return decoded;
  const pairing: StoredPairing = { ...decoded.pairing, pairedAt: now, needsRepair: false };
  await pairingItem.setValue(pairing);
  return { ok: true, pairing };
}

export async function markNeedsRepair(): Promise<void> {
  const pairing = await loadPairing();
  if (pairing && !pairing.needsRepair)
    await pairingItem.setValue({ ...pairing, needsRepair: true });
}

export async function forgetPairing(): Promise<void> {
  await pairingItem.removeValue();
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
