import { describe, expect, it } from 'vitest';
import { planHealth } from '../../../shared/plan-health';
import { kr, objective, plan } from './plan-builder';

describe('planHealth', () => {
  it('runs every rule, and a sound plan has no findings', () => {
    const sound = plan([
      objective('Students reason proportionally', [
        kr('% of classrooms with student reasoning'),
        kr('Grade 7 test', { indicator: 'lagging' }),
      ]),
    ]);
    expect(planHealth({ plan: sound, today: '2026-01-15' })).toEqual([]);
  });

  it('lists findings from the plan’s shape down to its evidence', () => {
    const weak = plan([
      objective('Implement Desmos', [
        kr('Buy licences', { indicator: 'lagging', owners: ['IT'], baseline: null }),
      ]),
      objective('B', [kr('b')]),
      objective('C', [kr('c')]),
      objective('D', [kr('d')]),
    ]);
    const rules = planHealth({
      plan: weak,
      today: '2026-01-15',
      schools: [{ name: 'S', practice: '', principal: '', coaches: [], row: 1 }],
    }).map((f) => f.rule);
    expect(rules).toEqual([
      'focus',
      'leading-indicator',
      'measurable',
      'outcomes-first',
      'outcomes-first',
      'sustainability',
      'sustainability',
      'alignment',
    ]);
  });
});
