import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord, School, Support } from '../../../shared/records';
import {
  keyResultWithoutEvidenceRule,
  schoolWithoutEvidenceRule,
  schoolWithoutPracticeRule,
  servesObjective,
  supportWithoutObjectiveRule,
} from '../../../shared/plan-health/alignment';
import { kr, objective, plan } from './plan-builder';

const school = (name: string, practice = 'Using representations', row = 1): School => ({
  name,
  practice,
  principal: '',
  coaches: ['C'],
  row,
});
const support = (title: string, objectiveServed: string, row = 1): Support => ({
  kind: 'pd',
  title,
  start: null,
  end: null,
  objective: objectiveServed,
  schools: [],
  facilitator: '',
  status: 'planned',
  row,
});
const evidence = (keyResultId: string, schoolName: string, capturedAt: string): EvidenceRecord => ({
  id: `clip-${keyResultId}-${capturedAt}`,
  capturedAt,
  keyResultId,
  keyResultTitle: '',
  school: schoolName,
  practice: '',
  type: 'observation',
  stage: null,
  quote: '',
  note: '',
  sourceTitle: '',
  sourceUrl: '',
  heading: '',
  coach: '',
  receivedAt: capturedAt,
  row: 1,
});

const thePlan = plan([
  objective('Deepen conceptual understanding of fractions', [
    kr('Lessons with reasoning'),
    kr('Grade 6 test', { indicator: 'lagging' }),
  ]),
  objective('Principals lead math learning walks', [kr('Walks')]),
]);

describe('schoolWithoutPracticeRule', () => {
  it('flags schools with no selected practice at their Practice cell', () => {
    const findings = schoolWithoutPracticeRule({
      plan: thePlan,
      today: '2026-01-15',
      schools: [school('A'), school('B', '', 3)],
    });
    expect(findings.map((f) => [f.place.name, f.cell])).toEqual([['B', "'Schools'!B4"]]);
  });
});

describe('servesObjective', () => {
  it.each([
    ['Deepen conceptual understanding of fractions', true],
    ['deepen conceptual understanding', true],
    ['Objective 2', true],
    ['2', true],
    ['Objective 3', false],
    ['Family math nights', false],
    ['', false],
  ])('%j → %j', (text, expected) => {
    expect(servesObjective(text, thePlan.objectives)).toBe(expected);
  });
});

describe('supportWithoutObjectiveRule', () => {
  it('flags supports tied to no objective or to one the plan does not have', () => {
    const findings = supportWithoutObjectiveRule({
      plan: thePlan,
      today: '2026-01-15',
      supports: [
        support('Fractions PD Day 1', 'Deepen conceptual understanding of fractions'),
        support('PLC routine', '', 2),
        support('Coding club', 'Robotics', 3),
      ],
    });
    expect(findings.map((f) => [f.place.name, f.cell])).toEqual([
      ['PLC routine', "'Supports'!E3"],
      ['Coding club', "'Supports'!E4"],
    ]);
    expect(render('en', findings[1].message)).toBe(
      'Support "Coding club" serves "Robotics", which is not an objective of the plan.',
    );
  });
});

describe('evidence in the last 30 days', () => {
  const input = (records: EvidenceRecord[]) => ({
    plan: thePlan,
    today: '2026-01-15',
    schools: [school('Lakeshore'), school('Champlain')],
    evidence: records,
  });

  it('flags leading key results and schools with no recent evidence', () => {
    const records = [
      evidence('kr-Lessons with reasoning', 'Lakeshore', '2026-01-10T09:00:00Z'),
      evidence('kr-Walks', 'Champlain', '2025-11-01'),
    ];
    expect(keyResultWithoutEvidenceRule(input(records)).map((f) => f.place.name)).toEqual([
      'Walks',
    ]);
    expect(schoolWithoutEvidenceRule(input(records)).map((f) => f.place.name)).toEqual([
      'Champlain',
    ]);
  });

  it('counts evidence exactly 30 days old as recent', () => {
    const records = [
      evidence('kr-Lessons with reasoning', 'Lakeshore', '2025-12-16'),
      evidence('kr-Walks', 'Champlain', '2025-12-16'),
    ];
    expect(keyResultWithoutEvidenceRule(input(records))).toEqual([]);
  });

  it('stays quiet until the workbook has any evidence', () => {
    expect(keyResultWithoutEvidenceRule(input([]))).toEqual([]);
    expect(schoolWithoutEvidenceRule(input([]))).toEqual([]);
  });
});
