import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord, School } from '../../../shared/records';
import { planHealth } from '../../../shared/plan-health';
import { unknownSchoolRule } from '../../../shared/plan-health/unknown-school';
import { kr, objective, plan } from './plan-builder';

const thePlan = plan([objective('O', [kr('Walks')])]);
const school = (name: string, row: number): School => ({
  name,
  practice: 'P',
  principal: '',
  coaches: ['C'],
  row,
});
const evidence = (schoolName: string, row: number): EvidenceRecord => ({
  id: `clip-${row}`,
  capturedAt: '2026-01-10',
  keyResultId: 'kr-Walks',
  keyResultTitle: 'Walks',
  school: schoolName,
  practice: '',
  type: 'observation',
  stage: null,
  quote: 'q',
  note: '',
  sourceTitle: '',
  sourceUrl: '',
  heading: '',
  coach: '',
  receivedAt: '',
  row,
});
const SCHOOLS = [school('Maple Elementary', 1), school('Oak Middle', 2)];

describe('unknownSchoolRule', () => {
  it('lists each school name the Schools tab lacks once, at its first evidence row, with how many rows name it', () => {
    const findings = unknownSchoolRule({
      plan: thePlan,
      today: '2026-01-15',
      schools: SCHOOLS,
      evidence: [
        evidence('maple elementary ', 1),
        evidence('Mapel Elementary', 2),
        evidence('', 3),
        evidence('Birch High', 4),
        evidence('mapel elementary', 5),
      ],
    });
    expect(findings.map((f) => [f.rule, f.severity, f.place.name, f.cell])).toEqual([
      ['unknown-school', 'warning', 'Mapel Elementary', "'Evidence'!E3"],
      ['unknown-school', 'warning', 'Birch High', "'Evidence'!E5"],
    ]);
    expect(render('en', findings[0].message)).toBe(
      'Evidence names school "Mapel Elementary" (first on row 3; 2 in all), which is not in the Schools tab: the Dashboard counts it for no school. Add the school to the Schools tab or correct the name on the evidence.',
    );
    expect(render('fr', findings[1].message)).toBe(
      'Des preuves nomment l’école «\u00a0Birch High\u00a0» (d’abord à la ligne 5\u202f; 1 en tout), qui n’est pas dans l’onglet Écoles\u00a0: le tableau de bord ne les compte pour aucune école. Ajoutez l’école à l’onglet Écoles ou corrigez le nom sur les preuves.',
    );
  });

  it('stays quiet when the workbook has no Schools tab, and is part of Plan health', () => {
    const input = { plan: thePlan, today: '2026-01-15', evidence: [evidence('Birch High', 1)] };
    expect(unknownSchoolRule(input)).toEqual([]);
    expect(planHealth({ ...input, schools: SCHOOLS }).map((f) => f.rule)).toContain(
      'unknown-school',
    );
  });
});
