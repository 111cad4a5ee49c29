import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../../../shared/plan-schema';
import { measurableRule } from '../../../shared/plan-health/measurable';
import { MAPPING, kr, objective, plan } from './plan-builder';

describe('measurableRule: baseline, target and due date', () => {
  it.each<[Partial<KeyResult>, string | null, string | null]>([
    [{}, null, null],
    [{ baseline: null }, 'baseline', "'Plan'!D3"],
    [{ target: null, due: null }, 'target, due date', "'Plan'!E3"],
    [{ baseline: null, target: null, due: null }, 'baseline, target, due date', "'Plan'!D3"],
    [{ current: null }, null, null],
  ])('%j → missing %j at %j', (overrides, missing, cell) => {
    const findings = measurableRule({
      plan: plan([objective('O', [kr('Walks', { row: 2, ...overrides })])]),
      today: '2026-01-15',
      mapping: MAPPING,
    });
    if (missing === null) return expect(findings).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(render('en', findings[0].message)).toBe(`Key result "Walks" is missing: ${missing}.`);
    expect(findings[0].cell).toBe(cell);
  });

  it('names the missing fields in French too', () => {
    const [finding] = measurableRule({
      plan: plan([objective('O', [kr('Marches', { baseline: null, due: null })])]),
      today: '2026-01-15',
    });
    expect(render('fr', finding.message)).toBe(
      'Il manque au résultat clé «\u00a0Marches\u00a0»\u00a0: point de départ, échéance.',
    );
  });
});
