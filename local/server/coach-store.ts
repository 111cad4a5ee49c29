/**
 * Local mode's pairing registry: coach records (hashed secrets only) kept in the workbook's hidden
 * settings, so connection codes keep working across restarts and travel with the file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createCoach, type CoachRecord } from '../../shared/coach-secrets';
import { COACHES_SETTING, readSetting, writeSetting } from '../../shared/stored-settings';
import { encodePairingCode } from '../../shared/pairing-code';
import type { WorkbookPort } from '../../shared/workbook-port';

/** SHA-256 hex, the same digest the Apps Script host uses. */
export const sha256 = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

export function loadCoaches(port: WorkbookPort): CoachRecord[] {
  return readSetting(COACHES_SETTING, port.getSetting(COACHES_SETTING.key)) ?? [];
}

export function saveCoaches(port: WorkbookPort, records: CoachRecord[]): void {
  port.setSetting(COACHES_SETTING.key, writeSetting(COACHES_SETTING, records));
}

/** Records known to either side, by id; a revocation on either side wins. */
export function mergeCoaches(a: CoachRecord[], b: CoachRecord[]): CoachRecord[] {
  const byId = new Map(a.map((record) => [record.id, record]));
  for (const record of b) {
    const known = byId.get(record.id);
    byId.set(
      record.id,
      known ? { ...known, revokedAt: known.revokedAt ?? record.revokedAt } : record,
    );
  }
  return [...byId.values()];
}

/** A new coach with a random 192-bit secret, and the one-time connection code that carries it. */
export function connectNewCoach(input: {
  name: string;
  endpoint: string;
  planName: string;
  now: string;
}): { record: CoachRecord; code: string } {
  const secret = randomBytes(24).toString('base64url');
  const record = createCoach(input.name, secret, sha256, input.now);
  const code = encodePairingCode({
    endpoint: input.endpoint,
    secret,
    plan: input.planName.slice(0, 200),
    coach: record.name.slice(0, 200),
  });
  return { record, code };
}
