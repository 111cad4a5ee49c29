/**
 * Plan health, the coherence check: every rule of the domain as one small named function, run in a
 * fixed order so findings read from the plan's shape down to its evidence.
 */
import type { Finding } from '../records';
import {
  keyResultWithoutEvidenceRule,
  schoolWithoutEvidenceRule,
  schoolWithoutPracticeRule,
  supportWithoutObjectiveRule,
} from './alignment';
import { focusRule } from './focus';
import type { PlanHealthInput } from './input';
import { leadingIndicatorRule } from './leading-indicator';
import { measurableRule } from './measurable';
import { orphanedEvidenceRule } from './orphaned-evidence';
import { outcomesFirstRule } from './outcomes-first';
import { schoolWithoutCoachRule, singleOwnerRule } from './sustainability';
import { unknownSchoolRule } from './unknown-school';

export type { PlanHealthInput } from './input';

/** Every rule, in the order findings are listed. */
export const PLAN_HEALTH_RULES: Array<(input: PlanHealthInput) => Finding[]> = [
  focusRule,
  leadingIndicatorRule,
  measurableRule,
  outcomesFirstRule,
  singleOwnerRule,
  schoolWithoutCoachRule,
  schoolWithoutPracticeRule,
  supportWithoutObjectiveRule,
  keyResultWithoutEvidenceRule,
  schoolWithoutEvidenceRule,
  unknownSchoolRule,
  orphanedEvidenceRule,
];

/** All findings about the plan's coherence; schools, supports, evidence and check-ins are optional. */
export function planHealth(input: PlanHealthInput): Finding[] {
  return PLAN_HEALTH_RULES.flatMap((rule) => rule(input));
}
