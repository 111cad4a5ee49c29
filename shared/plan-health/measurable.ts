/**
 * Measurable: a key result needs a baseline, a target and a due date to be paced at all.
 */
import { bilingual } from '../i18n';
import type { KeyResult } from '../plan-schema';
import type { Finding } from '../records';
import type { PlanField } from '../read-plan';
import { fieldName } from '../reading/mapping-diagnostics';
import { keyResultCell, type PlanHealthInput } from './input';

const NEEDED: Array<'baseline' | 'target' | 'due'> = ['baseline', 'target', 'due'];

/** One finding per key result missing any of baseline, target or due date, pointing at the first missing cell. */
export function measurableRule(input: PlanHealthInput): Finding[] {
  return input.plan.objectives.flatMap((objective) =>
    objective.keyResults.flatMap((keyResult) => {
      const missing = NEEDED.filter((field) => keyResult[field] === null);
      return missing.length === 0 ? [] : [measurableFinding(input, keyResult, missing)];
    }),
  );
}

function measurableFinding(
  input: PlanHealthInput,
  keyResult: KeyResult,
  missing: PlanField[],
): Finding {
  const names = (locale: 'en' | 'fr') =>
    missing.map((field) => fieldName(field)[locale].toLowerCase()).join(', ');
  return {
    rule: 'measurable',
    severity: 'warning',
    message: bilingual('health.measurable', {
      keyResult: keyResult.title,
      missing: { en: names('en'), fr: names('fr') },
    }),
    place: { kind: 'key-result', id: keyResult.id, name: keyResult.title },
    cell: keyResultCell(input, keyResult, missing[0]),
  };
}
