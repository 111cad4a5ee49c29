import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { focusRule } from '../../../shared/plan-health/focus';
import { MAPPING, kr, objective, plan } from './plan-builder';

describe('focusRule: more than three objectives', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [7, 1],
  ])('%d objectives → %d finding(s)', (count, findings) => {
    const objectives = Array.from({ length: count }, (_, i) =>
      objective(`O${i}`, [kr(`k${i}`, { row: i + 1 })], i + 1),
    );
    expect(focusRule({ plan: plan(objectives), today: '2026-01-15' })).toHaveLength(findings);
  });

  it('says how many and points at the fourth objective', () => {
    const objectives = Array.from({ length: 5 }, (_, i) =>
      objective(`O${i}`, [kr(`k${i}`, { row: i + 1 })], i + 1),
    );
    const [finding] = focusRule({ plan: plan(objectives), today: '2026-01-15', mapping: MAPPING });
    expect(finding).toMatchObject({ rule: 'focus', severity: 'warning', cell: "'Plan'!A5" });
    expect(render('en', finding.message)).toBe(
      'The plan has 5 objectives. Doing less, better: keep 3 or fewer.',
    );
    expect(render('fr', finding.message)).toContain('5 objectifs');
  });
});
