/**
 * Orphaned evidence: evidence or check-ins whose key result id is not in the plan any more (the key
 * result was reworded or deleted), so they no longer count anywhere until relinked.
 */
import type { Finding } from '../records';
import { message, ownedTabCell, type PlanHealthInput } from './input';

/** One finding per evidence row or check-in pointing at a key result the plan does not have. */
export function orphanedEvidenceRule(input: PlanHealthInput): Finding[] {
  const ids = new Set(input.plan.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id)));
  const titles = new Set(input.plan.objectives.flatMap((o) => o.keyResults.map((kr) => kr.title.trim().toLowerCase())));
  const evidence = (input.evidence ?? [])
    .filter((e) => !ids.has(e.keyResultId))
    .map((e) => ({
      rule: 'orphaned-evidence',
      severity: 'warning' as const,
      message: message('health.orphanedEvidence', { keyResult: e.keyResultTitle || e.keyResultId, row: e.row + 1 }),
      place: { kind: 'evidence' as const, id: e.id, name: e.keyResultTitle },
      cell: ownedTabCell(input, 'evidence', e.row, 'keyResultId'),
    }));
  const checkIns = (input.checkIns ?? [])
    .filter((c) => !ids.has(c.keyResultId) && !(c.keyResultId === '' && titles.has(c.keyResultTitle.trim().toLowerCase())))
    .map((c) => ({
      rule: 'orphaned-evidence',
      severity: 'warning' as const,
      message: message('health.orphanedCheckIn', { keyResult: c.keyResultTitle || c.keyResultId, row: c.row + 1 }),
      place: { kind: 'key-result' as const, id: c.keyResultId, name: c.keyResultTitle },
      cell: ownedTabCell(input, 'checkIns', c.row, 'keyResultId'),
    }));
  return [...evidence, ...checkIns];
}
