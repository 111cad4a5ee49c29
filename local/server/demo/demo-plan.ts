/**
 * The demo district local mode starts with: a realistic plan (2 objectives, 6 key results, leading
 * and lagging, one going down), four schools each with one practice, a PD cycle, coaching and PLC
 * supports, monthly check-ins and a few weeks of coaches' evidence. Dates are placed in the school
 * year containing `today`, so the demo always looks current.
 */
import type {
  EvidenceType,
  ImplementationStage,
  SupportKind,
} from '../../../shared/evidence-vocabulary';

export interface DemoKeyResult {
  title: string;
  indicator: 'Leading' | 'Lagging';
  baseline: number;
  target: number;
  current: number;
  unit: string;
  owner: string;
  /** Check-in values from September on, one a month until today. */
  checkIns: number[];
}

export interface DemoObjective {
  title: string;
  keyResults: DemoKeyResult[];
}

export const DEMO_DISTRICT = 'Riverside School District';
export const DEMO_VISION =
  'Vision: every student reasons about mathematics, explains their thinking and sees themselves as a mathematician.';

export const DEMO_OBJECTIVES: DemoObjective[] = [
  {
    title: 'Deepen students’ conceptual understanding of fractions and proportional reasoning',
    keyResults: [
      {
        title: '% of observed lessons where students explain their reasoning',
        indicator: 'Leading',
        baseline: 22,
        target: 60,
        current: 38,
        unit: '%',
        owner: 'A. Moreau; J. Singh',
        checkIns: [22, 27, 33, 38, 42, 45],
      },
      {
        title: 'Co-planning cycles completed with grade 4–6 teachers',
        indicator: 'Leading',
        baseline: 0,
        target: 24,
        current: 9,
        unit: 'cycles',
        owner: 'J. Singh',
        checkIns: [0, 3, 6, 9, 12, 14],
      },
      {
        title: '% of grade 6 students at level 3 or above on the fractions common assessment',
        indicator: 'Lagging',
        baseline: 48,
        target: 65,
        current: 51,
        unit: '%',
        owner: 'A. Moreau',
        checkIns: [],
      },
    ],
  },
  {
    title: 'Build a coherent teacher-learning system around teaching through problem solving',
    keyResults: [
      {
        title: '% of PLC meetings doing high-depth work (tasks, student work)',
        indicator: 'Leading',
        baseline: 15,
        target: 50,
        current: 21,
        unit: '%',
        owner: 'L. Okafor',
        checkIns: [15, 17, 20, 21, 23, 26],
      },
      {
        title: '% of grade 3–6 teachers who attended PD Day 1 and Day 2',
        indicator: 'Leading',
        baseline: 0,
        target: 90,
        current: 58,
        unit: '%',
        owner: 'A. Moreau; L. Okafor',
        checkIns: [0, 41, 58, 58, 66, 72],
      },
      {
        title: '% of grade 3 students below level 2 on the spring assessment',
        indicator: 'Lagging',
        baseline: 38,
        target: 25,
        current: 35,
        unit: '%',
        owner: 'L. Okafor',
        checkIns: [],
      },
    ],
  },
];

export interface DemoSchool {
  name: string;
  practice: string;
  principal: string;
  coach: string;
}

export const DEMO_SCHOOLS: DemoSchool[] = [
  {
    name: 'Maple Elementary',
    practice: 'Teaching through problem solving',
    principal: 'P. Nguyen',
    coach: 'J. Singh',
  },
  {
    name: 'Oak Ridge Elementary',
    practice: 'Using representations',
    principal: 'R. Thompson',
    coach: 'J. Singh; M. Diaz',
  },
  {
    name: 'Cedar Middle School',
    practice: 'Clarifying learning goals',
    principal: 'S. Haddad',
    coach: 'M. Diaz',
  },
  {
    name: 'Birch Elementary',
    practice: 'Teaching through problem solving',
    principal: 'K. Laurent',
    coach: '',
  },
];

export interface DemoSupport {
  kind: SupportKind;
  title: string;
  /** Days after 1 September. */
  startDay: number;
  endDay: number;
  objective: number;
  schools: string;
  facilitator: string;
}

export const DEMO_SUPPORTS: DemoSupport[] = [
  {
    kind: 'pd',
    title: 'Fractions PD Day 1: doing the mathematics together',
    startDay: 23,
    endDay: 23,
    objective: 0,
    schools: '',
    facilitator: 'A. Moreau',
  },
  {
    kind: 'pd',
    title: 'Fractions PD Day 2: differentiated follow-up by grade band',
    startDay: 65,
    endDay: 65,
    objective: 0,
    schools: '',
    facilitator: 'A. Moreau',
  },
  {
    kind: 'coaching',
    title: 'Co-planning cycle: number lines in grade 5',
    startDay: 30,
    endDay: 75,
    objective: 0,
    schools: 'Maple Elementary; Oak Ridge Elementary',
    facilitator: 'J. Singh',
  },
  {
    kind: 'plc',
    title: 'PLC routine: analysing student work on proportional reasoning',
    startDay: 40,
    endDay: 270,
    objective: 1,
    schools: 'Cedar Middle School',
    facilitator: 'L. Okafor',
  },
  {
    kind: 'pd',
    title: 'Fractions PD Day 3: lesson study',
    startDay: 150,
    endDay: 151,
    objective: 0,
    schools: 'Maple Elementary; Birch Elementary',
    facilitator: 'A. Moreau',
  },
  {
    kind: 'coaching',
    title: 'Classroom video analysis with grade 3 teams',
    startDay: 120,
    endDay: 180,
    objective: 1,
    schools: 'Birch Elementary',
    facilitator: 'M. Diaz',
  },
];

