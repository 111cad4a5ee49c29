// Every header wording the issue lists, in a whole table (so the column's content takes part in
// the mapping): each one lands on its field, in a plan otherwise worded the usual way.
import { render } from '../../shared/i18n';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { readPlan, type PlanField } from '../../shared/read-plan';
import { PLAN_FIELDS } from '../../shared/reading/plan-fields';

const FIELDS: PlanField[] = PLAN_FIELDS;
const DEFAULT_HEADERS = [
  'Objective',
  'Key result',
  'Leading or lagging',
  'Baseline',
  'Target',
  'Current',
  'Unit',
  'Owner',
  'Start',
  'Due',
];
const ROWS: CellValue[][] = [
  [
    'Students reason',
    'Students at level 3+',
    'Lagging',
    40,
    60,
    47,
    '%',
    'A. Lee; B. Moss',
    '2025-09-01',
    '2026-06-30',
  ],
  [
    'Students reason',
    'Classrooms with daily discourse',
    'Leading',
    10,
    40,
    22,
    'classrooms',
    'B. Moss',
    '2025-10-01',
    '2026-05-31',
  ],
];

const WORDINGS: Array<[PlanField, string[]]> = [
  [
    'objective',
    [
      'Goal',
      'Strategic Objective',
      'Objectif',
      'But',
      'Objectifs stratégiques',
      'SMART goal',
      'Focus area',
      'Priorité',
    ],
  ],
  [
    'keyResult',
    [
      'Measure',
      'Metric',
      'Indicator',
      'Indicateur',
      'Résultat clé',
      'Key Results (KR)',
      'KPI',
      'Success measure',
      'Mesure',
    ],
  ],
  [
    'indicator',
    [
      'Type',
      'Nature',
      "Type d'indicateur",
      'Leading/Lagging',
      'Lead or lag',
      'Indicator type',
      'Avancé ou retardé',
      'Process / outcome',
      'Implementation or impact',
      'Processus ou résultat',
      'Mise en œuvre / impact',
    ],
  ],
  [
    'baseline',
    [
      'Sept Baseline',
      'Start value',
      'Point de départ',
      'Départ',
      'Baseline (Sept 2025)',
      'Valeur de départ',
      'Starting point',
    ],
  ],
  [
    'target',
    [
      'June Target',
      'Goal value',
      'Cible',
      'Cible visée',
      'Target (June 2026)',
      'End of year target',
      'Valeur cible',
    ],
  ],
  [
    'current',
    [
      'Now',
      'Latest',
      'Actual to date',
      'Résultat actuel',
      'Valeur actuelle',
      'Most recent',
      'Current (Jan)',
      'Résultat',
    ],
  ],
  ['unit', ['Unit', 'Unité', 'Units', 'Unité de mesure']],
  [
    'owner',
    [
      'Lead Person',
      'Responsible',
      'Responsable',
      'Owner(s)',
      'Person responsible',
      'Porteur',
      'Who',
    ],
  ],
  ['start', ['Start', 'Début', 'Start date', 'Date de début']],
  [
    'due',
    [
      'By when',
      'Target Date',
      'Échéance',
      'Due date',
      'Deadline',
      'Échéancier',
      'Date limite',
      'Timeline',
    ],
  ],
];

describe('header wordings in a whole plan table', () => {
  const cases = WORDINGS.flatMap(([field, wordings]) =>
    wordings.map((wording) => [field, wording] as const),
  );
  it.each(cases)('%s ← "%s"', (field, wording) => {
    const col = FIELDS.indexOf(field);
    const headers = DEFAULT_HEADERS.map((header, c) => (c === col ? wording : header));
    const reading = readPlan([{ name: 'Plan', values: [headers, ...ROWS] }]);
    if (!reading.ok) throw new Error(render('en', reading.error.message));
    expect(reading.map.columns).toEqual(Object.fromEntries(FIELDS.map((f, c) => [f, c])));
    expect(
      reading.plan.objectives[0].keyResults.map((kr) => [
        kr.indicator,
        kr.baseline,
        kr.target,
        kr.current,
        kr.owners.length,
        kr.due,
      ]),
    ).toEqual([
      ['lagging', 40, 60, 47, 2, '2026-06-30'],
      ['leading', 10, 40, 22, 1, '2026-05-31'],
    ]);
  });
});

describe('wordings that share a word, side by side in one header', () => {
  it.each([
    ['"Goal" and "Goal value"', { objective: 'Goal', target: 'Goal value' }],
    ['"Target" and "Target Date"', { target: 'Target', due: 'Target Date' }],
    ['"Lead" and "Lead/Lag"', { owner: 'Lead', indicator: 'Lead/Lag' }],
    ['"Start value" and "Start"', { baseline: 'Start value', start: 'Start' }],
    [
      '"Indicateur" and "Type d\'indicateur"',
      { keyResult: 'Indicateur', indicator: "Type d'indicateur" },
    ],
    ['"Mesure" and "Unité de mesure"', { keyResult: 'Mesure', unit: 'Unité de mesure' }],
    ['"Indicator" and "Type"', { keyResult: 'Indicator', indicator: 'Type' }],
    [
      '"Objectif" and "Cible visée" and "Résultat actuel"',
      { objective: 'Objectif', target: 'Cible visée', current: 'Résultat actuel' },
    ],
  ] as Array<[string, Partial<Record<PlanField, string>>]>)('%s', (_, wordings) => {
    const headers = DEFAULT_HEADERS.map((header, c) => wordings[FIELDS[c]] ?? header);
    const reading = readPlan([{ name: 'Plan', values: [headers, ...ROWS] }]);
    if (!reading.ok) throw new Error(render('en', reading.error.message));
    expect(reading.map.columns).toEqual(Object.fromEntries(FIELDS.map((f, c) => [f, c])));
    expect(reading.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('an objective column whose header cell is blank', () => {
  const read = (rows: CellValue[][]) => {
    const reading = readPlan([{ name: 'Plan', values: rows }]);
    if (!reading.ok) throw new Error(render('en', reading.error.message));
    return reading;
  };

  it('reads the words left of the key results as objectives, and says so', () => {
    const reading = read([
      [null, 'Key result', 'Baseline', 'Target', 'Current', 'Due'],
      ['Students reason', 'kr1', 1, 2, 1, '2026-06-30'],
      [null, 'kr2', 1, 2, 1, '2026-06-30'],
      ['Students persevere', 'kr3', 1, 2, 1, '2026-06-30'],
    ]);
    expect(
      reading.plan.objectives.map((o) => [o.title, o.keyResults.map((kr) => kr.title)]),
    ).toEqual([
      ['Students reason', ['kr1', 'kr2']],
      ['Students persevere', ['kr3']],
    ]);
    expect(reading.diagnostics.map((d) => `${d.code} ${d.cell}`)).toEqual([
      "objective-column-without-header 'Plan'!A1",
    ]);
  });

  it('skips a numbered ID column and never takes a column of numbers', () => {
    expect(
      read([
        ['ID', null, 'Key result', 'Baseline', 'Target'],
        ['1.1', 'Students reason', 'kr1', 1, 2],
      ]).map.columns.objective,
    ).toBe(1);
    expect(
      read([
        [null, 'Key result', 'Baseline', 'Target'],
        [1, 'kr1', 1, 2],
        [2, 'kr2', 1, 2],
      ]).map.columns.objective,
    ).toBeUndefined();
  });
});
