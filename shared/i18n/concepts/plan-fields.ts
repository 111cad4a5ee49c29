/** The names of the plan’s fields (Objective, Key result, Baseline…), as Set up and the reading notes show them. */
import type { Bilingual } from '../../messages';

export const planFieldStrings = {
  'addon.field.objective': { en: 'Objective', fr: 'Objectif' },
  'addon.field.keyResult': { en: 'Key result', fr: 'Résultat clé' },
  'addon.field.indicator': { en: 'Leading / lagging', fr: 'Avancé / retardé' },
  'addon.field.baseline': { en: 'Baseline', fr: 'Point de départ' },
  'addon.field.target': { en: 'Target', fr: 'Cible' },
  'addon.field.current': { en: 'Current value', fr: 'Valeur actuelle' },
  'addon.field.unit': { en: 'Unit', fr: 'Unité' },
  'addon.field.owner': { en: 'Owner', fr: 'Responsable' },
  'addon.field.start': { en: 'Start date', fr: 'Date de début' },
  'addon.field.due': { en: 'Due date', fr: 'Échéance' },
} as const satisfies Record<string, Bilingual>;
