// Plans shaped like real district plans but unlike the three fixtures (see unseen-plan-workbooks.ts),
// written as .xlsx with exceljs and read through the real CLI: the reading a coordinator expects,
// key result by key result, on 2026-01-15 unless said otherwise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../local/cli/cli-inspect';
import { writeWorkbook } from './read-workbook-helpers';
import {
  cedarTextDates,
  fiveObjectives,
  harborTabs,
  lakeshoreMerged,
  laurentidesNature,
  namedLikeDashboard,
  oakSections,
  pinecrestShuffled,
  benchmarkWindows,
  blocksWithRepeatedHeader,
  frenchDatedCurrent,
  frenchFractions,
  oneColumnOutline,
  readMeWithExample,
  riviereDuNord,
  smartGoals,
  summitDeepHeader,
  twoYears,
  westbrook,
  type UnseenPlan,
} from './unseen-plan-workbooks';

interface ReportKeyResult {
  title: string;
  indicator: string | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  direction: string | null;
  progress: number | null;
  status: string;
  owners: string[];
  due: string | null;
}
interface Report {
  sheet: string;
  objectives: Array<{ title: string; keyResults: ReportKeyResult[] }>;
  findings: Array<{ rule: string; severity: string; cell: string | null }>;
  diagnostics: Array<{ severity: string; code: string; cell: string | null }>;
}

/** One key result as a coordinator checks it: title, kind, baseline → current → target, way, progress, status, owners, due. */
type Row = [
  string,
  string | null,
  string,
  string | null,
  number | null,
  string,
  string,
  string | null,
];

async function report(plan: UnseenPlan, today = '2026-01-15'): Promise<Report> {
  const path = await writeWorkbook(plan.file, plan.sheets);
  const result = await inspect({ file: path, today, json: true, locale: 'en' });
  if (!result.ok) throw new Error(result.message);
  return JSON.parse(result.output) as Report;
}

function rows(report: Report): Array<[string, Row[]]> {
  return report.objectives.map((o) => [
    o.title,
    o.keyResults.map(
      (kr): Row => [
        kr.title,
        kr.indicator,
        `${kr.baseline} → ${kr.current} → ${kr.target}`,
        kr.direction,
        kr.progress,
        kr.status,
        kr.owners.join(' | '),
        kr.due,
      ],
    ),
  ]);
}

