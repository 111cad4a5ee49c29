/**
 * Plan workbooks shaped like real district plans but unlike the three fixtures: other header
 * wordings, shuffled and extra columns, French plans, merged and "same as above" objective cells,
 * several tabs, a header far down, footers. Each one is what a coordinator might really upload.
 */
import type { SheetSpec } from './read-workbook-helpers';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A named workbook to write with writeWorkbook. */
export interface UnseenPlan {
  file: string;
  sheets: SheetSpec[];
}

/** English plan with an ID column, "Strategic Objective/Metric/Sept Baseline/June Target/Latest", Notes and Status words. */
export const westbrook: UnseenPlan = {
  file: 'westbrook-math-plan.xlsx',
  sheets: [
    {
      name: 'Math Plan 25-26',
      rows: [
        ['Westbrook Unified School District — Mathematics Improvement Plan 2025-26'],
        [],
        [
          'ID',
          'Strategic Objective',
          'Metric',
          'Type',
          'Sept Baseline',
          'June Target',
          'Latest',
          'Lead Person',
          'By when',
          'Status',
          'Notes',
        ],
        [
          '1.1',
          'Grade 8 students reach proficiency in algebra',
          '% of grade 8 students proficient on the district algebra benchmark',
          'Lagging',
          '34%',
          '50%',
          '41%',
          'A. Reyes / B. Chen',
          d('2026-06-12'),
          'On track',
          'Benchmark given in Sept, Jan, May',
        ],
        [
          '1.2',
          'Grade 8 students reach proficiency in algebra',
          'Classrooms observed using worked examples weekly',
          'Leading',
          12,
          40,
          30,
          'B. Chen',
          d('2026-05-29'),
          'On track',
          '',
        ],
        [
          '2.1',
          'Students explain their reasoning in writing',
          'Average rubric score on written explanations (1-4)',
          'lag',
          1.8,
          2.8,
          2.0,
          'M. Okafor',
          d('2026-06-12'),
          'Behind',
          'Rubric revised in Oct',
        ],
        [
          '2.2',
          'Students explain their reasoning in writing',
          'Teachers attending monthly PLC on discourse',
          'lead',
          20,
          60,
          60,
          'M. Okafor, L. Park',
          d('2026-03-31'),
          'Done',
          '',
        ],
        [],
        ['Total key results: 4'],
        ['Last updated: Jan 9, 2026'],
      ],
    },
  ],
};

/** French plan with "Objectif 1 : …" section rows, "Indicateur/Point de départ/Cible visée/Résultat actuel", French numbers and dates. */
export const riviereDuNord: UnseenPlan = {
  file: 'plan-riviere-du-nord.xlsx',
  sheets: [
    {
      name: 'Plan 2025-2026',
      rows: [
        ['Centre de services scolaire de la Rivière-du-Nord'],
        ['Plan d’amélioration en mathématiques 2025-2026'],
        [],
        [
          'Indicateur',
          'Type d’indicateur',
          'Point de départ',
          'Cible visée',
          'Résultat actuel',
          'Responsable',
          'Échéance',
        ],
        ['Objectif 1 : Les élèves du 2e cycle résolvent des problèmes à plusieurs étapes'],
        [
          'Taux de réussite à l’épreuve de résolution de problèmes',
          'Retardé',
          '62 %',
          '75 %',
          '66,5 %',
          'C. Bouchard et É. Nadeau',
          '30 juin 2026',
        ],
        [
          'Classes utilisant la démarche de résolution commune',
          'Avancé',
          '8',
          '30',
          '21',
          'É. Nadeau',
          'juin 2026',
        ],
        ['Objectif 2 : Réduire l’écart en numératie des élèves HDAA'],
        [
          'Proportion d’élèves HDAA sous le seuil de réussite',
          'Retardé',
          '38 %',
          '25 %',
          '31 %',
          'S. Gagnon; M. Roy',
          '15/06/2026',
        ],
        [
          'Heures d’accompagnement en classe par les conseillers',
          'Avancé',
          '1 250',
          '2 000',
          '1 610',
          'M. Roy',
          '2026-05-31',
        ],
        [],
        ['Dernière mise à jour : 12 janvier 2026'],
      ],
    },
  ],
};

