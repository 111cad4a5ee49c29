// Goals written as SMART sentences: baseline, target, due date and direction come out of the
// sentence's phrases, never out of the other numbers it holds ("grade 4", "Tier 3", "3 to 5").
import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { readGoalSentence } from '../../../shared/reading/goal-sentence';
import { readPlan } from '../../../shared/read-plan';

describe('readGoalSentence', () => {
  it.each([
    [
      'By May 2026, the share of grade 4 students scoring proficient on the district benchmark will rise from 38% to 50%',
      { baseline: 38, target: 50, due: '2026-05-31', direction: 'increase', percent: true },
    ],
    [
      'Reduce chronic absence among grade 6 students to below 12% (2024-25: 19%) by the end of the year',
      { baseline: 19, target: 12, due: '2026-06-30', direction: 'decrease', percent: true },
    ],
    [
      "Faire passer de 41 % à 55 % la part des élèves de 3e à 5e année au niveau attendu d'ici juin 2026",
      { baseline: 41, target: 55, due: '2026-06-30', direction: 'increase', percent: true },
    ],
    [
      "D'ici la fin de l'année, réduire à moins de 10 % (2024-2025 : 14 %) le taux d'échec en 9e année",
      { baseline: 14, target: 10, due: '2026-06-30', direction: 'decrease', percent: true },
    ],
    [
      'Increase the share of grade 3 to 5 students meeting standard to 60% by June 30, 2026',
      { target: 60, due: '2026-06-30', direction: 'increase', percent: true },
    ],
    [
      'Raise the average rubric score from 2.4 to 3.2 by March 2027',
      { baseline: 2.4, target: 3.2, due: '2027-03-31', direction: 'increase' },
    ],
    [
      'Lower the number of Tier 3 referrals to fewer than 20 (currently 34) by April 2026',
      { baseline: 34, target: 20, due: '2026-04-30', direction: 'decrease' },
    ],
    ['Grade 3-5 students proficient on the state math assessment', {}],
    ['Classrooms using visual models (of 120 observed)', {}],
    ['Teacher math-knowledge survey average (1-5)', {}],
    ['Grade 8 students passing Algebra I by 2026', {}],
  ])('%s', (sentence, expected) => {
    expect(readGoalSentence(sentence, '2026-06-30')).toEqual(expected);
  });

  it('gives the values no column holds, and a progress column gives the current value', () => {
    const reading = readPlan([
      {
        name: 'Plan 2025-26',
        values: [
          ['Goal', 'SMART goal', 'Progress update (Jan)', 'Owner'],
          [
            'Proficiency',
            'By May 2026, the share of grade 4 students scoring proficient will rise from 38% to 50%',
            '44%',
            'A. Lee',
          ],
          [
            'Attendance',
            'Reduce chronic absence among grade 6 students to below 12% (2024-25: 19%) by the end of the year',
            '15%',
            'B. Roy',
          ],
        ],
      },
    ]);
    if (!reading.ok) throw new Error(render('en', reading.error.message));
    const krs = reading.plan.objectives.flatMap((o) =>
      o.keyResults.map((kr) => [kr.baseline, kr.current, kr.target, kr.due, kr.direction]),
    );
    expect(krs).toEqual([
      [38, 44, 50, '2026-05-31', 'increase'],
      [19, 15, 12, '2026-06-30', 'decrease'],
    ]);
  });
});
