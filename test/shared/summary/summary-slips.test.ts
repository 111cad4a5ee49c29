import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../../../shared/plan-schema';
import type { EvidenceRecord, Support } from '../../../shared/records';
import { keyResultSentence } from '../../../shared/summary/key-result-sentence';
import { paceKeyResult } from '../../../shared/pacing';
import { latestEvidenceBySchool, whenNext } from '../../../shared/summary/build-summary';
import { readTitleAndVision } from '../../../shared/reading/plan-title';

const kr = (over: Partial<KeyResult>): KeyResult => ({
  id: 'kr-1',
  title: '% of grade 8 students at level 3 or 4',
  indicator: 'lagging',
  baseline: 18,
  target: 20,
  current: 26,
  unit: null,
  owners: [],
  start: '2025-09-02',
  due: '2026-06-15',
  direction: null,
  row: 3,
  ...over,
});

describe('Summary sentences for principals', () => {
  it('reads a share typed without % signs as a percent', () => {
    const pace = paceKeyResult(kr({}), '2026-01-15', []);
    expect(keyResultSentence(kr({}), pace, '2026-01-15', 'en')).toBe(
      'Achieved: 26% of grade 8 students at level 3 or 4, aiming for 20% by June.',
    );
    expect(keyResultSentence(kr({}), pace, '2026-01-15', 'fr')).toMatch(
      /^Atteint\s: 26\s% of grade 8 students at level 3 or 4, avec une cible de 20\s% d’ici juin\.$/,
    );
  });

  it('never says "No data yet" beside a value it shows', () => {
    const noTarget = kr({
      target: null,
      title: 'Co-planning cycles completed',
      unit: 'cycles',
      current: 1,
    });
    const sentence = keyResultSentence(
      noTarget,
      paceKeyResult(noTarget, '2026-01-15', []),
      '2026-01-15',
      'en',
    );
    expect(sentence).toBe(
      'No target to measure against: Co-planning cycles completed, 1 cycles so far.',
    );
    const empty = kr({ current: null, title: 'Co-planning cycles completed', unit: 'cycles' });
    expect(
      keyResultSentence(empty, paceKeyResult(empty, '2026-01-15', []), '2026-01-15', 'en'),
    ).toMatch(/^No data yet: /);
  });

  it('never takes a date stamp above the header as the plan’s title', () => {
    const table = (lines: string[]) => ({
      name: 'Plan',
      values: [...lines.map((l) => [l]), ['Objective', 'Key result']],
    });
    for (const stamp of [
      'Updated 2025-11-01',
      'Last updated: Nov 1, 2025',
      'Mis à jour le 1er novembre 2025',
      '2025-11-01',
      'As of 11/01/2025',
    ]) {
      expect(
        readTitleAndVision(table([stamp, 'Riverside DSB – Math Improvement Plan 2025-26']), 2)
          .title,
      ).toBe('Riverside DSB – Math Improvement Plan 2025-26');
      expect(readTitleAndVision(table([stamp]), 1).title).toBeNull();
    }
    expect(readTitleAndVision(table(['Math plan 2025-26']), 1).title).toBe('Math plan 2025-26');
  });

  it('shows a support already under way by its end, never its past start', () => {
    const support: Support = {
      kind: 'coaching',
      title: 'Co-planning cycle',
      start: '2026-01-05',
      end: '2026-01-30',
      objective: '',
      schools: [],
      facilitator: '',
      status: 'planned',
      row: 2,
    };
    expect(whenNext(support, '2026-01-15', 'en')).toBe('Under way, until 30 January 2026');
    expect(
      whenNext({ ...support, start: '2026-02-03', end: '2026-02-03' }, '2026-01-15', 'fr'),
    ).toBe('3 février 2026');
  });
});

describe('latest evidence per school, at a district’s scale', () => {
  it('finds the same three as filtering every school, on generated evidence', () => {
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const evidence: EvidenceRecord[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      capturedAt: `2026-01-${String(1 + next(28)).padStart(2, '0')}T0${next(10)}:00:00Z`,
      keyResultId: 'kr',
      keyResultTitle: '',
      school: `${next(2) ? ' ' : ''}School ${next(30)}`,
      practice: '',
      type: 'observation',
      stage: null,
      quote: next(10) ? `q${i}` : ' ',
      note: '',
      sourceTitle: '',
      sourceUrl: '',
      heading: '',
      coach: '',
      receivedAt: '',
      row: i + 2,
    }));
    const grouped = latestEvidenceBySchool(evidence);
    for (let s = 0; s < 30; s++) {
      const naive = evidence
        .filter((e) => e.school.trim().toLowerCase() === `school ${s}` && e.quote.trim())
        .sort((a, b) =>
          a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : b.row - a.row,
        )
        .slice(0, 3);
      expect((grouped.get(`school ${s}`) ?? []).map((e) => e.id)).toEqual(naive.map((e) => e.id));
    }
  });
});