/** Merged objective cells spanning rows, "Goal / Measure / Start value / Goal value / Now / Responsible / Target Date". */
export const lakeshoreMerged: UnseenPlan = {
  file: 'lakeshore-goals.xlsx',
  sheets: [
    {
      name: 'Goals',
      rows: [
        ['Lakeshore School District', '', '', '', '', '', ''],
        ['Goal', 'Measure', 'Start value', 'Goal value', 'Now', 'Responsible', 'Target Date'],
        [
          'All students grow one year in number sense',
          'Students at or above grade level on i-Ready (fall to spring)',
          0.41,
          0.55,
          0.47,
          'R. Alvarez',
          d('2026-06-05'),
        ],
        [
          null,
          'Number talks held per week in grades K-5',
          2,
          5,
          3,
          'Elementary coaches and R. Alvarez',
          d('2026-03-31'),
        ],
        [null, 'Students below level 2 in grade 3', 0.22, 0.12, 0.21, 'J. Kim', d('2026-06-05')],
        [
          'Middle school students succeed in Algebra I',
          'Grade 8 Algebra I pass rate',
          0.58,
          0.7,
          0.7,
          'T. Nguyen',
          d('2026-06-05'),
        ],
        [null, 'Algebra I teachers in lesson study', 4, 12, 'n/a', 'T. Nguyen', d('2026-04-30')],
      ],
      formats: {
        C3: '0%',
        D3: '0%',
        E3: '0%',
        C5: '0%',
        D5: '0%',
        E5: '0%',
        C6: '0%',
        D6: '0%',
        E6: '0%',
      },
      merges: ['A1:G1', 'A3:A5', 'A6:A7'],
    },
  ],
};

/** Shuffled columns, blank objective cells meaning "same as above", percent-formatted fractions beside points. */
export const pinecrestShuffled: UnseenPlan = {
  file: 'pinecrest.xlsx',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        [
          'Owner',
          'Due',
          'Key Result',
          'Current',
          'Target',
          'Baseline',
          'Leading or lagging',
          'Objective',
          'Comments',
        ],
        [
          'D. Moreau and K. Lee',
          '2026-06-30',
          'Grade 6 students meeting standard on state test',
          0.39,
          '45%',
          '32%',
          'Lagging',
          'Raise achievement in grades 6-8',
          'State results arrive in Aug',
        ],
        [
          'K. Lee',
          '2026-02-27',
          'Teachers using the new unit assessments',
          18,
          24,
          6,
          'Leading',
          '',
          '',
        ],
        [
          'P. Santos',
          'June 2026',
          'Students completing 30 min of practice weekly',
          '1,250',
          '2,400',
          '900',
          'Leading',
          'Build productive practice habits',
          '',
        ],
        [
          'P. Santos; D. Moreau',
          '-',
          'Practice completion rate',
          '-',
          '80%',
          '55%',
          'lagging',
          '',
          'Tracking starts in Feb',
        ],
      ],
      formats: { D2: '0%' },
    },
  ],
};

/** Several tabs: Read me, Instructions, Budget and Lists must lose to the plan tab. */
export const harborTabs: UnseenPlan = {
  file: 'harbor-district-plan.xlsx',
  sheets: [
    {
      name: 'Read me',
      rows: [
        ['How to use this workbook'],
        [
          'Each Objective has Key Results. Fill Baseline in September, Target for June and Current after each benchmark.',
        ],
        ['Key result', 'What to write'],
        ['Baseline', 'The September value'],
        ['Target', 'The June value'],
      ],
    },
    {
      name: 'Instructions',
      rows: [
        ['Step', 'Instruction'],
        [1, 'Update the Current column each month'],
        [2, 'Mark leading or lagging'],
      ],
    },
    {
      name: 'Budget',
      rows: [
        ['Item', 'Target', 'Actual cost', 'Owner'],
        ['Coaching stipends', 40000, 21000, 'Finance'],
        ['Manipulatives', 8000, 7900, 'Finance'],
      ],
    },
    {
      name: 'Lists',
      rows: [
        ['Leading or lagging', 'Owner'],
        ['Leading', 'H. Ortiz'],
        ['Lagging', 'W. Brooks'],
      ],
    },
    {
      name: 'District Plan',
      rows: [
        ['Harbor Public Schools Math Plan'],
        [
          'Objective',
          'Key Result',
          'Leading or lagging',
          'Baseline',
          'Target',
          'Current',
          'Owner',
          'Due',
        ],
        [
          'Students persevere in problem solving',
          'Students scoring 3+ on the problem-solving task',
          'Lagging',
          45,
          65,
          52,
          'H. Ortiz, W. Brooks',
          d('2026-06-15'),
        ],
        [
          'Students persevere in problem solving',
          'Classrooms with daily rich tasks',
          'Leading',
          10,
          35,
          24,
          'W. Brooks',
          d('2026-04-15'),
        ],
      ],
    },
  ],
};

