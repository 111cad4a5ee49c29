/**
 * The tabs the product owns inside the coordinator's workbook: their names, their columns (in order,
 * with an English and a French header and a note explaining the column).
 * A host creates a missing tab from here; readers find columns by these headers in either language,
 * so a tab created in French reads the same as one created in English.
 */
import type { Bilingual, Locale } from './messages';
import { normalizeWords } from './reading/normalize-text';

/** One column of an owned tab; `K` is the union of its tab's column keys. */
export interface OwnedColumn<K extends string = string> {
  key: K;
  header: Bilingual;
  note: Bilingual;
}

/** An owned tab; `K`, the union of its column keys, is inferred from the columns listed below. */
export interface OwnedTab<K extends string = string> {
  key: 'evidence' | 'checkIns' | 'schools' | 'supports' | 'dashboard' | 'summary';
  name: Bilingual;
  columns: OwnedColumn<K>[];
}

/** The keys of a tab's columns: `ColumnKey<typeof EVIDENCE_TAB>` is 'id' | 'capturedAt' | … */
export type ColumnKey<T> = T extends OwnedTab<infer K> ? K : never;

/** Keeps the literal column keys of a tab definition (so a misspelt key does not compile). */
const ownedTab = <K extends string>(tab: OwnedTab<K>): OwnedTab<K> => tab;

const col = <K extends string>(
  key: K,
  en: string,
  fr: string,
  noteEn: string,
  noteFr: string,
): OwnedColumn<K> => ({
  key,
  header: { en, fr },
  note: { en: noteEn, fr: noteFr },
});

export const EVIDENCE_TAB = ownedTab({
  key: 'evidence',
  name: { en: 'Evidence', fr: 'Preuves' },
  columns: [
    col(
      'id',
      'Clip ID',
      'ID de l’extrait',
      'Made by the clipper; used to never write the same clip twice.',
      'Créé par l’extension; évite d’écrire deux fois le même extrait.',
    ),
    col(
      'capturedAt',
      'Captured at',
      'Capturé le',
      'When the coach clipped it.',
      'Moment où la conseillère ou le conseiller l’a capturé.',
    ),
    col(
      'keyResultId',
      'Key result ID',
      'ID du résultat clé',
      'Stable link to the key result; survives sorting and rewording.',
      'Lien stable vers le résultat clé; résiste au tri et à la reformulation.',
    ),
    col(
      'keyResult',
      'Key result',
      'Résultat clé',
      'The key result’s wording when the clip arrived.',
      'Le libellé du résultat clé à l’arrivée de l’extrait.',
    ),
    col(
      'school',
      'School',
      'École',
      'School the evidence comes from.',
      'École d’où vient la preuve.',
    ),
    col(
      'practice',
      'Practice',
      'Pratique',
      'The school’s selected high-impact practice.',
      'La pratique à fort impact choisie par l’école.',
    ),
    col(
      'type',
      'Evidence type',
      'Type de preuve',
      'Observation, teacher reflection, student work, PLC meeting, coaching cycle, PD session, other.',
      'Observation, réflexion d’enseignant, travail d’élève, CAP, cycle d’accompagnement, formation, autre.',
    ),
    col(
      'stage',
      'Implementation stage',
      'Stade de mise en œuvre',
      'Not yet, awareness, mechanical, routine, proficient.',
      'Pas encore, sensibilisation, mécanique, routine, maîtrise.',
    ),
    col(
      'quote',
      'Quote',
      'Extrait',
      'The passage clipped. Do not include student names.',
      'Le passage capturé. N’incluez pas de noms d’élèves.',
    ),
    col('note', 'Note', 'Note', 'The coach’s note.', 'La note de la conseillère ou du conseiller.'),
    col(
      'sourceTitle',
      'Source title',
      'Titre de la source',
      'Title of the page or document.',
      'Titre de la page ou du document.',
    ),
    col(
      'sourceUrl',
      'Source URL',
      'URL de la source',
      'Where the passage was clipped.',
      'Adresse de la page capturée.',
    ),
    col(
      'heading',
      'Section',
      'Section',
      'Nearest heading above the passage.',
      'Titre le plus proche au-dessus du passage.',
    ),
    col(
      'coach',
      'Coach',
      'Conseiller·ère',
      'Who sent it (from the pairing).',
      'Qui l’a envoyé (selon la connexion).',
    ),
    col(
      'receivedAt',
      'Received at',
      'Reçu le',
      'When the sheet received it.',
      'Moment où la feuille l’a reçu.',
    ),
  ],
});