const warnings = (r: Report) =>
  r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.cell}`);
const rules = (r: Report) => r.findings.map((f) => `${f.rule} ${f.cell}`);

describe('unseen plans read as a coordinator expects', () => {
  it('Westbrook: ID, Notes and Status columns, "Strategic Objective / Metric / Sept Baseline / June Target / Latest / Lead Person / By when"', async () => {
    const r = await report(westbrook);
    expect(r.sheet).toBe('Math Plan 25-26');
    expect(rows(r)).toEqual([
      [
        'Grade 8 students reach proficiency in algebra',
        [
          [
            '% of grade 8 students proficient on the district algebra benchmark',
            'lagging',
            '34 → 41 → 50',
            'increase',
            0.4375,
            'on-track',
            'A. Reyes | B. Chen',
            '2026-06-12',
          ],
          [
            'Classrooms observed using worked examples weekly',
            'leading',
            '12 → 30 → 40',
            'increase',
            0.6429,
            'on-track',
            'B. Chen',
            '2026-05-29',
          ],
        ],
      ],
      [
        'Students explain their reasoning in writing',
        [
          [
            'Average rubric score on written explanations (1-4)',
            'lagging',
            '1.8 → 2 → 2.8',
            'increase',
            0.2,
            'off-track',
            'M. Okafor',
            '2026-06-12',
          ],
          [
            'Teachers attending monthly PLC on discourse',
            'leading',
            '20 → 60 → 60',
            'increase',
            1,
            'achieved',
            'M. Okafor | L. Park',
            '2026-03-31',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('Westbrook later in the year: the same values paced on 2026-03-01 fall behind', async () => {
    const r = await report(westbrook, '2026-03-01');
    expect(r.objectives.flatMap((o) => o.keyResults.map((kr) => kr.status))).toEqual([
      'at-risk',
      'on-track',
      'off-track',
      'achieved',
    ]);
  });

  it('Rivière-du-Nord: French section rows "Objectif 1 : …", "18,5 %"-style values, "1 250", French and numeric dates, a decreasing key result', async () => {
    const r = await report(riviereDuNord);
    expect(rows(r)).toEqual([
      [
        'Les élèves du 2e cycle résolvent des problèmes à plusieurs étapes',
        [
          [
            'Taux de réussite à l’épreuve de résolution de problèmes',
            'lagging',
            '62 → 66.5 → 75',
            'increase',
            0.3462,
            'at-risk',
            'C. Bouchard | É. Nadeau',
            '2026-06-30',
          ],
          [
            'Classes utilisant la démarche de résolution commune',
            'leading',
            '8 → 21 → 30',
            'increase',
            0.5909,
            'on-track',
            'É. Nadeau',
            '2026-06-30',
          ],
        ],
      ],
      [
        'Réduire l’écart en numératie des élèves HDAA',
        [
          [
            'Proportion d’élèves HDAA sous le seuil de réussite',
            'lagging',
            '38 → 31 → 25',
            'decrease',
            0.5385,
            'on-track',
            'S. Gagnon | M. Roy',
            '2026-06-15',
          ],
          [
            'Heures d’accompagnement en classe par les conseillers',
            'leading',
            '1250 → 1610 → 2000',
            'increase',
            0.48,
            'on-track',
            'M. Roy',
            '2026-05-31',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('Lakeshore: merged "Goal" cells, "Measure / Start value / Goal value / Now", percent-formatted fractions read as points', async () => {
    const r = await report(lakeshoreMerged);
    expect(rows(r)).toEqual([
      [
        'All students grow one year in number sense',
        [
          [
            'Students at or above grade level on i-Ready (fall to spring)',
            null,
            '41 → 47 → 55',
            'increase',
            0.4286,
            'on-track',
            'R. Alvarez',
            '2026-06-05',
          ],
          [
            'Number talks held per week in grades K-5',
            null,
            '2 → 3 → 5',
            'increase',
            0.3333,
            'off-track',
            'Elementary coaches | R. Alvarez',
            '2026-03-31',
          ],
          [
            'Students below level 2 in grade 3',
            null,
            '22 → 21 → 12',
            'decrease',
            0.1,
            'off-track',
            'J. Kim',
            '2026-06-05',
          ],
        ],
      ],
      [
        'Middle school students succeed in Algebra I',
        [
          [
            'Grade 8 Algebra I pass rate',
            null,
            '58 → 70 → 70',
            'increase',
            1,
            'achieved',
            'T. Nguyen',
            '2026-06-05',
          ],
          [
            'Algebra I teachers in lesson study',
            null,
            '4 → null → 12',
            'increase',
            null,
            'no-data',
            'T. Nguyen',
            '2026-04-30',
          ],
        ],
      ],
    ]);
    expect(rules(r).filter((rule) => rule.startsWith('leading-indicator'))).toEqual([
      "leading-indicator 'Goals'!A3",
      "leading-indicator 'Goals'!A6",
    ]);
  });

  it('Pinecrest: shuffled columns, blank objective cells meaning "same as above", a 39% cell beside "45%" text, "1,250", "June 2026", "-"', async () => {
    const r = await report(pinecrestShuffled);
    expect(rows(r)).toEqual([
      [
        'Raise achievement in grades 6-8',
        [
          [
            'Grade 6 students meeting standard on state test',
            'lagging',
            '32 → 39 → 45',
            'increase',
            0.5385,
            'on-track',
            'D. Moreau | K. Lee',
            '2026-06-30',
          ],
          [
            'Teachers using the new unit assessments',
            'leading',
            '6 → 18 → 24',
            'increase',
            0.6667,
            'on-track',
            'K. Lee',
            '2026-02-27',
          ],
        ],
      ],
      [
        'Build productive practice habits',
        [
          [
            'Students completing 30 min of practice weekly',
            'leading',
            '900 → 1250 → 2400',
            'increase',
            0.2333,
            'at-risk',
            'P. Santos',
            '2026-06-30',
          ],
          [
            'Practice completion rate',
            'lagging',
            '55 → null → 80',
            'increase',
            null,
            'no-data',
            'P. Santos | D. Moreau',
            null,
          ],
        ],
      ],
    ]);
    expect(rules(r)).toContain("measurable 'Sheet1'!B5");
  });

  it('Harbor: the plan tab wins over "Read me", "Instructions", "Budget" and "Lists"', async () => {
    const r = await report(harborTabs);
    expect(r.sheet).toBe('District Plan');
    expect(rows(r)).toEqual([
      [
        'Students persevere in problem solving',
        [
          [
            'Students scoring 3+ on the problem-solving task',
            'lagging',
            '45 → 52 → 65',
            'increase',
            0.35,
            'at-risk',
            'H. Ortiz | W. Brooks',
            '2026-06-15',
          ],
          [
            'Classrooms with daily rich tasks',
            'leading',
            '10 → 24 → 35',
            'increase',
            0.56,
            'on-track',
            'W. Brooks',
            '2026-04-15',
          ],
        ],
      ],
    ]);
  });

  it('a "Read me" tab placed first with the plan\'s whole header and an example row still loses to the plan', async () => {
    const r = await report(readMeWithExample);
    expect(r.sheet).toBe('Plan');
    expect(r.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.title, kr.status]))).toEqual([
      ['Students at level 3+ on the reasoning task', 'on-track'],
      ['Lessons with a student-led discussion', 'at-risk'],
    ]);
  });

  it('Summit: header on row 15 under a long vision paragraph, "Goal / Indicator / Actual to date / Lead / Deadline", US dates', async () => {
    const r = await report(summitDeepHeader);
    expect(rows(r)).toEqual([
      [
        'Students reason and model with mathematics',
        [
          [
            'Students proficient on the modeling performance task',
            null,
            '38 → 44 → 55',
            'increase',
            0.3529,
            'on-track',
            'G. Hall',
            '2026-06-30',
          ],
          [
            'Coaching cycles completed with grade 4-5 teachers',
            null,
            '6 → 15 → 24',
            'increase',
            0.5,
            'on-track',
            'Coaches | G. Hall',
            '2026-05-15',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('Maple Valley: five objectives raise the focus finding; owners split on ";", "and", ",", "/"; fewer absences is a decrease', async () => {
    const r = await report(fiveObjectives);
    expect(r.objectives).toHaveLength(5);
    expect(r.findings[0]).toMatchObject({ rule: 'focus', severity: 'warning' });
    expect(r.objectives.map((o) => o.keyResults[0].owners)).toEqual([
      ['A. Diaz', 'B. Ford'],
      ['C. Grant', 'D. Hsu'],
      ['E. Ivanova'],
      ['F. Jones', 'G. Kaur'],
      ['H. Li', 'I. Mendez'],
    ]);
    expect(rows(r)[1][1]).toEqual([
      [
        'Students chronically absent from math',
        'lagging',
        '18 → 12 → 10',
        'decrease',
        0.75,
        'on-track',
        'C. Grant | D. Hsu',
        '2026-06-30',
      ],
    ]);
    expect(r.objectives.map((o) => o.keyResults[0].status)).toEqual([
      'on-track',
      'on-track',
      'off-track',
      'achieved',
      'off-track',
    ]);
  });

  it('Laurentides: "But / Indicateur / Nature / Unité / Départ / Valeur actuelle / Début / Échéance", merged "But" cells, "n/a"', async () => {
    const r = await report(laurentidesNature);
    expect(r.sheet).toBe('Suivi du plan');
    expect(rows(r)).toEqual([
      [
        'Augmenter la réussite en mathématique de 4e secondaire',
        [
          [
            'Taux de réussite en mathématique CST 4e secondaire',
            'lagging',
            '71.2 → 73.4 → 78',
            'increase',
            0.3235,
            'at-risk',
            'Direction des services éducatifs',
            '2026-06-30',
          ],
          [
            'Enseignants formés à l’enseignement explicite',
            'leading',
            '15 → 27 → 45',
            'increase',
            0.4,
            'at-risk',
            'J. Lavoie | A. Côté',
            '2026-04-30',
          ],
        ],
      ],
      [
        'Développer le raisonnement mathématique au primaire',
        [
          [
            'Élèves de 6e année à 70 % et plus en raisonnement',
            'lagging',
            '18.5 → null → 30',
            'increase',
            null,
            'no-data',
            'A. Côté',
            '2026-06-30',
          ],
        ],
      ],
    ]);
    expect(warnings(r)).toEqual([]);
  });

  it('Cedar Grove: "Focus Area / Key Results / Start / Timeline", a blank column, "May 2026" and "December 2025" as month ends', async () => {
    const r = await report(cedarTextDates);
    expect(rows(r)).toEqual([
      [
        'Number sense K-2',
        [
          [
            'K-2 students at benchmark on the number sense screener',
            null,
            '55 → 63 → 70',
            'increase',
            0.5333,
            'on-track',
            'Primary coach',
            '2026-05-31',
          ],
          [
            'K-2 teachers using daily number routines',
            null,
            '9 → null → 36',
            'increase',
            null,
            'no-data',
            'Primary coach | principal',
            '2025-12-31',
          ],
        ],
      ],
      [
        'Fractions 3-5',
        [
          [
            'Students scoring proficient on fractions unit test',
            null,
            '48 → 61 → 60',
            'increase',
            1,
            'achieved',
            'Intermediate coach',
            '2026-06-30',
          ],
        ],
      ],
    ]);
    expect(warnings(r)).toEqual([]);
  });

  it('Oak Ridge: "Goal 1 - …" section rows over a table with no objective column, "Lead or lag", "Owner(s)"', async () => {
    const r = await report(oakSections);
    expect(rows(r)).toEqual([
      [
        'Every student masters grade-level ratios and proportions',
        [
          [
            'Grade 7 ratio benchmark average',
            'lagging',
            '61 → 64 → 72',
            'increase',
            0.2727,
            'at-risk',
            'N. Patel',
            '2026-06-10',
          ],
          [
            'Teachers co-planning ratio units',
            'leading',
            '3 → 9 → 15',
            'increase',
            0.5,
            'at-risk',
            'N. Patel | coach team',
            '2026-03-20',
          ],
        ],
      ],
      [
        'Fewer students need Tier 3 math intervention',
        [
          [
            'Students in Tier 3 math intervention',
            'lagging',
            '140 → 118 → 100',
            'decrease',
            0.55,
            'on-track',
            'O. Quinn',
            '2026-06-10',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('more unseen wordings', () => {
  it('SMART goals: a "Current Status" column of words does not compete with "Current (as of Jan)"; "06/2026" and "Jun-26" are June 30', async () => {
    const r = await report(smartGoals);
    expect(rows(r)).toEqual([
      [
        'Improve fraction understanding',
        [
          [
            'KR 1.1 – Grade 5 fraction benchmark',
            'lagging',
            '40 → 47 → 60',
            'increase',
            0.35,
            'at-risk',
            'Mme Lévesque | M. Roy',
            '2026-06-30',
          ],
          [
            'KR 1.2 – Teachers using number lines',
            'leading',
            '5 → 11 → 20',
            'increase',
            0.4,
            'on-track',
            'M. Roy',
            '2026-06-30',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('French "Résultat (janvier)" is the current value; a row of percent-formatted fractions reads in points', async () => {
    const r = await report(frenchFractions);
    expect(rows(r)).toEqual([
      [
        'Numératie',
        [
          [
            'Élèves en réussite en numératie',
            'lagging',
            '62 → 66 → 75',
            'increase',
            0.3077,
            'at-risk',
            'Équipe-école | CP',
            '2026-06-30',
          ],
          [
            'Ateliers de numératie offerts aux enseignants',
            'leading',
            '2 → 5 → 10',
            'increase',
            0.375,
            'off-track',
            'CP',
            '2026-03-31',
          ],
        ],
      ],
    ]);
    expect(warnings(r)).toEqual([]);
  });

  it('French "Valeur au 15 janvier" is the current value; a start date shortens the period; "(avancé)" in a title', async () => {
    const r = await report(frenchDatedCurrent);
    expect(rows(r)).toEqual([
      [
        'Numératie',
        [
          [
            'RC 1.1 Élèves en réussite',
            null,
            '62 → 66 → 75',
            'increase',
            0.3077,
            'on-track',
            'I. Morin | P. Girard',
            '2026-06-19',
          ],
          [
            'RC 1.2 Classes observées (avancé)',
            'leading',
            '4 → 9 → 20',
            'increase',
            0.3125,
            'at-risk',
            'P. Girard',
            '2026-05-29',
          ],
        ],
      ],
      [
        'Littératie mathématique',
        [
          [
            'RC 2.1 Élèves lisant un problème',
            null,
            '50 → 49 → 65',
            'increase',
            0,
            'off-track',
            'I. Morin',
            '2026-06-15',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['current-from-periods']);
  });

  it("this year's plan tab wins over last year's, even with fewer rows", async () => {
    const r = await report(twoYears);
    expect(r.sheet).toBe('2025-26 Plan');
    expect(rows(r)).toEqual([
      [
        'Problem solving',
        [
          [
            'Grade 5 problem-solving task at level 3+',
            null,
            '44 → 50 → 60',
            'increase',
            0.375,
            'on-track',
            'A. Lee | B. Moss',
            '2026-06-30',
          ],
        ],
      ],
    ]);
  });
});

describe('plans laid out as blocks or outlines', () => {
  it('Granite: "Objective 1: …" above a header repeated for every block', async () => {
    const r = await report(blocksWithRepeatedHeader);
    expect(rows(r)).toEqual([
      [
        'Students reason about fractions',
        [
          [
            'Fraction benchmark proficiency',
            null,
            '42 → 48 → 60',
            'increase',
            0.3333,
            'at-risk',
            'A. Berg | T. Cole',
            '2026-06-30',
          ],
          [
            'Lessons using fraction strips (leading)',
            'leading',
            '10 → 22 → 40',
            'increase',
            0.4,
            'at-risk',
            'T. Cole',
            '2026-04-30',
          ],
        ],
      ],
      [
        'Fewer students below level 2',
        [
          [
            'Students below level 2 (lagging)',
            'lagging',
            '30 → 27 → 20',
            'decrease',
            0.3,
            'at-risk',
            'R. Diaz',
            '2026-06-30',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('an outline with objectives and "KR 1.1" key results in one column, among Action steps, Resources and Evidence columns', async () => {
    const r = await report(oneColumnOutline);
    expect(rows(r)).toEqual([
      [
        'Students reason about fractions',
        [
          [
            'KR 1.1 Fraction benchmark proficiency',
            null,
            '42 → 48 → 60',
            'increase',
            0.3333,
            'at-risk',
            'A. Berg | T. Cole',
            '2026-06-30',
          ],
          [
            'KR 1.2 Lessons using fraction strips (leading)',
            'leading',
            '10 → 22 → 40',
            'increase',
            0.4,
            'at-risk',
            'T. Cole',
            '2026-04-30',
          ],
        ],
      ],
      [
        'Fewer students below level 2',
        [
          [
            'KR 2.1 Students below level 2',
            null,
            '30 → 27 → 20',
            'decrease',
            0.3,
            'at-risk',
            'R. Diaz',
            '2026-06-30',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('plans with benchmark windows instead of a Current column', () => {
  it('Riverbend: the latest filled window is the current value', async () => {
    const r = await report(benchmarkWindows);
    expect(rows(r)).toEqual([
      [
        'Early numeracy',
        [
          [
            'Kindergarten students at benchmark on the numeracy screener',
            null,
            '48 → 57 → 70',
            'increase',
            0.4091,
            'on-track',
            'L. Ortega | K-1 team',
            '2026-05-31',
          ],
          [
            'Grade 1 teachers using the screener to group students',
            null,
            '4 → 9 → 16',
            'increase',
            0.4167,
            'off-track',
            'L. Ortega',
            '2026-03-15',
          ],
        ],
      ],
    ]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.cell}`)).toEqual([
      "current-from-periods 'Plan 2025-26'!D3",
    ]);
  });
});