/** A header at row 15 under a long vision paragraph and a logo-ish block of text; a footnote under the key results. */
export const summitDeepHeader: UnseenPlan = {
  file: 'summit-plan.xlsx',
  sheets: [
    {
      name: 'Plan',
      rows: [
        ['Summit County Schools'],
        ['Mathematics Strategic Plan 2025-2026'],
        [],
        [
          'Vision: Every Summit student sees themselves as a capable mathematician who can reason, model and communicate, and leaves our schools ready for any path they choose after graduation, with the confidence to keep learning.',
        ],
        [],
        [
          'Our theory of action: if teachers plan together around high-quality tasks and coaches support them in classrooms every week, then students will spend more time reasoning and their results will rise.',
        ],
        [],
        ['Approved by the board on September 18, 2025'],
        [],
        ['Contact: Office of Teaching and Learning'],
        [],
        [],
        [],
        [],
        [
          'Goal',
          'Indicator',
          'Baseline (Sept 2025)',
          'Target (June 2026)',
          'Actual to date',
          'Lead',
          'Deadline',
        ],
        [
          'Students reason and model with mathematics',
          'Students proficient on the modeling performance task',
          38,
          55,
          44,
          'G. Hall',
          '06/30/2026',
        ],
        [
          'Students reason and model with mathematics',
          'Coaching cycles completed with grade 4-5 teachers',
          6,
          24,
          15,
          'Coaches / G. Hall',
          '05/15/2026',
        ],
        [],
        [null, '* Proficient means level 3 or 4 on the district modeling task'],
      ],
    },
  ],
};

/** Five objectives (a focus finding), a decreasing key result, owners written many ways. */
export const fiveObjectives: UnseenPlan = {
  file: 'maple-valley.xlsx',
  sheets: [
    {
      name: '2025-26',
      rows: [
        ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Owner', 'Due', 'Type'],
        [
          'Improve grade 3 fluency',
          'Grade 3 students fluent with facts to 100',
          40,
          70,
          55,
          'A. Diaz; B. Ford',
          d('2026-06-30'),
          'lagging',
        ],
        [
          'Reduce chronic absence in math classes',
          'Students chronically absent from math',
          18,
          10,
          12,
          'C. Grant and D. Hsu',
          d('2026-06-30'),
          'lagging',
        ],
        [
          'Close the gap for multilingual learners',
          'Multilingual learners meeting standard',
          22,
          35,
          24,
          'E. Ivanova',
          d('2026-06-30'),
          'lagging',
        ],
        [
          'Strengthen teacher collaboration',
          'Teams meeting weekly in PLCs',
          5,
          20,
          20,
          'F. Jones, G. Kaur',
          d('2026-06-30'),
          'leading',
        ],
        [
          'Increase enrollment in advanced math',
          'Grade 8 students enrolled in Algebra I',
          120,
          180,
          126,
          'H. Li / I. Mendez',
          d('2026-06-30'),
          'lagging',
        ],
      ],
    },
  ],
};

/** French plan with "But / Indicateur / Nature / Unité / Départ / Cible / Valeur actuelle / Début / Échéance", merged "But" cells. */
export const laurentidesNature: UnseenPlan = {
  file: 'laurentides.xlsx',
  sheets: [
    {
      name: 'Suivi du plan',
      rows: [
        [
          'But',
          'Indicateur',
          'Nature',
          'Unité',
          'Départ',
          'Cible',
          'Valeur actuelle',
          'Responsable',
          'Début',
          'Échéance',
        ],
        [
          'Augmenter la réussite en mathématique de 4e secondaire',
          'Taux de réussite en mathématique CST 4e secondaire',
          'Retardé',
          '%',
          '71,2',
          '78',
          '73,4',
          'Direction des services éducatifs',
          '2025-09-01',
          '2026-06-30',
        ],
        [
          null,
          'Enseignants formés à l’enseignement explicite',
          'Avancé',
          'enseignants',
          '15',
          '45',
          '27',
          'J. Lavoie / A. Côté',
          '2025-10-01',
          '2026-04-30',
        ],
        [
          'Développer le raisonnement mathématique au primaire',
          'Élèves de 6e année à 70 % et plus en raisonnement',
          'Retardé',
          '%',
          '18,5 %',
          '30 %',
          'n/a',
          'A. Côté',
          '2025-09-01',
          '30/06/2026',
        ],
      ],
      merges: ['A2:A3'],
    },
  ],
};

