/**
 * Alignment: the teacher-learning system points at the plan's focus. Each school has selected a
 * practice; every PD, coaching or PLC support serves one of the plan's objectives; key results and
 * schools keep receiving evidence (checked only once the workbook has evidence at all).
 */
import type { Objective } from '../plan-schema';
import { bilingual } from '../i18n';
import { normalizeWords } from '../reading/normalize-text';
import type { Finding } from '../records';
import { addDays } from '../school-year';
import { keyResultCell, ownedTabCell, schoolFinding, type PlanHealthInput } from './input';

/** Coaches collect evidence weekly; a month without any is drift. */
export const EVIDENCE_WINDOW_DAYS = 30;

/** One finding per school with no selected practice. */
export function schoolWithoutPracticeRule(input: PlanHealthInput): Finding[] {
  return (input.schools ?? [])
    .filter((school) => school.practice.trim() === '')
    .map((school) =>
      schoolFinding(
        input,
        school,
        'alignment',
        'practice',
        bilingual('health.noPractice', { school: school.name }),
      ),
    );
}

/** True when a support's "objective served" names one of the plan's objectives (its title, a part of it, or its number). */
export function servesObjective(objectiveText: string, objectives: Objective[]): boolean {
  const wanted = normalizeWords(objectiveText);
  if (wanted === '') return false;
  const number = /^(?:objective|objectif|goal|but|obj|o)?\s*(\d+)$/.exec(wanted);
  if (number) return Number(number[1]) >= 1 && Number(number[1]) <= objectives.length;
  return objectives.some((objective) => {
    const title = normalizeWords(objective.title ?? '');
    return (
      title === wanted || (wanted.length >= 8 && (title.includes(wanted) || wanted.includes(title)))
    );
  });
}

/** One finding per support tied to no objective, or to one the plan does not have. */
export function supportWithoutObjectiveRule(input: PlanHealthInput): Finding[] {
  return (input.supports ?? [])
    .filter((support) => !servesObjective(support.objective, input.plan.objectives))
    .map((support) => ({
      rule: 'alignment',
      severity: 'warning' as const,
      message:
        support.objective.trim() === ''
          ? bilingual('health.supportNoObjective', { support: support.title })
          : bilingual('health.supportUnknownObjective', {
              support: support.title,
              objective: support.objective,
            }),
      place: { kind: 'support' as const, name: support.title },
      cell: ownedTabCell(input, 'supports', support.row, 'objective'),
    }));
}

function recentEvidence(input: PlanHealthInput) {
  const since = addDays(input.today, -EVIDENCE_WINDOW_DAYS);
  return (input.evidence ?? []).filter(
    (e) => e.capturedAt.slice(0, 10) >= since && e.capturedAt.slice(0, 10) <= input.today,
  );
}

/** One finding per leading (or untyped) key result with no evidence in the last 30 days; lagging ones arrive yearly. */
export function keyResultWithoutEvidenceRule(input: PlanHealthInput): Finding[] {
  if ((input.evidence ?? []).length === 0) return [];
  const withEvidence = new Set(recentEvidence(input).map((e) => e.keyResultId));
  return input.plan.objectives.flatMap((objective) =>
    objective.keyResults
      .filter((kr) => kr.indicator !== 'lagging' && !withEvidence.has(kr.id))
      .map((kr) => ({
        rule: 'alignment',
        severity: 'info' as const,
        message: bilingual('health.keyResultNoEvidence', {
          keyResult: kr.title,
          days: EVIDENCE_WINDOW_DAYS,
        }),
        place: { kind: 'key-result' as const, id: kr.id, name: kr.title },
        cell: keyResultCell(input, kr),
      })),
  );
}

/** One finding per school with no evidence in the last 30 days. */
export function schoolWithoutEvidenceRule(input: PlanHealthInput): Finding[] {
  if ((input.evidence ?? []).length === 0) return [];
  // Normalised once per distinct school name, not once per evidence row.
  const withEvidence = new Set(
    [...new Set(recentEvidence(input).map((e) => e.school))].map(normalizeWords),
  );
  return (input.schools ?? [])
    .filter((school) => !withEvidence.has(normalizeWords(school.name)))
    .map((school) =>
      schoolFinding(
        input,
        school,
        'alignment',
        'school',
        bilingual('health.schoolNoEvidence', { school: school.name, days: EVIDENCE_WINDOW_DAYS }),
        'info',
      ),
    );
}