export const CHECK_INS_TAB = ownedTab({
  key: 'checkIns',
  name: { en: 'Check-ins', fr: 'Suivis' },
  columns: [
    col(
      'keyResultId',
      'Key result ID',
      'ID du résultat clé',
      'Stable link to the key result.',
      'Lien stable vers le résultat clé.',
    ),
    col(
      'keyResult',
      'Key result',
      'Résultat clé',
      'The key result’s wording at check-in time.',
      'Le libellé du résultat clé au moment du suivi.',
    ),
    col('date', 'Date', 'Date', 'Date of the measurement.', 'Date de la mesure.'),
    col(
      'value',
      'Value',
      'Valeur',
      'The measured value, on the same scale as the plan.',
      'La valeur mesurée, à la même échelle que le plan.',
    ),
    col(
      'confidence',
      'Confidence (1-5)',
      'Confiance (1-5)',
      'How confident the team is of reaching the target.',
      'Confiance de l’équipe d’atteindre la cible.',
    ),
    col(
      'comment',
      'Comment',
      'Commentaire',
      'What changed and why.',
      'Ce qui a changé et pourquoi.',
    ),
    col('by', 'Recorded by', 'Saisi par', 'Who recorded it.', 'Qui l’a saisi.'),
  ],
});

export const SCHOOLS_TAB = ownedTab({
  key: 'schools',
  name: { en: 'Schools', fr: 'Écoles' },
  columns: [
    col('school', 'School', 'École', 'One row per school.', 'Une ligne par école.'),
    col(
      'practice',
      'Practice',
      'Pratique',
      'The one high-impact practice the school selected.',
      'La pratique à fort impact choisie par l’école.',
    ),
    col('principal', 'Principal', 'Direction', 'Principal’s name.', 'Nom de la direction.'),
    col(
      'coach',
      'Coach',
      'Conseiller·ère',
      'Coach(es) assigned; separate several with ";".',
      'Conseillers assignés; séparez-les par « ; ».',
    ),
  ],
});

export const SUPPORTS_TAB = ownedTab({
  key: 'supports',
  name: { en: 'Supports', fr: 'Soutiens' },
  columns: [
    col(
      'kind',
      'Kind',
      'Genre',
      'pd (PD session or multi-day cycle), coaching (coaching cycle), plc (PLC routine).',
      'pd (formation ou cycle de plusieurs jours), coaching (cycle d’accompagnement), plc (routine de CAP).',
    ),
    col(
      'title',
      'Title',
      'Titre',
      'What it is, e.g. "Fractions PD Day 2".',
      'Ce que c’est, p. ex. « Formation fractions, jour 2 ».',
    ),
    col('start', 'Start', 'Début', 'First date.', 'Première date.'),
    col(
      'end',
      'End',
      'Fin',
      'Last date (same as start for one day).',
      'Dernière date (identique au début pour une journée).',
    ),
    col(
      'objective',
      'Objective served',
      'Objectif visé',
      'The plan objective this support serves.',
      'L’objectif du plan que ce soutien sert.',
    ),
    col(
      'schools',
      'Schools',
      'Écoles',
      'Schools taking part; separate with ";" or leave blank for all.',
      'Écoles participantes; séparez par « ; » ou laissez vide pour toutes.',
    ),
    col('facilitator', 'Facilitator', 'Animation', 'Who leads it.', 'Qui l’anime.'),
    col('status', 'Status', 'Statut', 'planned or held.', 'planned (prévu) ou held (tenu).'),
  ],
});

export const DASHBOARD_TAB = ownedTab({
  key: 'dashboard',
  name: { en: 'Dashboard', fr: 'Tableau de bord' },
  columns: [],
});
export const SUMMARY_TAB = ownedTab({
  key: 'summary',
  name: { en: 'Summary', fr: 'Sommaire' },
  columns: [],
});

export const OWNED_TABS: OwnedTab[] = [
  EVIDENCE_TAB,
  CHECK_INS_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  DASHBOARD_TAB,
  SUMMARY_TAB,
];

/** The hidden tab where local mode keeps document settings (Apps Script uses document properties). */
export const SETTINGS_TAB_NAME = '_throughline';

/**
 * The one answer to "is this sheet that owned tab?", for every host and the reader: either language,
 * with case, accents and punctuation folded ("tableau de bord" and "Tableau de Bord" are the same tab).
 * With `locale`, only the name in that language counts (which language the owned tabs are in).
 */
export function isTabNamed(name: string, tab: OwnedTab, locale?: Locale): boolean {
  const words = normalizeWords(name);
  const names = locale ? [tab.name[locale]] : [tab.name.en, tab.name.fr];
  return names.some((n) => normalizeWords(n) === words);
}

/** The existing sheet name of an owned tab, in either language; null when the tab is missing. */
export function ownedTabName(names: string[], tab: OwnedTab): string | null {
  return names.find((n) => isTabNamed(n, tab)) ?? null;
}

/** True for the tabs the product creates and rewrites (and its settings tab): never the plan. */
export function isOwnedTabName(name: string): boolean {
  return (
    OWNED_TABS.some((tab) => isTabNamed(name, tab)) ||
    normalizeWords(name) === normalizeWords(SETTINGS_TAB_NAME)
  );
}
