/** The Summary for principals: the plan in sentences, a school’s practice, its latest evidence and what comes next. */
import type { Bilingual } from '../../messages';

export const summaryStrings = {
  'addon.summary.title': {
    en: '{plan}: summary for principals',
    fr: '{plan}\u00a0: synthèse pour les directions d’école',
  },
  'addon.summary.titleDefault': {
    en: 'Our district math plan: summary for principals',
    fr: 'Le plan de mathématiques du district\u00a0: synthèse pour les directions d’école',
  },
  'addon.summary.asOf': { en: 'Where we are on {date}', fr: 'Où nous en sommes le {date}' },
  'addon.summary.allSchools': { en: 'All schools', fr: 'Toutes les écoles' },
  'addon.summary.people': {
    en: 'Principal: {principal} · Coach: {coach}',
    fr: 'Direction\u00a0: {principal} · Conseillère ou conseiller pédagogique\u00a0: {coach}',
  },
  'addon.summary.practice': {
    en: 'Your school’s practice: {practice}',
    fr: 'La pratique de votre école\u00a0: {practice}',
  },
  'addon.summary.noPractice': { en: 'not chosen yet', fr: 'pas encore choisie' },
  'addon.summary.objectives': {
    en: 'Our district’s objectives and how they are going',
    fr: 'Les objectifs du district et où ils en sont',
  },
  'addon.summary.aimingBy': {
    en: 'aiming for {target} by {month}',
    fr: 'avec une cible de {target} d’ici {month}',
  },
  'addon.summary.soFar': { en: '{title}, {amount} so far', fr: '{title}, {amount} à ce jour' },
  'addon.summary.aiming': { en: 'aiming for {target}', fr: 'avec une cible de {target}' },
  'addon.summary.until': { en: 'Under way, until {date}', fr: 'En cours, jusqu’au {date}' },
  'addon.summary.latestEvidence': {
    en: 'Latest evidence from your school',
    fr: 'Les dernières preuves de votre école',
  },
  'addon.summary.noEvidence': {
    en: 'No evidence from this school yet.',
    fr: 'Pas encore de preuve de cette école.',
  },
  'addon.summary.next': { en: 'What comes next', fr: 'Prochaines étapes' },
  'addon.summary.nothingNext': {
    en: 'No upcoming PD or coaching entries yet.',
    fr: 'Aucune formation ni aucun accompagnement prévu pour l’instant.',
  },
  'addon.summary.dateTbd': { en: 'Date to be set', fr: 'Date à fixer' },
} as const satisfies Record<string, Bilingual>;
