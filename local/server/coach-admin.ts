/**
 * What a coordinator on Excel does with connected coaches from the command line: list them, and
 * revoke one whose device was lost or who left (their next request gets `revoked`).
 */
import { revokeCoach } from '../../shared/coach-secrets';
import { t } from '../../shared/i18n/index';
import type { PlanSession } from './plan-session';

/**
 * Revokes every active connection of the coach with this name (case-insensitive); the caller saves.
 * No such coach is a failure (the command exits non-zero) whose line says how to list the coaches
 * of this very file (`listCommand`).
 */
export function revokeByName(
  session: PlanSession,
  name: string,
  now: string,
  where: { file: string; listCommand: string },
): { ok: boolean; line: string } {
  const locale = session.locale();
  const wanted = name.trim().toLowerCase();
  const targets = session.coaches.filter(
    (c) => c.revokedAt === null && c.name.trim().toLowerCase() === wanted,
  );
  if (targets.length === 0)
    return { ok: false, line: t(locale, 'local.noSuchCoach', { coach: name, ...where }) };
  session.coaches = targets.reduce(
    (records, coach) => revokeCoach(records, coach.id, now),
    session.coaches,
  );
  session.storeCoaches();
  return {
    ok: true,
    line: t(locale, 'local.revoked', { count: targets.length, coach: targets[0].name }),
  };
}

/** One line per connection, oldest first. */
export function listCoaches(session: PlanSession): string[] {
  const locale = session.locale();
  if (session.coaches.length === 0) return [t(locale, 'local.noCoaches')];
  return [...session.coaches]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((c) =>
      t(locale, 'local.coachLine', {
        coach: c.name,
        created: c.createdAt.slice(0, 10),
        revoked: c.revokedAt
          ? t(locale, 'local.coachRevokedSuffix', { revoked: c.revokedAt.slice(0, 10) })
          : '',
      }),
    );
}
