/**
 * Words of a K-12 district math plan in English and French: objectives, key-result measures with
 * realistic ranges and directions, schools, people. Titles here never carry a direction word
 * ("reduce", "below"…) so a plain title leaves the direction to the numbers.
 */
export type Language = 'en' | 'fr';
export type Bi = Record<Language, string>;

/** How a measure is counted: a share in percent, a count, a score with decimals, a count out of a fixed total. */
export type MeasureKind = 'percent' | 'count' | 'score' | 'big' | 'ratio';

export interface Measure {
  title: Bi;
  kind: MeasureKind;
  direction: 'increase' | 'decrease';
  /** Range of plausible values on the sheet's scale. */
  min: number;
  max: number;
  decimals: number;
  /** Unit word written after a value ("cycles", "classrooms"), singular-agnostic. */
  unit?: Bi;
  /** For 'ratio' (and shares of a countable whole): the whole, M in "N of M". */
  total?: number;
  /** For 'score': the top of the scale ("3.1 out of 5"). */
  outOf?: number;
}

export const OBJECTIVES: Bi[] = [
  {
    en: 'Every student reasons and communicates mathematically',
    fr: 'Chaque élève raisonne et communique mathématiquement',
  },
  {
    en: 'Strengthen core math instruction in grades K-5',
    fr: "Renforcer l'enseignement des mathématiques de la maternelle à la 5e année",
  },
  {
    en: 'Close opportunity gaps in middle school math',
    fr: 'Combler les écarts de réussite en mathématiques au secondaire',
  },
  {
    en: 'Build teacher capacity through coaching and collaboration',
    fr: 'Développer la capacité des enseignants par le coaching et la collaboration',
  },
  {
    en: 'Engage families as partners in math learning',
    fr: "Faire des familles des partenaires de l'apprentissage des mathématiques",
  },
  {
    en: 'Accelerate learning for students who need support',
    fr: "Accélérer l'apprentissage des élèves qui ont besoin de soutien",
  },
  {
    en: 'Increase access to Algebra I by grade 8',
    fr: "Élargir l'accès à l'algèbre dès la 8e année",
  },
  {
    en: 'Use data to guide math instruction',
    fr: "Utiliser les données pour guider l'enseignement des mathématiques",
  },
  {
    en: 'Build a positive math culture in every school',
    fr: 'Bâtir une culture positive des mathématiques dans chaque école',
  },
  {
    en: 'Improve attendance and engagement in math classes',
    fr: "Améliorer l'assiduité et l'engagement en classe de mathématiques",
  },
  {
    en: 'Ensure every student is fluent with number facts',
    fr: 'Assurer la maîtrise des faits numériques par chaque élève',
  },
  {
    en: 'Strengthen math intervention systems (MTSS)',
    fr: "Consolider le système d'intervention en mathématiques",
  },
];

