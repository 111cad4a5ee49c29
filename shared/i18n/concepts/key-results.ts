/** Key results: their status, leading or lagging, pacing (when one is on track) and check-ins. */
import type { Bilingual } from '../../messages';

export const keyResultStrings = {
  'status.no-data': { en: 'No data yet', fr: 'Pas encore de données' },
  'status.achieved': { en: 'Achieved', fr: 'Atteint' },
  'status.on-track': { en: 'On track', fr: 'En bonne voie' },
  'status.at-risk': { en: 'At risk', fr: 'À surveiller' },
  'status.off-track': { en: 'Off track', fr: 'En retard' },
  'addon.indicator.leading': { en: 'Leading', fr: 'Avancé' },
  'addon.indicator.lagging': { en: 'Lagging', fr: 'Retardé' },
  'addon.status.notMeasurable': {
    en: 'No target to measure against',
    fr: 'Aucune cible pour mesurer',
  },
  'addon.menu.checkIn': { en: 'Record a check-in', fr: 'Saisir un suivi' },
  'addon.checkIn.title': { en: 'Record a check-in', fr: 'Saisir un suivi' },
  'addon.checkIn.keyResult': { en: 'Key result', fr: 'Résultat clé' },
  'addon.checkIn.date': { en: 'Date', fr: 'Date' },
  'addon.checkIn.value': { en: 'Value', fr: 'Valeur' },
  'addon.checkIn.currentHint': {
    en: 'Current value on the dashboard: {value}',
    fr: 'Valeur actuelle affichée au tableau de bord\u00a0: {value}',
  },
  'addon.checkIn.confidence': {
    en: 'Confidence of reaching the target (1–5)',
    fr: 'Degré de confiance d’atteindre la cible (1 à 5)',
  },
  'addon.checkIn.comment': { en: 'What changed and why', fr: 'Ce qui a changé et pourquoi' },
  'addon.checkIn.by': { en: 'Recorded by', fr: 'Saisi par' },
  'addon.checkIn.save': { en: 'Save check-in', fr: 'Enregistrer le suivi' },
  'addon.checkIn.saved': {
    en: 'Check-in saved; the dashboard now shows {value}.',
    fr: 'Suivi enregistré. Le tableau de bord affiche maintenant {value}.',
  },
  'addon.checkIn.invalid': {
    en: 'Choose a key result and enter a number and a date.',
    fr: 'Choisissez un résultat clé et saisissez un nombre et une date.',
  },
  'addon.checkIn.unknownKeyResult': {
    en: 'That key result is no longer in the plan. Reopen this form.',
    fr: 'Ce résultat clé n’est plus dans le plan. Rouvrez ce formulaire.',
  },
  'addon.settings.pacing': {
    en: 'When is a key result on track?',
    fr: 'Quand un résultat clé est-il en bonne voie\u202f?',
  },
  'addon.settings.onTrack': {
    en: 'On track if progress is at most this many points behind the time elapsed',
    fr: 'En bonne voie si la progression accuse au plus ce nombre de points de retard sur le temps écoulé',
  },
  'addon.settings.atRisk': {
    en: 'At risk (not yet off track) up to this many points behind',
    fr: 'À surveiller (pas encore en retard) jusqu’à ce nombre de points de retard',
  },
  'addon.settings.stale': {
    en: 'Flag a key result as not updated after this many days without a check-in',
    fr: 'Signaler un résultat clé non mis à jour après ce nombre de jours sans suivi',
  },
  'addon.settings.invalid': {
    en: 'Use numbers: points between 0 and 100 (at risk at least as large as on track) and days between 1 and 365.',
    fr: 'Utilisez des nombres\u00a0: des points entre 0 et 100 («\u00a0à surveiller\u00a0» au moins égal à «\u00a0en bonne voie\u00a0») et des jours entre 1 et 365.',
  },
} as const satisfies Record<string, Bilingual>;
