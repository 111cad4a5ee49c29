/**
 * Leading vs lagging: test scores arrive too late to steer, so every objective needs at least one
 * leading key result (something visible weekly).
 */
import type { Finding } from '../records';
import { bilingual } from '../i18n';
import { objectiveTitle } from '../dashboard/display-values';
import { objectiveCell, type PlanHealthInput } from './input';

/** One finding per objective with no key result marked leading. */
export function leadingIndicatorRule(input: PlanHealthInput): Finding[] {
  return input.plan.objectives
    .filter((objective) => objective.keyResults.every((kr) => kr.indicator !== 'leading'))
    .map((objective) => ({
      rule: 'leading-indicator',
      severity: 'warning' as const,
      message: bilingual(
        objective.keyResults.some((kr) => kr.indicator === null)
          ? 'health.leadingUnknown'
          : 'health.leading',
        { objective: { en: objectiveTitle(objective, 'en'), fr: objectiveTitle(objective, 'fr') } },
      ),
      place: { kind: 'objective' as const, id: objective.id, name: objective.title ?? undefined },
      cell: objectiveCell(input, objective),
    }));
}