export const MEASURES: Measure[] = [
  {
    title: {
      en: 'Grade 3-5 students proficient on the state math assessment',
      fr: 'Élèves de 3e à 5e année au niveau attendu à l’épreuve provinciale',
    },
    kind: 'percent',
    direction: 'increase',
    min: 28,
    max: 72,
    decimals: 0,
  },
  {
    title: {
      en: 'Grade 4 students at benchmark on the district fractions assessment',
      fr: 'Élèves de 4e année au seuil à l’évaluation de district sur les fractions',
    },
    kind: 'percent',
    direction: 'increase',
    min: 30,
    max: 70,
    decimals: 0,
  },
  {
    title: {
      en: 'Students meeting typical growth on i-Ready',
      fr: 'Élèves atteignant la croissance attendue sur i-Ready',
    },
    kind: 'percent',
    direction: 'increase',
    min: 35,
    max: 75,
    decimals: 0,
  },
  {
    title: {
      en: 'Grade 8 students passing Algebra I',
      fr: 'Élèves de 8e année réussissant le cours d’algèbre',
    },
    kind: 'percent',
    direction: 'increase',
    min: 20,
    max: 65,
    decimals: 0,
  },
  {
    title: {
      en: 'Chronic absence rate in grade 6 math classes',
      fr: 'Taux d’absentéisme chronique en mathématiques de 6e année',
    },
    kind: 'percent',
    direction: 'decrease',
    min: 8,
    max: 24,
    decimals: 0,
  },
  {
    title: {
      en: 'Grade 9 students with a D or F in math',
      fr: 'Élèves de 9e année en situation d’échec en mathématiques',
    },
    kind: 'percent',
    direction: 'decrease',
    min: 10,
    max: 32,
    decimals: 0,
  },
  {
    title: {
      en: 'Students needing Tier 3 math intervention',
      fr: 'Élèves ayant besoin d’une intervention de niveau 3 en mathématiques',
    },
    kind: 'percent',
    direction: 'decrease',
    min: 6,
    max: 22,
    decimals: 1,
  },
  {
    title: {
      en: 'Students fluent with multiplication facts by grade 4',
      fr: 'Élèves maîtrisant les tables de multiplication en 4e année',
    },
    kind: 'percent',
    direction: 'increase',
    min: 40,
    max: 85,
    decimals: 1,
  },
  {
    title: {
      en: 'Classrooms using daily number talks',
      fr: 'Classes pratiquant des causeries mathématiques chaque jour',
    },
    kind: 'count',
    direction: 'increase',
    min: 8,
    max: 60,
    decimals: 0,
    unit: { en: 'classrooms', fr: 'classes' },
  },
  {
    title: {
      en: 'Coaching cycles completed with grade 6-8 teachers',
      fr: 'Cycles de coaching réalisés avec les enseignants de 6e à 8e année',
    },
    kind: 'count',
    direction: 'increase',
    min: 4,
    max: 40,
    decimals: 0,
    unit: { en: 'cycles', fr: 'cycles' },
  },
  {
    title: { en: 'Family math nights held', fr: 'Soirées mathématiques pour les familles' },
    kind: 'count',
    direction: 'increase',
    min: 1,
    max: 12,
    decimals: 0,
    unit: { en: 'events', fr: 'soirées' },
  },
  {
    title: {
      en: 'Office referrals during the math block',
      fr: 'Signalements au bureau pendant la période de mathématiques',
    },
    kind: 'count',
    direction: 'decrease',
    min: 12,
    max: 90,
    decimals: 0,
    unit: { en: 'referrals', fr: 'signalements' },
  },
  {
    title: {
      en: 'Average score on the problem-solving rubric',
      fr: 'Score moyen à la grille de résolution de problèmes',
    },
    kind: 'score',
    direction: 'increase',
    min: 1.8,
    max: 3.6,
    decimals: 1,
    outOf: 4,
  },
  {
    title: {
      en: 'Average walkthrough rating for student discourse',
      fr: 'Note moyenne des visites de classe pour les échanges entre élèves',
    },
    kind: 'score',
    direction: 'increase',
    min: 2.1,
    max: 4.4,
    decimals: 1,
    outOf: 5,
  },
  {
    title: {
      en: 'Mean scale score on MAP Growth, grade 5',
      fr: 'Score moyen à MAP Growth en 5e année',
    },
    kind: 'score',
    direction: 'increase',
    min: 196,
    max: 228,
    decimals: 0,
  },
  {
    title: {
      en: 'Minutes of ST Math completed per month',
      fr: 'Minutes de ST Math réalisées par mois',
    },
    kind: 'big',
    direction: 'increase',
    min: 8000,
    max: 46000,
    decimals: 0,
    unit: { en: 'minutes', fr: 'minutes' },
  },
  {
    title: {
      en: 'Students completing Zearn lessons each week',
      fr: 'Élèves complétant des leçons Zearn chaque semaine',
    },
    kind: 'big',
    direction: 'increase',
    min: 1200,
    max: 5200,
    decimals: 0,
    unit: { en: 'students', fr: 'élèves' },
  },
  {
    title: {
      en: 'Schools with a weekly math PLC',
      fr: 'Écoles tenant une communauté d’apprentissage en mathématiques chaque semaine',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 4,
    max: 24,
    decimals: 0,
    total: 25,
    unit: { en: 'schools', fr: 'écoles' },
  },
  {
    title: {
      en: 'Classrooms with a math word wall in use',
      fr: 'Classes utilisant un mur de mots mathématiques',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 5,
    max: 30,
    decimals: 0,
    total: 30,
    unit: { en: 'classrooms', fr: 'classes' },
  },
  {
    title: {
      en: 'Teachers trained in the new curriculum',
      fr: 'Enseignants formés au nouveau programme',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 10,
    max: 48,
    decimals: 0,
    total: 48,
    unit: { en: 'teachers', fr: 'enseignants' },
  },
  {
    title: {
      en: 'Schools running a math intervention block',
      fr: 'Écoles offrant une période d’intervention en mathématiques',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 2,
    max: 12,
    decimals: 0,
    total: 12,
    unit: { en: 'schools', fr: 'écoles' },
  },
  {
    title: {
      en: 'Grade-level teams using common formative assessments',
      fr: 'Équipes de niveau utilisant des évaluations formatives communes',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 3,
    max: 18,
    decimals: 0,
    total: 18,
    unit: { en: 'teams', fr: 'équipes' },
  },
  {
    title: {
      en: 'Elementary schools hosting a family math night',
      fr: 'Écoles primaires organisant une soirée mathématique familiale',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 2,
    max: 16,
    decimals: 0,
    total: 16,
    unit: { en: 'schools', fr: 'écoles' },
  },
  {
    title: {
      en: 'Classrooms observed using manipulatives',
      fr: 'Classes observées utilisant du matériel de manipulation',
    },
    kind: 'ratio',
    direction: 'increase',
    min: 6,
    max: 40,
    decimals: 0,
    total: 40,
    unit: { en: 'classrooms', fr: 'classes' },
  },
  {
    title: {
      en: 'Grade 7 students scoring 3 or 4 on the performance task',
      fr: 'Élèves de 7e année obtenant 3 ou 4 à la tâche de performance',
    },
    kind: 'percent',
    direction: 'increase',
    min: 25,
    max: 68,
    decimals: 0,
  },
  {
    title: {
      en: 'English learners proficient on the spring benchmark',
      fr: 'Élèves allophones au niveau attendu à l’évaluation du printemps',
    },
    kind: 'percent',
    direction: 'increase',
    min: 15,
    max: 55,
    decimals: 0,
  },
  {
    title: {
      en: 'Students with disabilities meeting IEP math goals',
      fr: 'Élèves HDAA atteignant leurs objectifs de mathématiques du plan d’intervention',
    },
    kind: 'percent',
    direction: 'increase',
    min: 30,
    max: 75,
    decimals: 0,
  },
];

export const SCHOOLS: Bi[] = [
  { en: 'Maple Elementary', fr: 'École des Érables' },
  { en: 'Riverside Elementary', fr: 'École de la Rivière' },
  { en: 'Lincoln Middle School', fr: 'École secondaire Laurier' },
  { en: 'Oak Grove Elementary', fr: 'École du Boisé' },
  { en: 'Cedar Park Middle', fr: 'École Champlain' },
  { en: 'Jefferson Academy', fr: 'École Sainte-Marie' },
  { en: 'Hillcrest Elementary', fr: 'École des Collines' },
  { en: 'Westview K-8', fr: 'École Vanier' },
];

export const PEOPLE = [
  'A. Lee',
  'B. Moss',
  'C. Okafor',
  'D. Nguyen',
  'E. Tremblay',
  'F. Gagnon',
  'G. Patel',
  'H. Roy',
  'Math coach team',
  'Principals',
];

export const MONTHS: Record<Language, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

export const MONTHS_SHORT: Record<Language, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
};

/** Strategies of outline plans (Goal → Strategy → Action step). */
export const STRATEGIES: Bi[] = [
  {
    en: 'Implement daily number talks in grades K-5',
    fr: 'Mettre en place des causeries mathématiques quotidiennes de la maternelle à la 5e année',
  },
  {
    en: 'Provide job-embedded coaching for math teachers',
    fr: 'Offrir un accompagnement en classe aux enseignants de mathématiques',
  },
  {
    en: 'Use common formative assessments in grade-level teams',
    fr: 'Utiliser des évaluations formatives communes en équipe de niveau',
  },
  {
    en: 'Expand high-dosage tutoring in middle school',
    fr: 'Étendre le tutorat intensif au secondaire',
  },
  {
    en: 'Strengthen Tier 2 math intervention blocks',
    fr: "Renforcer les périodes d'intervention de niveau 2",
  },
  {
    en: 'Engage families through math nights and home games',
    fr: 'Mobiliser les familles par des soirées et des jeux mathématiques',
  },
  {
    en: 'Align curriculum maps to the new standards',
    fr: 'Arrimer les planifications au nouveau programme',
  },
  {
    en: 'Build a data routine for monthly progress reviews',
    fr: 'Instaurer une routine mensuelle de suivi des données',
  },
];

/** Action steps of outline plans: never key results, whatever numbers they carry. */
export const ACTIONS: Bi[] = [
  {
    en: 'Train math coaches on the coaching cycle',
    fr: 'Former les conseillers pédagogiques au cycle de coaching',
  },
  {
    en: 'Purchase manipulatives kits for grades 3-5',
    fr: 'Acheter des trousses de matériel de manipulation pour la 3e à la 5e année',
  },
  {
    en: 'Schedule monthly PLC data meetings',
    fr: 'Planifier des rencontres mensuelles de CAP sur les données',
  },
  {
    en: 'Hold family math nights at each elementary school',
    fr: 'Tenir des soirées mathématiques dans chaque école primaire',
  },
  {
    en: 'Release teachers for peer observations',
    fr: 'Libérer les enseignants pour des observations entre pairs',
  },
  {
    en: 'Review i-Ready data with principals',
    fr: 'Analyser les données i-Ready avec les directions',
  },
  { en: 'Recruit and train tutors', fr: 'Recruter et former des tuteurs' },
  {
    en: 'Publish a parent guide to the new curriculum',
    fr: 'Publier un guide du nouveau programme pour les parents',
  },
  {
    en: 'Run summer bridge math sessions',
    fr: 'Offrir des séances estivales de transition en mathématiques',
  },
];

/** Rationale lines written between an objective's title and its table. */
export const RATIONALES: Bi[] = [
  {
    en: 'Rationale: only 38% of grade 4 students met benchmark last spring; fractions were the weakest strand.',
    fr: 'Pourquoi : seulement 38 % des élèves de 4e année ont atteint le seuil au printemps dernier; les fractions sont le volet le plus faible.',
  },
  {
    en: 'Rationale: chronic absence in grade 6 rose from 14% to 19% over two years.',
    fr: 'Pourquoi : l’absentéisme chronique en 6e année est passé de 14 % à 19 % en deux ans.',
  },
  {
    en: 'Why this matters: 3 of 8 schools have no common math assessment.',
    fr: 'Justification : 3 écoles sur 8 n’ont pas d’évaluation commune en mathématiques.',
  },
  {
    en: 'Rationale: teachers asked for coaching in 2 of 3 surveys (n = 212).',
    fr: 'Pourquoi : les enseignants ont demandé du coaching dans 2 sondages sur 3 (n = 212).',
  },
];

/** Footnotes under a plan table. */
export const FOOTNOTES: Bi[] = [
  {
    en: '* Data source: i-Ready diagnostic, pulled on the 15th of each month.',
    fr: '* Source : diagnostic i-Ready, extrait le 15 de chaque mois.',
  },
  {
    en: 'Note: 2024-25 figures are final; 2025-26 figures are preliminary.',
    fr: 'Note : les données 2024-2025 sont définitives; celles de 2025-2026 sont provisoires.',
  },
  {
    en: 'Targets approved by the board on 12 Aug; 4 schools piloting.',
    fr: 'Cibles adoptées par le conseil le 12 août; 4 écoles pilotes.',
  },
];