describe('the reading does not depend on column order', () => {
  const plain = [
    westbrook,
    riviereDuNord,
    pinecrestShuffled,
    summitDeepHeader,
    fiveObjectives,
    cedarTextDates,
    oakSections,
    smartGoals,
    twoYears,
    oneColumnOutline,
  ].filter((plan) => plan.sheets.every((sheet) => !sheet.formats && !sheet.merges));

  it.each(plain.map((plan) => [plan.file, plan] as const))(
    '%s read with its columns in reverse order',
    async (_, plan) => {
      const width = (rows: unknown[][]) => Math.max(...rows.map((row) => row.length));
      const reversed: UnseenPlan = {
        file: `reversed-${plan.file}`,
        sheets: plan.sheets.map((sheet) => {
          const n = width(sheet.rows);
          // Lone title and section rows stay in the first column, as a coordinator would leave them.
          return {
            ...sheet,
            rows: sheet.rows.map((row) =>
              row.filter((v) => v !== null && v !== '').length <= 1
                ? row
                : Array.from({ length: n }, (_, c) => row[n - 1 - c] ?? null),
            ),
          };
        }),
      };
      const [original, flipped] = [await report(plan), await report(reversed)];
      expect(flipped.objectives).toEqual(original.objectives);
    },
  );
});

