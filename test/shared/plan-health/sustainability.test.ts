import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { School } from '../../../shared/records';
import {
  schoolWithoutCoachRule,
  singleOwnerRule,
} from '../../../shared/plan-health/sustainability';
import { MAPPING, kr, objective, plan } from './plan-builder';

describe('singleOwnerRule', () => {
  it.each<[string[], string | null]>([
    [['M. Tremblay', 'J. Singh'], null],
    [['J. Singh'], 'info'],
    [[], 'warning'],
  ])('owners %j → %j', (owners, severity) => {
    const findings = singleOwnerRule({
      plan: plan([objective('O', [kr('Walks', { owners, row: 4 })])]),
      today: '2026-01-15',
      mapping: MAPPING,
    });
    expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(findings[0].cell).toBe("'Plan'!G5");
  });

  it('names the one owner', () => {
    const [finding] = singleOwnerRule({
      plan: plan([objective('O', [kr('Walks', { owners: ['Superintendent'] })])]),
      today: '2026-01-15',
    });
    expect(render('en', finding.message)).toBe(
      'Key result "Walks" rests on one owner (Superintendent); name a second person.',
    );
  });
});

describe('schoolWithoutCoachRule', () => {
  const school = (name: string, coaches: string[], row: number): School => ({
    name,
    practice: 'Using representations',
    principal: 'P',
    coaches,
    row,
  });

  it('flags schools with no coach, at their Coach cell', () => {
    const findings = schoolWithoutCoachRule({
      plan: plan([]),
      today: '2026-01-15',
      schools: [school('Champlain', ['J. Singh'], 1), school('Riverside Middle', [], 4)],
      tabNames: { schools: 'Écoles' },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'sustainability',
      cell: "'Écoles'!D5",
      place: { kind: 'school', name: 'Riverside Middle' },
    });
    expect(render('fr', findings[0].message)).toContain('Riverside Middle');
  });

  it('says nothing when no schools were given', () => {
    expect(schoolWithoutCoachRule({ plan: plan([]), today: '2026-01-15' })).toEqual([]);
  });
});