/** English plan where the objective column is called "Focus Area" and the due column "Timeline" with text months; extra blank columns. */
export const cedarTextDates: UnseenPlan = {
  file: 'cedar-grove.xlsx',
  sheets: [
    {
      name: 'KR Tracker',
      rows: [
        ['Cedar Grove ISD — Key Results Tracker'],
        [
          'Focus Area',
          null,
          'Key Results',
          'Unit',
          'Start',
          'Baseline',
          'Target',
          'Current',
          'Responsible',
          'Timeline',
          'Status',
        ],
        [
          'Number sense K-2',
          null,
          'K-2 students at benchmark on the number sense screener',
          '%',
          d('2025-08-15'),
          '55',
          '70',
          '63',
          'Primary coach',
          'May 2026',
          'Green',
        ],
        [
          'Number sense K-2',
          null,
          'K-2 teachers using daily number routines',
          'teachers',
          d('2025-08-15'),
          '9',
          '36',
          '-',
          'Primary coach & principal',
          'December 2025',
          'Red',
        ],
        [
          'Fractions 3-5',
          null,
          'Students scoring proficient on fractions unit test',
          '%',
          null,
          '48',
          '60',
          '61',
          'Intermediate coach',
          'June 2026',
          'Blue',
        ],
        [],
        ['Source: district assessment office'],
      ],
    },
  ],
};

/** Objectives written as section rows in English ("Goal 1 - …") over a table without an objective column, with an ID column. */
export const oakSections: UnseenPlan = {
  file: 'oak-ridge.xlsx',
  sheets: [
    {
      name: 'Plan',
      rows: [
        [
          '#',
          'Measure of success',
          'Lead or lag',
          'Start value',
          'Target value',
          'Most recent',
          'Owner(s)',
          'Date due',
        ],
        ['Goal 1 - Every student masters grade-level ratios and proportions'],
        ['1a', 'Grade 7 ratio benchmark average', 'Lag', 61, 72, 64, 'N. Patel', '2026-06-10'],
        [
          '1b',
          'Teachers co-planning ratio units',
          'Lead',
          3,
          15,
          9,
          'N. Patel + coach team',
          '2026-03-20',
        ],
        ['Goal 2 - Fewer students need Tier 3 math intervention'],
        [
          '2a',
          'Students in Tier 3 math intervention',
          'Lag',
          140,
          100,
          118,
          'O. Quinn',
          '2026-06-10',
        ],
      ],
    },
  ],
};

/** Every fixture-unlike plan, for tests that walk them all. */
export const UNSEEN_PLANS: UnseenPlan[] = [
  westbrook,
  riviereDuNord,
  lakeshoreMerged,
  pinecrestShuffled,
  harborTabs,
  summitDeepHeader,
  fiveObjectives,
  laurentidesNature,
  cedarTextDates,
  oakSections,
];

/** A "Read me" tab placed first that shows the plan's full header and an example row: the plan tab must still win. */
export const readMeWithExample: UnseenPlan = {
  file: 'read-me-first.xlsx',
  sheets: [
    {
      name: 'Read me',
      rows: [
        ['Fill one row per key result, like the example below.'],
        [
          'Objective',
          'Key result',
          'Leading or lagging',
          'Baseline',
          'Target',
          'Current',
          'Owner',
          'Due',
        ],
        [
          'e.g. Students reason mathematically',
          'e.g. % of students at level 3+',
          'Lagging',
          40,
          60,
          45,
          'Name',
          '2026-06-30',
        ],
      ],
    },
    {
      name: 'Plan',
      rows: [
        [
          'Objective',
          'Key result',
          'Leading or lagging',
          'Baseline',
          'Target',
          'Current',
          'Owner',
          'Due',
        ],
        [
          'Students reason mathematically',
          'Students at level 3+ on the reasoning task',
          'Lagging',
          36,
          52,
          44,
          'V. Dubois, Y. Ito',
          '2026-06-30',
        ],
        [
          'Students reason mathematically',
          'Lessons with a student-led discussion',
          'Leading',
          15,
          60,
          30,
          'Y. Ito',
          '2026-04-30',
        ],
      ],
    },
  ],
};

