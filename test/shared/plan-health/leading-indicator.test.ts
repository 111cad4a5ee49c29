import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/plan-schema';
import { leadingIndicatorRule } from '../../../shared/plan-health/leading-indicator';
import { MAPPING, kr, objective, plan } from './plan-builder';

describe('leadingIndicatorRule: every objective needs a leading key result', () => {
  it.each<[string, Array<Indicator | null>, number]>([
    ['one leading among lagging', ['lagging', 'leading'], 0],
    ['all lagging', ['lagging', 'lagging'], 1],
    ['none marked', [null, null], 1],
    ['no key results at all', [], 1],
  ])('%s → %d finding(s)', (_, indicators, expected) => {
    const o = objective(
      'Fractions',
      indicators.map((indicator, i) => kr(`k${i}`, { indicator })),
      3,
    );
    expect(leadingIndicatorRule({ plan: plan([o]), today: '2026-01-15' })).toHaveLength(expected);
  });

  it('names the objective and points at its cell', () => {
    const o = objective(
      'Students reason proportionally',
      [kr('Grade 7 test', { indicator: 'lagging', row: 6 })],
      6,
    );
    const [finding] = leadingIndicatorRule({
      plan: plan([o]),
      today: '2026-01-15',
      mapping: MAPPING,
    });
    expect(finding).toMatchObject({
      rule: 'leading-indicator',
      cell: "'Plan'!A7",
      place: { kind: 'objective', id: o.id },
    });
    expect(render('en', finding.message)).toContain(
      '"Students reason proportionally" has no leading key result',
    );
  });

  it('calls key results listed under no objective "(no objective)" in the reader’s language', () => {
    const none = { ...objective('x', [kr('Grade 7 test', { indicator: 'lagging' })]), title: null };
    const [finding] = leadingIndicatorRule({ plan: plan([none]), today: '2026-01-15' });
    expect(render('en', finding.message)).toBe(
      'Objective "(no objective)" has no leading key result; add one you can see change weekly.',
    );
    expect(render('fr', finding.message)).toBe(
      'L’objectif «\u00a0(sans objectif)\u00a0» n’a aucun résultat clé avancé\u202f; ajoutez-en un dont l’évolution se voit chaque semaine.',
    );
  });
});
