import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createCoach,
  parseCoachRecords,
  revokeCoach,
  serializeCoachRecords,
  verifyCoachSecret,
} from '../../shared/coach-secrets';

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

  it('stores records with a version and reads them back', () => {
    const stored = serializeCoachRecords([ana, ben]);
    expect(JSON.parse(stored).v).toBe(1);
    expect(parseCoachRecords(stored)).toEqual([ana, ben]);
    expect(parseCoachRecords(JSON.stringify({ v: 2, coaches: [ana] }))).toEqual([]);
  });

  it('reads stored records back and drops anything malformed', () => {
    const stored = JSON.stringify([ana, { id: 3 }, 'x', ben]);
    expect(parseCoachRecords(stored)).toEqual([ana, ben]);
    expect(parseCoachRecords(JSON.stringify({ v: 1, coaches: [{ id: 3 }, ben] }))).toEqual([ben]);
    expect(parseCoachRecords('not json')).toEqual([]);
    expect(parseCoachRecords(null)).toEqual([]);
  });
});