/** A French plan tab named "Tableau de bord", the name Throughline gives its own dashboard tab. */
export const namedLikeDashboard: UnseenPlan = {
  file: 'tableau-de-bord.xlsx',
  sheets: [
    {
      name: 'Tableau de bord',
      rows: [
        ['Objectif', 'Indicateur', 'Départ', 'Cible', 'Valeur actuelle'],
        ['Réussite', 'Taux de réussite', '70 %', '80 %', '74 %'],
      ],
    },
  ],
};

/** "SMART Goal / Key Results (KR) / Baseline (SY 2024-25) / Target (EOY) / Current (as of Jan)" beside a "Current Status" column of words; "06/2026" and "Jun-26" due dates. */
export const smartGoals: UnseenPlan = {
  file: 'smart-goals.xlsx',
  sheets: [
    {
      name: 'SMART Goals',
      rows: [
        [
          'SMART Goal',
          'Key Results (KR)',
          'Leading/Lagging',
          'Baseline (SY 2024-25)',
          'Target (EOY)',
          'Current (as of Jan)',
          'Current Status',
          'Person(s) Responsible',
          'Due Date',
        ],
        [
          'Improve fraction understanding',
          'KR 1.1 – Grade 5 fraction benchmark',
          'Lagging',
          '40 %',
          '≥ 60 %',
          '47 %',
          'On Track',
          'Mme Lévesque\nM. Roy',
          '06/2026',
        ],
        [
          'Improve fraction understanding',
          'KR 1.2 – Teachers using number lines',
          'Leading',
          5,
          20,
          11,
          'Behind',
          'M. Roy',
          'Jun-26',
        ],
      ],
    },
  ],
};

/** French "Résultat (janvier)" as the current column, all values percent-formatted fractions, "Fin juin 2026". */
export const frenchFractions: UnseenPlan = {
  file: 'csscapitale.xlsx',
  sheets: [
    {
      name: 'Plan',
      rows: [
        [
          'Objectifs',
          'Résultats clés',
          'Type (avancé/retardé)',
          'Donnée de départ (sept. 2025)',
          'Cible (juin 2026)',
          'Résultat (janvier)',
          'Porteur(s)',
          'Échéancier',
        ],
        [
          'Objectif 1 – Numératie',
          'Élèves en réussite en numératie',
          'retardé',
          0.62,
          0.75,
          0.66,
          'Équipe-école + CP',
          'Fin juin 2026',
        ],
        [
          'Objectif 1 – Numératie',
          'Ateliers de numératie offerts aux enseignants',
          'avancé',
          2,
          10,
          5,
          'CP',
          '2026-03-31',
        ],
      ],
      formats: { D2: '0%', E2: '0%', F2: '0%' },
    },
  ],
};

/** Last year's plan tab (more rows) kept next to this year's. */
export const twoYears: UnseenPlan = {
  file: 'two-years.xlsx',
  sheets: [
    {
      name: '2024-25 Plan',
      rows: [
        ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Owner', 'Due'],
        ['Fluency', 'Grade 3 fact fluency', 30, 50, 52, 'A. Lee', '2025-06-30'],
        ['Fluency', 'Grade 4 fact fluency', 35, 50, 49, 'A. Lee', '2025-06-30'],
        ['Fluency', 'Daily fluency routines', 10, 30, 31, 'B. Moss', '2025-06-30'],
      ],
    },
    {
      name: '2025-26 Plan',
      rows: [
        ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Owner', 'Due'],
        [
          'Problem solving',
          'Grade 5 problem-solving task at level 3+',
          44,
          60,
          50,
          'A. Lee and B. Moss',
          '2026-06-30',
        ],
      ],
    },
  ],
};

