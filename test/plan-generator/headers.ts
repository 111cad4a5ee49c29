/**
 * Header writers: the words districts put over each column, in English and French, with bracket
 * qualifiers ("Starting point (Oct 2025)", "Cible (juin 2026)") and questions ("Où en
 * sommes-nous ?"). Wordings within one plan never compete with each other.
 */
import { MONTHS, MONTHS_SHORT, type Language } from './vocabulary';
import type { Rng } from './prng';

export type Role =
  | 'objective'
  | 'title'
  | 'indicator'
  | 'baseline'
  | 'current'
  | 'target'
  | 'due'
  | 'owner'
  | 'status'
  | 'score'
  | 'confidence'
  | 'notes'
  | 'comments'
  | 'progress'
  | 'cost'
  | 'timeline';

const WORDS: Record<Role, Record<Language, string[]>> = {
  objective: {
    en: ['Objective', 'Strategic objective', 'Focus area', 'Priority', 'Goal'],
    fr: ['Objectif', 'Objectif stratégique', 'Priorité', 'Axe', 'But'],
  },
  title: {
    en: ['Key result', 'Measure', 'Metric', 'Key results (KR)', 'Success measure'],
    fr: ['Résultat clé', 'Indicateur', 'Mesure', 'Résultats clés', 'Mesure de succès'],
  },
  indicator: {
    en: ['Leading/Lagging', 'Indicator type', 'Lead or lag', 'Type'],
    fr: ["Type d'indicateur", 'Nature', 'Avancé ou retardé'],
  },
  baseline: {
    en: ['Baseline', 'Starting point', 'Start value'],
    fr: ['Point de départ', 'Valeur de départ', 'Départ', 'Situation initiale'],
  },
  current: {
    en: ['Current', 'Latest', 'Most recent', 'Actual to date'],
    fr: ['Résultat actuel', 'Valeur actuelle', 'Dernier résultat', 'Où en sommes-nous ?'],
  },
  target: {
    en: ['Target', 'End of year target', 'Target value'],
    fr: ['Cible', 'Valeur cible', 'Cible visée'],
  },
  due: {
    en: ['Due', 'Due date', 'By when', 'Target date', 'Deadline'],
    fr: ['Échéance', 'Date limite', 'Échéancier'],
  },
  owner: {
    en: ['Owner', 'Responsible', 'Person responsible'],
    fr: ['Responsable', 'Porteur', 'Personne responsable'],
  },
  status: { en: ['Status', 'RAG', 'On track?'], fr: ['Statut', 'État', 'Suivi'] },
  score: { en: ['Score'], fr: ['Score'] },
  confidence: { en: ['Confidence', 'Confidence level'], fr: ['Confiance', 'Niveau de confiance'] },
  notes: { en: ['Notes'], fr: ['Notes', 'Remarques'] },
  comments: { en: ['Comments'], fr: ['Commentaires'] },
  progress: {
    en: ['Progress update', 'Update (Jan)', 'Where we are now'],
    fr: ['Mise à jour', 'Où en sommes-nous ?', 'Bilan (janv.)'],
  },
  cost: { en: ['Cost', 'Budget'], fr: ['Coût', 'Budget'] },
  timeline: { en: ['Timeline', 'When'], fr: ['Calendrier', 'Période'] },
};

/** A plain header wording for a role. */
export function headerWord(role: Role, language: Language, rng: Rng, avoid: string[] = []): string {
  const options = WORDS[role][language].filter(
    (w) => !avoid.some((a) => w.toLowerCase().includes(a)),
  );
  return rng.pick(options.length ? options : WORDS[role][language]);
}

/** "Goal (May 2026)" / "Cible (juin 2026)": a target header naming its month. */
export function datedTargetHeader(
  language: Language,
  month: number,
  year: number,
  rng: Rng,
): string {
  const word =
    language === 'fr'
      ? rng.pick(['Cible', 'Cible visée', 'Valeur cible'])
      : rng.pick(['Goal', 'Target', 'End target']);
  const monthName = rng.chance(0.5)
    ? MONTHS[language][month - 1]
    : MONTHS_SHORT[language][month - 1];
  return `${word} (${monthName} ${year})`;
}

/** A bracket qualifier that does not change a header's meaning ("Latest (Dec)", "Starting point (Oct 2025)"). */
export function qualified(
  role: Role,
  word: string,
  language: Language,
  year: number,
  rng: Rng,
): string {
  if (word.includes('(') || word.endsWith('?')) return word;
  const m = MONTHS_SHORT[language];
  if (role === 'baseline') return `${word} (${rng.pick([m[8], m[9]])} ${year})`;
  if (role === 'current') return `${word} (${rng.pick([m[11], m[0], m[1]])})`;
  if (role === 'owner') return `${word} (${language === 'fr' ? 'nom' : 'name'})`;
  return word;
}