export interface DemoEvidence {
  daysAgo: number;
  objective: number;
  keyResult: number;
  school: number;
  type: EvidenceType;
  stage: ImplementationStage | null;
  quote: string;
  note: string;
  sourceTitle: string;
  coach: string;
}

export const DEMO_EVIDENCE: DemoEvidence[] = [
  {
    daysAgo: 2,
    objective: 0,
    keyResult: 0,
    school: 0,
    type: 'observation',
    stage: 'routine',
    quote:
      'Students compared 3/4 and 5/8 on a number line, then a student explained why 5/8 is closer to 1/2 than 3/4 is.',
    note: 'Teacher let the pair disagree for two minutes before stepping in.',
    sourceTitle: 'Grade 5 observation notes — Maple',
    coach: 'J. Singh',
  },
  {
    daysAgo: 5,
    objective: 0,
    keyResult: 1,
    school: 1,
    type: 'coaching-cycle',
    stage: 'mechanical',
    quote:
      'Co-planned the equivalent fractions lesson: we chose the task first, then anticipated three student strategies.',
    note: 'Debrief planned for Thursday.',
    sourceTitle: 'Coaching log — Oak Ridge',
    coach: 'J. Singh',
  },
  {
    daysAgo: 8,
    objective: 1,
    keyResult: 0,
    school: 2,
    type: 'plc-meeting',
    stage: 'awareness',
    quote:
      'The team sorted 28 exit tickets by strategy and named the misconception: adding numerators and denominators.',
    note: 'First high-depth meeting this term.',
    sourceTitle: 'PLC notes — Cedar grade 6',
    coach: 'M. Diaz',
  },
  {
    daysAgo: 11,
    objective: 0,
    keyResult: 0,
    school: 1,
    type: 'student-work',
    stage: null,
    quote: 'Area model showing 2/3 × 3/4 with the overlap shaded and labelled “6 of 12 pieces”.',
    note: '',
    sourceTitle: 'Student work samples',
    coach: 'M. Diaz',
  },
  {
    daysAgo: 15,
    objective: 0,
    keyResult: 0,
    school: 0,
    type: 'teacher-reflection',
    stage: 'mechanical',
    quote:
      'I used to show the algorithm first. This week I waited, and three students invented common denominators on their own.',
    note: '',
    sourceTitle: 'Teacher reflection journal',
    coach: 'J. Singh',
  },
  {
    daysAgo: 19,
    objective: 1,
    keyResult: 1,
    school: 3,
    type: 'pd-session',
    stage: 'awareness',
    quote:
      'Teachers solved the ribbon problem in groups before discussing how their students might approach it.',
    note: 'Good energy; two teachers asked for follow-up coaching.',
    sourceTitle: 'PD Day 2 exit survey',
    coach: 'A. Moreau',
  },
  {
    daysAgo: 24,
    objective: 0,
    keyResult: 0,
    school: 2,
    type: 'observation',
    stage: 'awareness',
    quote:
      'Learning goal posted and revisited at the end: “I can explain why two fractions are equivalent.”',
    note: 'Students could restate the goal in their own words.',
    sourceTitle: 'Walkthrough — Cedar',
    coach: 'M. Diaz',
  },
  {
    daysAgo: 33,
    objective: 1,
    keyResult: 0,
    school: 0,
    type: 'plc-meeting',
    stage: 'mechanical',
    quote: 'PLC worked the task together before teaching it; agreed on a common launch.',
    note: '',
    sourceTitle: 'PLC notes — Maple grade 4',
    coach: 'J. Singh',
  },
  {
    daysAgo: 47,
    objective: 0,
    keyResult: 1,
    school: 0,
    type: 'coaching-cycle',
    stage: 'mechanical',
    quote: 'Full cycle completed: plan → co-teach → debrief on the fraction strips lesson.',
    note: '',
    sourceTitle: 'Coaching log — Maple',
    coach: 'J. Singh',
  },
  {
    daysAgo: 60,
    objective: 0,
    keyResult: 0,
    school: 1,
    type: 'observation',
    stage: 'not-yet',
    quote: 'Lesson was mostly teacher talk; one student answer per question.',
    note: 'Baseline visit.',
    sourceTitle: 'Grade 4 observation notes — Oak Ridge',
    coach: 'M. Diaz',
  },
];
