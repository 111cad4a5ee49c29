import { createHash } from 'node:crypto';
import { COACHES_SETTING, readSetting, writeSetting } from '../../shared/stored-settings';
import { describe, expect, it } from 'vitest';
import { createCoach, revokeCoach, verifyCoachSecret } from '../../shared/coach-secrets';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secretA = 'secret-for-ana-0123456789abcdef';
const secretB = 'secret-for-ben-0123456789abcdef';

describe('coach secrets', () => {
  const ana = createCoach('  Ana Coach ', secretA, sha256, '2026-01-10T08:00:00Z');
  const ben = createCoach('Ben', secretB, sha256, '2026-01-11T08:00:00Z');

  it('stores only the hash, never the secret', () => {
    expect(ana.name).toBe('Ana Coach');
    expect(ana.secretHash).toBe(sha256(secretA));
    expect(JSON.stringify(ana)).not.toContain(secretA);
    expect(ana.id).not.toBe(ben.id);
    expect(ana.revokedAt).toBeNull();
  });

  const cases: { name: string; secret: string; revoke?: string; expected: unknown }[] = [
    { name: 'known secret', secret: secretB, expected: { ok: true, name: 'Ben' } },
    {
      name: 'unknown secret',
      secret: 'secret-for-nobody-0123456789',
      expected: { ok: false, code: 'unauthorized' },
    },
    { name: 'empty secret', secret: '', expected: { ok: false, code: 'unauthorized' } },
    {
      name: 'the hash itself is not a secret',
      secret: sha256(secretA),
      expected: { ok: false, code: 'unauthorized' },
    },
    {
      name: 'revoked coach',
      secret: secretA,
      revoke: ana.id,
      expected: { ok: false, code: 'revoked' },
    },
    {
      name: 'revoking one coach leaves the other connected',
      secret: secretB,
      revoke: ana.id,
      expected: { ok: true, name: 'Ben' },
    },
  ];
  it.each(cases)('$name', ({ secret, revoke, expected }) => {
    const records = revoke ? revokeCoach([ana, ben], revoke, '2026-02-01T00:00:00Z') : [ana, ben];
    const result = verifyCoachSecret(records, secret, sha256);
    expect(result.ok ? { ok: true, name: result.coach.name } : result).toEqual(expected);
  });

  it('a second revocation keeps the first date', () => {
    const once = revokeCoach([ana], ana.id, '2026-02-01T00:00:00Z');
    const twice = revokeCoach(once, ana.id, '2026-03-01T00:00:00Z');
    expect(twice[0].revokedAt).toBe('2026-02-01T00:00:00Z');
  });

  it('stores records in the settings envelope and reads them back, dropping anything malformed', () => {
    const read = (text: string | null) => readSetting(COACHES_SETTING, text) ?? [];
    const stored = writeSetting(COACHES_SETTING, [ana, ben]);
    expect(JSON.parse(stored)).toEqual({ v: 1, data: [ana, ben] });
    expect(read(stored)).toEqual([ana, ben]);
    expect(read(JSON.stringify({ v: 2, data: [ana] }))).toEqual([]);
    expect(read(JSON.stringify([ana, { id: 3 }, 'x', ben]))).toEqual([ana, ben]);
    expect(read(JSON.stringify({ v: 1, coaches: [{ id: 3 }, ben] }))).toEqual([ben]);
    expect(read(JSON.stringify({ v: 1, data: [{ id: 3 }, ben] }))).toEqual([ben]);
    expect(read('not json')).toEqual([]);
    expect(read(null)).toEqual([]);
  });
});
