import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { isResourcesFirst, outcomesFirstRule } from '../../../shared/plan-health/outcomes-first';
import { MAPPING, kr, objective, plan } from './plan-builder';

describe('isResourcesFirst: a tool or activity with no outcome', () => {
  it.each([
    ['Implement Desmos in grade 8', true],
    ['Use Desmos', true],
    ['Purchase manipulatives for every classroom', true],
    ['Roll out the new math program', true],
    ['Buy iPads', true],
    ['Deploy number talks', true],
    ['Mettre en œuvre les routines de calcul mental', true],
    ['Acheter du matériel de manipulation', true],
    ['Utiliser Desmos', true],
    ['Implanter la plateforme NetMath', true],
    ['Implement number talks so students explain their reasoning', false],
    ['% of students using Desmos to model ratios', false],
    ['Increase the % of grade 6 students at level 3', false],
    ['Utiliser les tablettes pour améliorer la réussite des élèves', false],
    ['Classrooms using visual models', false],
    ['Co-planning cycles completed with grade 6-8 teachers', false],
  ])('%j → %j', (title, expected) => {
    expect(isResourcesFirst(title)).toBe(expected);
  });
});

describe('outcomesFirstRule', () => {
  it('flags objectives and key results, each at its own cell', () => {
    const p = plan([
      objective(
        'Roll out Desmos',
        [kr('Purchase licences', { row: 2 }), kr('% of students explaining reasoning', { row: 3 })],
        2,
      ),
    ]);
    const findings = outcomesFirstRule({ plan: p, today: '2026-01-15', mapping: MAPPING });
    expect(findings.map((f) => [f.place.kind, f.cell])).toEqual([
      ['objective', "'Plan'!A3"],
      ['key-result', "'Plan'!B3"],
    ]);
    expect(render('en', findings[1].message)).toBe(
      'Key result "Purchase licences" names a tool or activity, not the student outcome it serves.',
    );
  });
});
