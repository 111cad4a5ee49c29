/**
 * Orphaned evidence: evidence or check-ins whose key result id is not in the plan any more (the key
 * result was reworded or deleted), so they no longer count anywhere until relinked.
 */
import type { Finding } from '../records';
import { bilingual } from '../i18n';
import { ownedTabCell, type PlanHealthInput } from './input';

/** One finding per evidence row or check-in pointing at a key result the plan does not have. */
export function orphanedEvidenceRule(input: PlanHealthInput): Finding[] {
  const ids = new Set(input.plan.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id)));
  const titles = new Set(
    input.plan.objectives.flatMap((o) => o.keyResults.map((kr) => kr.title.trim().toLowerCase())),
  );
  const orphan = (
    tab: 'evidence' | 'checkIns',
    id: string,
    keyResultId: string,
    keyResultTitle: string,
    row: number,
  ): Finding => ({
    rule: 'orphaned-evidence',
    severity: 'warning',
    message: bilingual(tab === 'evidence' ? 'health.orphanedEvidence' : 'health.orphanedCheckIn', {
      keyResult: keyResultTitle || keyResultId,
      row: row + 1,
    }),
    place:
      tab === 'evidence'
        ? { kind: 'evidence', id, name: keyResultTitle }
        : { kind: 'key-result', id: keyResultId, name: keyResultTitle },
    cell: ownedTabCell(input, tab, row, 'keyResultId'),
  });
  const evidence = (input.evidence ?? [])
    .filter((e) => !ids.has(e.keyResultId))
    .map((e) => orphan('evidence', e.id, e.keyResultId, e.keyResultTitle, e.row));
  const checkIns = (input.checkIns ?? [])
    .filter(
      (c) =>
        !ids.has(c.keyResultId) &&
        !(c.keyResultId === '' && titles.has(c.keyResultTitle.trim().toLowerCase())),
    )
    .map((c) => orphan('checkIns', c.keyResultId, c.keyResultId, c.keyResultTitle, c.row));
  return [...evidence, ...checkIns];
}
