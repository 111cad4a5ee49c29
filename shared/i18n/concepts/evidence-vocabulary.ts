/** The evidence vocabulary: the kinds of evidence and the implementation stages, shared by the clipper’s pickers and the Dashboard’s counts. */
import type { Bilingual } from '../../messages';

export const evidenceVocabularyStrings = {
  'clipper.type.observation': { en: 'Observation', fr: 'Observation' },
  'clipper.type.teacher-reflection': {
    en: 'Teacher reflection',
    fr: 'Réflexion du personnel enseignant',
  },
  'clipper.type.student-work': { en: 'Student work', fr: 'Travail d’élève' },
  'clipper.type.plc-meeting': { en: 'PLC meeting', fr: 'Rencontre de CAP' },
  'clipper.type.coaching-cycle': { en: 'Coaching cycle', fr: 'Cycle d’accompagnement' },
  'clipper.type.pd-session': { en: 'PD session', fr: 'Séance de formation' },
  'clipper.type.other': { en: 'Other', fr: 'Autre' },
  'clipper.stage.not-yet': { en: 'Not yet', fr: 'Pas encore' },
  'clipper.stage.awareness': { en: 'Awareness', fr: 'Sensibilisation' },
  'clipper.stage.mechanical': { en: 'Mechanical', fr: 'Mécanique' },
  'clipper.stage.routine': { en: 'Routine', fr: 'Routine' },
  'clipper.stage.proficient': { en: 'Proficient', fr: 'Maîtrise' },
} as const satisfies Record<string, Bilingual>;
