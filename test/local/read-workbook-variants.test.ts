// Plans shaped like the fixtures but not equal to them: other wordings, column orders, French with
// section rows, merged cells, percent-formatted fractions next to points, footers. Each is built with
// exceljs, read back from disk and checked value by value.
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { readPlan } from '../../shared/read-plan';
import { paceKeyResult } from '../../shared/pacing';
import { writeWorkbook, type SheetSpec } from './read-workbook-helpers';

async function read(sheets: SheetSpec[]) {
  const file = await readWorkbookFile(await writeWorkbook('plan.xlsx', sheets));
  if (!file.ok) throw new Error(file.error.message);
  const reading = readPlan(file.sheets);
  if (!reading.ok) throw new Error(reading.error.message.en);
  return reading;
}

const summary = (reading: Awaited<ReturnType<typeof read>>) =>
  reading.plan.objectives.map((o) => ({
    objective: o.title,
    keyResults: o.keyResults.map((kr) => [
      kr.title,
      kr.indicator,
      kr.baseline,
      kr.target,
      kr.current,
      kr.direction,
      kr.owners.join('|'),
      kr.due,
    ]),
  }));

describe('plans laid out differently from the fixtures', () => {
  it('reads a French plan with section rows, reordered columns and other wordings', async () => {
    const reading = await read([
      {
        name: 'Lisez-moi',
        rows: [['Mode d’emploi'], ['Mettez à jour la colonne « À ce jour » chaque mois.']],
      },
      {
        name: 'Plan 2025-2026',
        rows: [
          ['Plan d’amélioration des mathématiques'],
          ['Notre vision : chaque élève raisonne mathématiquement.'],
          [],
          [
            'Indicateur',
            'Cible visée',
            'Départ',
            'À ce jour',
            'Nature',
            'Porteur du dossier',
            'Date limite',
          ],
          ['Objectif 1 : Améliorer le raisonnement proportionnel'],
          [
            'Élèves qui justifient leur démarche (%)',
            '60 %',
            '25 %',
            '40,5 %',
            'Avancé',
            'L. Côté et M. Roy',
            '30 juin 2026',
          ],
          ['Tâches riches co-planifiées', 40, 5, 12, 'avancé', 'M. Roy', '12/06/2026'],
          ['Objectif 2 : Réduire la proportion d’élèves sous le niveau 2'],
          [
            'Élèves sous le niveau 2 en 6e année',
            '18',
            '30',
            'n/d',
            'Retardé',
            'Bureau de la mesure',
            'juin 2026',
          ],
          ['Nombre total de résultats clés : 3'],
        ],
      },
    ]);
    expect(reading.plan.sheet).toBe('Plan 2025-2026');
    expect(reading.plan.vision).toBe('chaque élève raisonne mathématiquement.');
    expect(summary(reading)).toEqual([
      {
        objective: 'Améliorer le raisonnement proportionnel',
        keyResults: [
          [
            'Élèves qui justifient leur démarche (%)',
            'leading',
            25,
            60,
            40.5,
            'increase',
            'L. Côté|M. Roy',
            '2026-06-30',
          ],
          ['Tâches riches co-planifiées', 'leading', 5, 40, 12, 'increase', 'M. Roy', '2026-06-12'],
        ],
      },
      {
        objective: 'Réduire la proportion d’élèves sous le niveau 2',
        keyResults: [
          [
            'Élèves sous le niveau 2 en 6e année',
            'lagging',
            30,
            18,
            null,
            'decrease',
            'Bureau de la mesure',
            '2026-06-30',
          ],
        ],
      },
    ]);
  });

  it('reads percent-formatted fractions on the same scale as their neighbours, one scale per key result', async () => {
    const reading = await read([
      {
        name: 'Plan',
        rows: [
          [
            'Strategic Objective',
            'Metric',
            'Sept Baseline',
            'June Target',
            'Latest',
            'Lead Person',
            'Target Date',
            'Type',
          ],
          [
            'Students explain their reasoning',
            'Lessons with student explanation',
            0.25,
            60,
            42,
            'A; B',
            new Date(Date.UTC(2026, 5, 15)),
            'leading',
          ],
          ['', 'Grade 6 at level 3+', 0.22, 0.6, 0.41, 'C', '2026-06-30', 'lagging'],
          ['', 'Average survey score', 2.8, 3.5, '3,1', 'D', 'June 15, 2026', 'lead'],
          ['', 'Share of PLCs at high depth', 0.3, 0.6, 0.45, 'E', '15 June 2026', 'lead'],
          ['Total key results: 4'],
        ],
        formats: { C2: '0%', C3: '0%', D3: '0%', E3: '0.0%', G2: 'yyyy-mm-dd', E5: '0%' },
      },
    ]);
    const [objective] = reading.plan.objectives;
    expect(objective.title).toBe('Students explain their reasoning');
    expect(objective.keyResults.map((kr) => [kr.baseline, kr.target, kr.current])).toEqual([
      [25, 60, 42],
      [22, 60, 41],
      [2.8, 3.5, 3.1],
      [0.3, 0.6, 0.45],
    ]);
    expect(objective.keyResults.map((kr) => kr.due)).toEqual([
      '2026-06-15',
      '2026-06-30',
      '2026-06-15',
      '2026-06-15',
    ]);
    expect(objective.keyResults[0].owners).toEqual(['A', 'B']);
  });

  it('reads merged objective cells, a title row merged across and a blank row between objectives', async () => {
    const reading = await read([
      {
        name: 'Budget',
        rows: [
          ['Item', 'Cost', 'Owner', 'Due'],
          ['Desmos licences', 1200, 'IT', '2026-01-01'],
        ],
      },
      {
        name: 'Lists',
        rows: [
          ['Leading', 'Lagging'],
          ['Lead', 'Lag'],
        ],
      },
      {
        name: 'District plan',
        rows: [
          ['North District - Math Plan', null, null, null, null, null],
          [],
          [
            'Goal',
            'Key results',
            'Baseline (Sept 2025)',
            'Target (June 2026)',
            'Current value',
            'Due',
          ],
          [
            'Fluency with fractions',
            'Classrooms using number lines',
            '1 250',
            '2,500',
            '1,600',
            'June 2026',
          ],
          [null, 'Grade 5 students at standard', '40%', '55%', '-', '2026-06-30'],
          [],
          [
            'Teachers deepen content knowledge',
            'Teachers in math PD cycles',
            12,
            48,
            30,
            '2026-05-31',
          ],
          ['Last updated: 3 Nov 2025'],
        ],
        merges: ['A1:F1', 'A4:A5'],
      },
    ]);
    expect(reading.plan.sheet).toBe('District plan');
    expect(reading.plan.title).toBe('North District - Math Plan');
    expect(
      summary(reading).map((o) => [
        o.objective,
        o.keyResults.map((kr) => [kr[0], kr[2], kr[3], kr[4]]),
      ]),
    ).toEqual([
      [
        'Fluency with fractions',
        [
          ['Classrooms using number lines', 1250, 2500, 1600],
          ['Grade 5 students at standard', 40, 55, null],
        ],
      ],
      ['Teachers deepen content knowledge', [['Teachers in math PD cycles', 12, 48, 30]]],
    ]);
    const [first] = reading.plan.objectives[0].keyResults;
    const pace = paceKeyResult(first, '2026-01-15', []);
    expect([pace.progress, pace.status]).toEqual([0.28, 'at-risk']);
  });

  it('reads a sheet with no objective column, objectives given as lone section rows', async () => {
    const reading = await read([
      {
        name: 'KRs',
        rows: [
          ['Measure', 'Leading/Lagging', 'Start value', 'Goal value', 'Now', 'Owner', 'By when'],
          ['Students reason proportionally'],
          [
            'Classrooms using visual models',
            'Leading',
            30,
            90,
            54,
            'K. Diaz / PD team',
            '2026-06-19',
          ],
          ['Principals lead learning walks'],
          ['Walks completed', 'Leading', 4, 28, 11, 'Superintendent', '2026-06-19'],
          ['Notes: data from walkthrough tool'],
        ],
      },
    ]);
    expect(
      reading.plan.objectives.map((o) => [o.title, o.keyResults.map((kr) => kr.title)]),
    ).toEqual([
      ['Students reason proportionally', ['Classrooms using visual models']],
      ['Principals lead learning walks', ['Walks completed']],
    ]);
    expect(reading.plan.objectives[0].keyResults[0].owners).toEqual(['K. Diaz', 'PD team']);
  });
});
