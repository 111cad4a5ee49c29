import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/messages';
import type { EvidenceRecord, School } from '../../../shared/records';
import { buildSummary, latestEvidence } from '../../../shared/summary/build-summary';

const clip = (
  id: string,
  capturedAt: string,
  school: string,
  row: number,
  quote = `Quote ${id}`,
): EvidenceRecord => ({
  id,
  capturedAt,
  keyResultId: 'kr-1',
  keyResultTitle: 'Students explain reasoning',
  school,
  practice: '',
  type: 'observation',
  stage: null,
  quote,
  note: '',
  sourceTitle: '',
  sourceUrl: '',
  heading: '',
  coach: 'K. Diaz',
  receivedAt: capturedAt,
  row,
});

const evidence = [
  clip('old', '2025-10-01T09:00:00Z', 'Maple Elementary', 2),
  clip('newest', '2026-01-20T09:00:00Z', 'maple elementary ', 3),
  clip('same-day-early-row', '2026-01-10T09:00:00Z', 'Maple Elementary', 4),
  clip('same-day-late-row', '2026-01-10T09:00:00Z', 'Maple Elementary', 5),
  clip('other-school', '2026-01-25T09:00:00Z', 'Oak Middle', 6),
  clip('blank', '2026-01-26T09:00:00Z', 'Maple Elementary', 7, '  '),
];

describe('latestEvidence on the Summary', () => {
  it('shows the school’s three newest clips, newest first, a later row first on the same time, skipping blank ones', () => {
    expect(latestEvidence(evidence, 'Maple Elementary').map((e) => e.id)).toEqual([
      'newest',
      'same-day-late-row',
      'same-day-early-row',
    ]);
  });

  it('takes as many as asked', () => {
    expect(latestEvidence(evidence, 'Maple Elementary', 4).map((e) => e.id)).toEqual([
      'newest',
      'same-day-late-row',
      'same-day-early-row',
      'old',
    ]);
  });
});

describe('buildSummary quotes', () => {
  const school: School = {
    name: 'Oak Middle',
    principal: 'R. Singh',
    coaches: ['K. Diaz'],
    practice: 'Number talks',
    row: 2,
  };
  const snapshot = {
    plan: { sheet: 'Plan', title: 'Math 2025-26', vision: null, headerRow: 0, objectives: [] },
    today: '2026-02-01',
    paces: [],
    findings: [],
    schools: [school],
    supports: [],
    evidence,
    checkIns: [],
  };
  it.each<[Locale, string]>([
    ['en', '“Quote other-school”'],
    ['fr', '« Quote other-school »'],
  ])('%s shows the clip in the reader’s quotation marks', (locale, expected) => {
    const texts = buildSummary(snapshot, locale)
      .values.flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts).toContain(expected);
  });
});