describe('the same plans saved as CSV read the same', () => {
  const single = [
    westbrook,
    riviereDuNord,
    pinecrestShuffled,
    summitDeepHeader,
    fiveObjectives,
    cedarTextDates,
    oakSections,
    smartGoals,
    oneColumnOutline,
  ].filter((plan) => plan.sheets.length === 1 && !plan.sheets[0].formats && !plan.sheets[0].merges);
  const csvCell = (value: unknown): string => {
    const text =
      value instanceof Date
        ? value.toISOString().slice(0, 10)
        : value === null || value === undefined
          ? ''
          : String(value);
    return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };

  it.each(single.map((plan) => [plan.file, plan] as const))(
    '%s as a comma-separated export',
    async (_, plan) => {
      const path = join(
        mkdtempSync(join(tmpdir(), 'throughline-')),
        plan.file.replace(/\.xlsx$/, '.csv'),
      );
      writeFileSync(
        path,
        plan.sheets[0].rows.map((row) => row.map(csvCell).join(',')).join('\r\n'),
      );
      const result = await inspect({ file: path, today: '2026-01-15', json: true, locale: 'en' });
      if (!result.ok) throw new Error(result.message);
      expect((JSON.parse(result.output) as Report).objectives).toEqual(
        (await report(plan)).objectives,
      );
    },
  );
});