/** No "Current" column: a two-row header with "Benchmark windows" merged above "Fall 2025 | Winter 2026 | Spring 2026". */
export const benchmarkWindows: UnseenPlan = {
  file: 'riverbend-benchmarks.xlsx',
  sheets: [
    {
      name: 'Plan 2025-26',
      rows: [
        ['Riverbend Elementary District — Math Goals'],
        ['', '', '', 'Benchmark windows', '', '', '', '', ''],
        [
          'Goal',
          'Measure',
          'Baseline',
          'Fall 2025',
          'Winter 2026',
          'Spring 2026',
          'Target',
          'Owner',
          'Due',
        ],
        [
          'Early numeracy',
          'Kindergarten students at benchmark on the numeracy screener',
          '48%',
          '51%',
          '57%',
          '',
          '70%',
          'L. Ortega and K-1 team',
          'May 2026',
        ],
        [
          'Early numeracy',
          'Grade 1 teachers using the screener to group students',
          4,
          9,
          '',
          '',
          16,
          'L. Ortega',
          '2026-03-15',
        ],
      ],
      merges: ['D2:F2'],
    },
  ],
};

/** One block per objective: "Objective 1: …", then the header repeated, then its key results. */
export const blocksWithRepeatedHeader: UnseenPlan = {
  file: 'granite-blocks.xlsx',
  sheets: [
    {
      name: 'Plan',
      rows: [
        ['Granite School District Math Plan'],
        ['Objective 1: Students reason about fractions'],
        ['Key result', 'Baseline', 'Target', 'Current', 'Owner', 'Due'],
        ['Fraction benchmark proficiency', '42%', '60%', '48%', 'A. Berg / T. Cole', '2026-06-30'],
        ['Lessons using fraction strips (leading)', 10, 40, 22, 'T. Cole', '2026-04-30'],
        [],
        ['Objective 2: Fewer students below level 2'],
        ['Key result', 'Baseline', 'Target', 'Current', 'Owner', 'Due'],
        ['Students below level 2 (lagging)', '30%', '20%', '27%', 'R. Diaz', '2026-06-30'],
      ],
    },
  ],
};

/** Objectives and key results in one column ("KR 1.1 …" under "Objective 1: …"), plus Action steps, Resources and Evidence columns. */
export const oneColumnOutline: UnseenPlan = {
  file: 'outline.xlsx',
  sheets: [
    {
      name: 'Plan',
      rows: [
        [
          'Objective / Key result',
          'Action steps',
          'Resources',
          'Baseline',
          'Target',
          'Current',
          'Evidence',
          'Owner',
          'Due',
        ],
        ['Objective 1: Students reason about fractions'],
        [
          'KR 1.1 Fraction benchmark proficiency',
          'Lesson study; PLCs',
          '$4,000',
          '42%',
          '60%',
          '48%',
          'Exit tickets',
          'A. Berg & T. Cole',
          'June 2026',
        ],
        [
          'KR 1.2 Lessons using fraction strips (leading)',
          'Summer PD',
          '$1,000',
          10,
          40,
          22,
          'Walkthroughs',
          'T. Cole',
          'April 2026',
        ],
        ['Objective 2: Fewer students below level 2'],
        [
          'KR 2.1 Students below level 2',
          'Tier 2 groups',
          '',
          '30%',
          '20%',
          '27%',
          'Screener',
          'R. Diaz',
          'June 2026',
        ],
      ],
    },
  ],
};

/** French "Objectifs (O) / Résultats clés (RC) / Valeur de départ (sept. 2025) / Cible 2025-2026 / Valeur au 15 janvier / Date de début". */
export const frenchDatedCurrent: UnseenPlan = {
  file: 'css-des-sommets.xlsx',
  sheets: [
    {
      name: 'PEVR 2025-2026',
      rows: [
        [
          'Objectifs (O)',
          'Résultats clés (RC)',
          'Valeur de départ (sept. 2025)',
          'Cible 2025-2026',
          'Valeur au 15 janvier',
          'Responsable(s)',
          'Date de début',
          'Échéance',
        ],
        [
          'O1 – Numératie',
          'RC 1.1 Élèves en réussite',
          '62 %',
          '75 %',
          '66 %',
          'I. Morin, P. Girard',
          '2025-10-01',
          new Date(Date.UTC(2026, 5, 19)),
        ],
        [
          null,
          'RC 1.2 Classes observées (avancé)',
          '4',
          '20',
          '9',
          'P. Girard',
          '2025-10-01',
          new Date(Date.UTC(2026, 4, 29)),
        ],
        [
          'O2 – Littératie mathématique',
          'RC 2.1 Élèves lisant un problème',
          '50 %',
          '65 %',
          '49 %',
          'I. Morin',
          '',
          '15 juin 2026',
        ],
      ],
      merges: ['A2:A3'],
    },
  ],
};
