import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../shared/dashboard/amounts';
import { monthLabel, progressBar, sparklineFormula } from '../../shared/dashboard/display-values';
import { supportServes } from '../../shared/dashboard/supports-row';
import type { KeyResult } from '../../shared/plan-schema';
import type { KeyResultPace, Support } from '../../shared/records';
import { comingNext } from '../../shared/summary/build-summary';
import { keyResultSentence } from '../../shared/summary/key-result-sentence';

const kr = (over: Partial<KeyResult>): KeyResult => ({
  id: 'kr-1',
  title: '% of grade 3 students below level 2',
  indicator: 'lagging',
  baseline: 38,
  target: 25,
  current: 33,
  unit: '%',
  owners: [],
  start: '2025-09-02',
  due: '2026-06-30',
  direction: 'decrease',
  row: 1,
  ...over,
});
const pace = (over: Partial<KeyResultPace>): KeyResultPace => ({
  keyResultId: 'kr-1',
  current: 33,
  currentSource: 'plan',
  progress: 0.38,
  start: '2025-09-02',
  due: '2026-06-30',
  dueDefaulted: false,
  elapsed: 0.45,
  status: 'on-track',
  trend: [],
  trendDirection: null,
  lastUpdate: null,
  stale: false,
  ...over,
});

describe('amounts as people write them', () => {
  it.each([
    [41, '%', 'en', '41%'],
    [41, '%', 'fr', '41\u00a0%'],
    [18.5, '%', 'fr', '18,5\u00a0%'],
    [1250.5, null, 'en', '1,250.5'],
    [1250.5, null, 'fr', '1\u00a0250,5'],
    [-0.04, null, 'en', '0'],
    [10, 'cycles', 'en', '10 cycles'],
    [2.84, null, 'en', '2.8'],
    [null, '%', 'en', '—'],
  ] as const)('%s %s in %s → %s', (value, unit, locale, expected) => {
    expect(formatAmount(value, unit, locale)).toBe(expected);
  });

  it.each([
    [0, '░░░░░░░░░░ 0%'],
    [0.5, '█████░░░░░ 50%'],
    [1.4, '██████████ 140%'],
    [null, '—'],
  ] as const)('progress %s → %s', (p, bar) => {
    expect(progressBar(p, 'en')).toBe(bar);
  });

  it('draws a trend only from two check-ins on', () => {
    expect(sparklineFormula([])).toBe('—');
    expect(sparklineFormula([12])).toBe('12');
    expect(sparklineFormula([4, 8.125])).toEqual({
      text: '=SPARKLINE({4,8.13},{"charttype","line";"linewidth",2;"color","#1a73e8"})',
    });
  });

  it.each([
    ['2026-06-30', 'en', 'June'],
    ['2026-06-30', 'fr', 'juin'],
    ['2027-06-30', 'en', 'June 2027'],
  ] as const)('due %s reads %s', (due, locale, label) => {
    expect(monthLabel(due, '2026-01-15', locale)).toBe(label);
  });
});

describe('key result status in words', () => {
  it.each([
    [
      kr({}),
      pace({}),
      'en',
      'On track: 33% of grade 3 students below level 2, aiming for 25% by June.',
    ],
    [
      kr({}),
      pace({ status: 'off-track' }),
      'fr',
      'En retard : 33\u00a0% of grade 3 students below level 2, avec une cible de 25\u00a0% d’ici juin.',
    ],
    [
      kr({ title: 'Co-planning cycles completed', unit: 'cycles', target: 40, current: 10 }),
      pace({ current: 12, status: 'at-risk' }),
      'en',
      'At risk: Co-planning cycles completed, 12 cycles so far, aiming for 40 cycles by June.',
    ],
    [
      kr({ current: null }),
      pace({ current: null, status: 'no-data' }),
      'en',
      'No data yet: % of grade 3 students below level 2, aiming for 25% by June.',
    ],
    [
      kr({ target: null }),
      pace({ status: 'no-data' }),
      'en',
      'No target to measure against: 33% of grade 3 students below level 2.',
    ],
  ] as const)('%#: %s', (keyResult, p, locale, sentence) => {
    expect(keyResultSentence(keyResult, p, '2026-01-15', locale)).toBe(sentence);
  });
});

describe('supports tied to an objective', () => {
  const objective = {
    id: 'obj-abc',
    title: 'Deepen conceptual understanding of fractions (grades 3-8)',
    row: 1,
    keyResults: [],
  };
  const support = (name: string): Support => ({
    kind: 'pd',
    title: 'PD',
    start: null,
    end: null,
    objective: name,
    schools: [],
    facilitator: '',
    status: 'planned',
    row: 1,
  });
  it.each([
    ['Deepen conceptual understanding of fractions (grades 3-8)', true],
    ['deepen conceptual understanding of fractions', true],
    ['1', true],
    ['Objective 1', true],
    ['Objectif 1', true],
    ['obj-abc', true],
    ['2', false],
    ['Fractions', false],
    ['', false],
  ])('"%s" → %s', (name, serves) => {
    expect(supportServes(support(name), objective, 0)).toBe(serves);
  });

  it('what comes next: upcoming, not held, for this school or all schools, soonest first', () => {
    const s = (
      title: string,
      start: string,
      status: Support['status'],
      schools: string[] = [],
    ): Support => ({
      kind: 'pd',
      title,
      start,
      end: start,
      objective: '',
      schools,
      facilitator: '',
      status,
      row: 1,
    });
    const supports = [
      s('Later', '2026-03-01', 'planned'),
      s('Past', '2025-12-01', 'planned'),
      s('Held', '2026-02-01', 'held'),
      s('Other school', '2026-01-20', 'planned', ['Northview']),
      s('Soon', '2026-01-20', null, ['Lakeshore']),
    ];
    expect(comingNext(supports, 'Lakeshore', '2026-01-15').map((x) => x.title)).toEqual([
      'Soon',
      'Later',
    ]);
  });
});