describe('unseen plans in the readable table', () => {
  it('wraps long titles inside their column and keeps values, bars and statuses aligned', async () => {
    const path = await writeWorkbook(westbrook.file, westbrook.sheets);
    const result = await inspect({ file: path, today: '2026-01-15', json: false, locale: 'en' });
    if (!result.ok) throw new Error(result.message);
    const lines = result.output.split('\n');
    const first = lines.findIndex((line) => line.startsWith('Grade 8 students reach'));
    expect(lines.slice(first, first + 2)).toEqual([
      'Grade 8 students reach        % of grade 8 students proficient on the       34% → 41% → 50%              ████░░░░░░ 44%   On track',
      'proficiency in algebra        district algebra benchmark',
    ]);
    const barColumn = lines[first].indexOf('████');
    expect(
      lines.filter((line) => /[█░·]{10}/.test(line)).map((line) => line.search(/[█░·]{10}/)),
    ).toEqual([barColumn, barColumn, barColumn, barColumn]);
  });

  it('names key results with no objective "(sans objectif)" in a French plan', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'throughline-')), 'sans-objectif.csv');
    writeFileSync(
      path,
      'Indicateur;Point de départ;Cible;Valeur actuelle;Responsable;Échéance\nTaux de réussite en numératie au 3e cycle du primaire;62 %;75 %;n/a;C. Bouchard;30 juin 2026\n',
    );
    const result = await inspect({ file: path, today: '2026-01-15', json: false, locale: 'fr' });
    if (!result.ok) throw new Error(result.message);
    const lines = result.output.split('\n');
    expect(lines.slice(4, 6)).toEqual([
      '(sans objectif)               Taux de réussite en numératie au 3e cycle du  62\u00a0% → — → 75\u00a0%          —                Pas encore de données',
      '                              primaire',
    ]);
  });

  it('writes French numbers the French way', async () => {
    const path = await writeWorkbook(riviereDuNord.file, riviereDuNord.sheets);
    const result = await inspect({ file: path, today: '2026-01-15', json: false, locale: 'fr' });
    if (!result.ok) throw new Error(result.message);
    expect(result.output).toContain('62\u00a0% → 66,5\u00a0% → 75\u00a0%');
    expect(result.output).toContain('1\u00a0250 → 1\u00a0610 → 2\u00a0000');
    expect(result.output).toContain('En bonne voie');
  });
});

