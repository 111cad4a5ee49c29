/** The add-on’s settings sidebar (the pacing thresholds are with key results) and the words every sidebar shares while it loads or fails. */
import type { Bilingual } from '../../messages';

export const settingsStrings = {
  'addon.menu.settings': { en: 'Settings', fr: 'Paramètres' },
  'addon.loading': { en: 'Loading…', fr: 'Chargement…' },
  'addon.busy': {
    en: 'The spreadsheet is busy saving something else (a coach’s clips, another change). Nothing was changed: try again in a few seconds.',
    fr: 'Le classeur enregistre autre chose (des extraits, une autre modification). Rien n’a été modifié\u00a0: réessayez dans quelques secondes.',
  },
  'addon.failed': {
    en: 'Something went wrong: {message}',
    fr: 'Un problème est survenu\u00a0: {message}',
  },
  'addon.settings.title': { en: 'Settings', fr: 'Paramètres' },
  'addon.settings.autoRefresh': {
    en: 'Refresh the dashboard every hour and whenever the spreadsheet is opened',
    fr: 'Actualiser le tableau de bord toutes les heures et à chaque ouverture du classeur',
  },
  'addon.settings.save': { en: 'Save settings', fr: 'Enregistrer' },
  'addon.settings.saved': { en: 'Settings saved.', fr: 'Paramètres enregistrés.' },
} as const satisfies Record<string, Bilingual>;
