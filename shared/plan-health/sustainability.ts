/**
 * Sustainability: a plan that lives in one person's head dies when they leave. Key results with a
 * single owner (or none) and schools with no coach are fragility worth seeing.
 */
import type { Finding } from '../records';
import { bilingual } from '../i18n';
import { keyResultCell, schoolFinding, type PlanHealthInput } from './input';

/** One finding per key result with fewer than two owners. */
export function singleOwnerRule(input: PlanHealthInput): Finding[] {
  return input.plan.objectives.flatMap((objective) =>
    objective.keyResults
      .filter((kr) => kr.owners.length < 2)
      .map((kr) => ({
        rule: 'sustainability',
        severity: kr.owners.length === 0 ? ('warning' as const) : ('info' as const),
        message:
          kr.owners.length === 0
            ? bilingual('health.noOwner', { keyResult: kr.title })
            : bilingual('health.singleOwner', { keyResult: kr.title, owner: kr.owners[0] }),
        place: { kind: 'key-result' as const, id: kr.id, name: kr.title },
        cell: keyResultCell(input, kr, 'owner'),
      })),
  );
}

/** One finding per school with no coach assigned. */
export function schoolWithoutCoachRule(input: PlanHealthInput): Finding[] {
  return (input.schools ?? [])
    .filter((school) => school.coaches.length === 0)
    .map((school) =>
      schoolFinding(
        input,
        school,
        'sustainability',
        'coach',
        bilingual('health.noCoach', { school: school.name }),
      ),
    );
}