describe('bad input gets a clear one-line error or a correct reading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-bad-'));
  const run = (file: string, locale: 'en' | 'fr' = 'en') =>
    inspect({ file, today: '2026-01-15', json: true, locale });

  it('an empty .xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const path = join(dir, 'empty.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await run(path)).toEqual({
      ok: false,
      message: "No plan table found. Sheets looked at: 'Sheet1' (empty).",
    });
  });

  it('a .xlsx with only a Read me that names a few columns', async () => {
    const path = await writeWorkbook('read-me-only.xlsx', [
      { name: 'Read me', rows: [['How to fill the plan'], ['Key result', 'Baseline'], []] },
    ]);
    expect(await run(path)).toEqual({
      ok: false,
      message:
        "No plan table found. Sheets looked at: 'Read me' (a header-like row on row 2 with no key results under it).",
    });
  });

  it('a .docx renamed .xlsx', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    );
    const path = join(dir, 'report.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await run(path)).toEqual({
      ok: false,
      message: `Not a spreadsheet Throughline can read (.xlsx or .csv): ${path}`,
    });
  });

  it('a plan tab named like the dashboard Throughline writes', async () => {
    const path = await writeWorkbook(namedLikeDashboard.file, namedLikeDashboard.sheets);
    expect(await run(path, 'fr')).toEqual({
      ok: false,
      message:
        'Aucun tableau de plan trouvé. Onglets examinés\u00a0: «\u00a0Tableau de bord\u00a0» (contient un plan mais porte le nom d’un onglet que Throughline écrit\u202f; renommez-le (p. ex. «\u00a0Plan\u00a0») pour qu’il soit lu comme le plan).',
    });
  });

  it.each([
    ['UTF-8 with a BOM', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8')],
    ['Windows-1252', (text: string) => Buffer.from(text, 'latin1')],
  ])('a French Excel CSV export (%s, ";" separators, "18,5 %", "1 250")', async (_, encode) => {
    const text = [
      'Objectif;Résultat clé;Type;Point de départ;Cible;Valeur actuelle;Responsable;Échéance',
      'Améliorer la numératie;Taux de réussite;Retardé;18,5 %;30 %;22,0 %;C. Bouchard / M. Roy;30/06/2026',
      ';Classes observées;Avancé;1 250;2 000;1 610;M. Roy;15/05/2026',
      'Dernière mise à jour : 10 janvier 2026;;;;;;;',
    ].join('\r\n');
    const path = join(dir, `export-${encode.length}-${_.length}.csv`);
    writeFileSync(path, encode(text));
    const result = await run(path);
    if (!result.ok) throw new Error(result.message);
    const r = JSON.parse(result.output) as Report;
    expect(rows(r)).toEqual([
      [
        'Améliorer la numératie',
        [
          [
            'Taux de réussite',
            'lagging',
            '18.5 → 22 → 30',
            'increase',
            0.3043,
            'at-risk',
            'C. Bouchard | M. Roy',
            '2026-06-30',
          ],
          [
            'Classes observées',
            'leading',
            '1250 → 1610 → 2000',
            'increase',
            0.48,
            'on-track',
            'M. Roy',
            '2026-05-15',
          ],
        ],
      ],
    ]);
    expect(warnings(r)).toEqual([]);
  });
});
