/**
 * The `inspect --json` report, in exactly the shape the issue fixes (plus each key result's
 * `elapsed`), so scripts can compare readings across districts.
 */
import type { Diagnostic } from '../../shared/messages';
import type { Plan } from '../../shared/plan-schema';
import type { Finding, KeyResultPace } from '../../shared/records';

const round4 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1e4) / 1e4;

/** Objectives → key results with values, direction, progress, status, owners and due date; findings; diagnostics. */
export function inspectReport(
  plan: Plan,
  paces: KeyResultPace[],
  findings: Finding[],
  diagnostics: Diagnostic[],
) {
  const paceOf = new Map(paces.map((pace) => [pace.keyResultId, pace]));
  return {
    sheet: plan.sheet,
    objectives: plan.objectives.map((objective) => ({
      title: objective.title,
      keyResults: objective.keyResults.map((kr) => {
        const pace = paceOf.get(kr.id);
        return {
          title: kr.title,
          indicator: kr.indicator,
          baseline: kr.baseline,
          target: kr.target,
          current: pace ? pace.current : kr.current,
          direction: kr.direction,
          progress: round4(pace?.progress ?? null),
          status: pace?.status ?? 'no-data',
          owners: kr.owners,
          due: kr.due,
          elapsed: round4(pace?.elapsed ?? null),
        };
      }),
    })),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cell: f.cell ?? null,
      place: f.place,
    })),
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      cell: d.cell ?? null,
    })),
  };
}
