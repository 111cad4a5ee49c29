/**
 * Focus: doing less, better. A plan with more than three objectives is a warning sign.
 */
import type { Finding } from '../records';
import { bilingual } from '../i18n';
import { objectiveCell, type PlanHealthInput } from './input';

/** One to three high-impact objectives; more is a plan doing too much. */
export const MAX_OBJECTIVES = 3;

/** One finding when the plan has more than three objectives, pointing at the fourth. */
export function focusRule(input: PlanHealthInput): Finding[] {
  const { objectives } = input.plan;
  if (objectives.length <= MAX_OBJECTIVES) return [];
  return [
    {
      rule: 'focus',
      severity: 'warning',
      message: bilingual('health.focus', { count: objectives.length, max: MAX_OBJECTIVES }),
      place: { kind: 'plan', name: input.plan.sheet },
      cell: objectiveCell(input, objectives[MAX_OBJECTIVES]),
    },
  ];
}
