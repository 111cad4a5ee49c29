/**
 * The pairing registry both hosts keep: one record per coach, holding only a hash of the coach's
 * secret. Pure: hosts supply the random secret, the hash function (Apps Script:
 * Utilities.computeDigest SHA_256; Node: crypto) and the clock.
 */
export interface CoachRecord {
  id: string;
  name: string;
  secretHash: string;
  createdAt: string;
  revokedAt: string | null;
}

export type SecretHash = (secret: string) => string;

export type CoachVerification =
  | { ok: true; coach: CoachRecord }
  | { ok: false; code: 'unauthorized' | 'revoked' };

/** A new coach record; its id is derived from the hash so it never reveals the secret. */
export function createCoach(
  name: string,
  secret: string,
  hash: SecretHash,
  now: string,
): CoachRecord {
  const secretHash = hash(secret);
  return {
    id: `coach-${secretHash.slice(0, 12)}`,
    name: name.trim() || 'Coach',
    secretHash,
    createdAt: now,
    revokedAt: null,
  };
}

/** Who is sending this request: unknown secrets are `unauthorized`, revoked coaches `revoked`. */
export function verifyCoachSecret(
  records: readonly CoachRecord[],
  secret: string,
  hash: SecretHash,
): CoachVerification {
  if (secret.length === 0) return { ok: false, code: 'unauthorized' };
  const secretHash = hash(secret);
  const coach = records.find((record) => sameHash(record.secretHash, secretHash));
  if (!coach) return { ok: false, code: 'unauthorized' };
  return coach.revokedAt === null ? { ok: true, coach } : { ok: false, code: 'revoked' };
}

/** Records with `id` revoked as of `now`; an already revoked coach keeps its first revocation date. */
export function revokeCoach(
  records: readonly CoachRecord[],
  id: string,
  now: string,
): CoachRecord[] {
  return records.map((record) =>
    record.id === id && record.revokedAt === null ? { ...record, revokedAt: now } : record,
  );
}

/** True for a well-formed coach record (a stored registry drops any other). */
export function isCoachRecord(value: unknown): value is CoachRecord {
  const record = value as Partial<CoachRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.id === 'string' &&
    typeof record.name === 'string' &&
    typeof record.secretHash === 'string' &&
    typeof record.createdAt === 'string' &&
    (record.revokedAt === null || typeof record.revokedAt === 'string')
  );
}

/** Compares every character so the time taken does not reveal how much of a hash matched. */
function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
