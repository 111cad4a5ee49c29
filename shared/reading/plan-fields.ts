/**
 * The columns a plan table can have and the header words districts use for each, in English and
 * French, already normalized (see normalize-text.ts). Adding a wording here is how the reader learns
 * a new district's sheet.
 */
export type PlanField = 'objective' | 'keyResult' | 'indicator' | 'baseline' | 'target' | 'current' | 'unit' | 'owner' | 'start' | 'due';

/** Every field, in the order a plan usually lays them out. */
export const PLAN_FIELDS: PlanField[] = ['objective', 'keyResult', 'indicator', 'baseline', 'target', 'current', 'unit', 'owner', 'start', 'due'];

/** Header wordings per field. An exact match beats a wording found inside a longer header. */
export const FIELD_SYNONYMS: Record<PlanField, string[]> = {
  objective: [
    'objective', 'objectives', 'goal', 'goals', 'strategic objective', 'strategic goal', 'smart goal', 'district goal',
    'improvement goal', 'priority', 'strategic priority', 'focus area', 'area of focus',
    'objectif', 'objectifs', 'but', 'buts', 'objectif strategique', 'priorite', 'orientation', 'axe', 'enjeu',
  ],
  keyResult: [
    'key result', 'key results', 'kr', 'measure', 'measures', 'metric', 'metrics', 'indicator', 'indicators',
    'success measure', 'measure of success', 'success criteria', 'outcome measure', 'performance measure', 'kpi',
    'resultat cle', 'resultats cles', 'resultat attendu', 'resultats attendus', 'indicateur', 'indicateurs',
    'mesure', 'mesures', 'indicateur de rendement', 'cible mesurable', 'critere de reussite',
  ],
  indicator: [
    'leading or lagging', 'leading lagging', 'lead lag', 'leading vs lagging', 'type', 'nature', 'kind',
    'indicator type', 'type of indicator', 'measure type', 'type of measure', 'leading', 'lagging',
    'type d indicateur', 'type indicateur', 'nature de l indicateur', 'avance retarde', 'avance ou retarde', 'type de mesure',
  ],
  baseline: [
    'baseline', 'base line', 'baseline value', 'start value', 'starting value', 'starting point', 'initial value',
    'sept baseline', 'september baseline', 'fall baseline', 'base', 'initial', 'benchmark',
    'point de depart', 'points de depart', 'depart', 'donnees de depart', 'valeur de depart', 'valeur initiale', 'situation de depart', 'donnee de depart', 'reference', 'valeur de reference',
  ],
  target: [
    'target', 'targets', 'goal value', 'target value', 'june target', 'end of year target', 'year end target', 'desired',
    'cible', 'cibles', 'cible visee', 'cibles visees', 'valeurs cibles', 'valeur cible', 'visee', 'resultat vise', 'valeur visee', 'cible de juin',
  ],
  current: [
    'current', 'current value', 'now', 'latest', 'latest value', 'latest result', 'actual', 'actual to date', 'to date',
    'most recent', 'current status', 'progress to date', 'mid year', 'midyear', 'current result', 'result', 'results', 'actual result', 'actuals',
    'resultat', 'resultats', 'resultat obtenu', 'resultats obtenus', 'mi annee', 'valeur recente', 'donnees recentes',
    'update', 'progress update', 'latest update', 'status update', 'mise a jour', 'maj', 'bilan', 'suivi',
    'valeur actuelle', 'resultat actuel', 'actuel', 'actuelle', 'actuels', 'actuelles', 'resultats actuels', 'donnees actuelles', 'valeurs actuelles', 'situation actuelle', 'valeur a ce jour', 'resultat a ce jour', 'a ce jour', 'donnee actuelle', 'derniere valeur',
  ],
  unit: ['unit', 'units', 'unit of measure', 'measure unit', 'unite', 'unites', 'unite de mesure'],
  owner: [
    'owner', 'owners', 'responsible', 'responsibility', 'lead person', 'lead', 'leads', 'person responsible', 'accountable',
    'who', 'champion', 'owned by', 'responsable', 'responsables', 'personne responsable', 'porteur', 'porteurs', 'porteur du dossier', 'qui',
  ],
  start: ['start', 'start date', 'begin', 'begins', 'from', 'starting', 'debut', 'date de debut', 'date debut', 'a partir de'],
  due: [
    'due', 'due date', 'by when', 'target date', 'deadline', 'end date', 'completion date', 'date due', 'timeline', 'when', 'by',
    'echeance', 'date d echeance', 'date limite', 'date cible', 'fin', 'date de fin', 'quand', 'echeancier',
  ],
};

/**
 * Single words that lean a header toward a field when no whole wording matches ("Dernier résultat",
 * "Situation initiale", "Where are we?", "Où en sommes-nous ?"). Weaker than any wording above; the
 * column's content still has to fit.
 */
export const FIELD_CUES: Partial<Record<PlanField, string[]>> = {
  baseline: ['baseline', 'initial', 'initiale', 'initiaux', 'initiales', 'depart', 'starting', 'reference', 'prior', 'previous', 'precedent', 'precedente', 'base', 'was', 'origine'],
  current: ['current', 'currently', 'actuel', 'actuelle', 'actuels', 'latest', 'dernier', 'derniere', 'derniers', 'recent', 'recente', 'now', 'today', 'maintenant', 'where', 'sommes', 'update', 'updated', 'bilan', 'ytd', 'midyear', 'mi', 'progress', 'progres', 'observe', 'observed', 'mesure', 'measured', 'reel', 'reelle', 'obtenu', 'obtenue', 'achieved', 'atteint'],
  target: ['target', 'targets', 'cible', 'cibles', 'goal', 'goals', 'vise', 'visee', 'visees', 'vises', 'desired', 'souhaite', 'souhaitee', 'aim', 'attendu', 'attendue', 'expected', 'objective', 'objectif', 'end', 'fin', 'final', 'finale'],
  due: ['due', 'deadline', 'echeance', 'when', 'quand', 'limite', 'echeancier', 'completion', 'date'],
  owner: ['owner', 'owners', 'responsable', 'responsables', 'lead', 'who', 'qui', 'porteur', 'porteuse', 'accountable', 'champion'],
  keyResult: ['kr', 'measure', 'mesure', 'metric', 'indicator', 'indicateur', 'kpi', 'result', 'resultat', 'outcome'],
  objective: ['objective', 'objectif', 'goal', 'but', 'priority', 'priorite', 'axe', 'aim', 'orientation', 'strategy', 'strategie'],
};

/** The fields a plan table cannot do without, and those it should have (a diagnostic when missing). */
export const REQUIRED_FIELDS: PlanField[] = ['keyResult'];
export const EXPECTED_FIELDS: PlanField[] = ['objective', 'baseline', 'target', 'current', 'due'];
