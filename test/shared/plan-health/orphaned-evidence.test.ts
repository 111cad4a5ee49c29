import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { CheckIn, EvidenceRecord } from '../../../shared/records';
import { orphanedEvidenceRule } from '../../../shared/plan-health/orphaned-evidence';
import { kr, objective, plan } from './plan-builder';

const thePlan = plan([objective('O', [kr('Walks')])]);
const evidence = (keyResultId: string, row: number): EvidenceRecord => ({
  id: `clip-${row}`,
  capturedAt: '2026-01-10',
  keyResultId,
  keyResultTitle: 'Old wording',
  school: '',
  practice: '',
  type: 'observation',
  stage: null,
  quote: '',
  note: '',
  sourceTitle: '',
  sourceUrl: '',
  heading: '',
  coach: '',
  receivedAt: '',
  row,
});
const checkIn = (keyResultId: string, keyResultTitle: string, row: number): CheckIn => ({
  keyResultId,
  keyResultTitle,
  date: '2026-01-01',
  value: 1,
  confidence: null,
  comment: '',
  by: '',
  row,
});

describe('orphanedEvidenceRule', () => {
  it('flags evidence and check-ins whose key result is no longer in the plan, at their id cell', () => {
    const findings = orphanedEvidenceRule({
      plan: thePlan,
      today: '2026-01-15',
      evidence: [evidence('kr-Walks', 1), evidence('kr-deleted', 2)],
      checkIns: [
        checkIn('kr-Walks', 'Walks', 1),
        checkIn('kr-gone', 'Gone', 2),
        checkIn('', 'Walks', 3),
      ],
    });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ['orphaned-evidence', "'Evidence'!C3"],
      ['orphaned-evidence', "'Check-ins'!A3"],
    ]);
    expect(render('en', findings[0].message)).toBe(
      'Evidence on row 3 points at key result "Old wording", which is no longer in the plan (reworded or deleted?).',
    );
  });
});
