/**
 * Reads whether a key result is a leading indicator (visible weekly) or a lagging one (arrives once a
 * year), from the words districts use in English and French. The pairs mean the same split:
 *
 *   leading  = leading / lead / process / implementation / input / formative / predictive / precursor
 *              avancé / processus / mise en œuvre / intrant / formatif / prédictif / précurseur
 *   lagging  = lagging / lag / outcome / impact / output / summative / result
 *              retardé / résultat / impact / extrant / sommatif / effet / tardif
 *
 * with or without "indicator"/"indicateur"/"measure", plural and feminine forms, case and accents
 * ignored. A cell naming both kinds ("Leading/Lagging") says nothing. So that a title such as
 * "Implementation of the new curriculum" or "Impact on students" is not read as a kind, the kind
 * must stand in a clause of its own with at most one other word besides "indicator", "de", "type"…
 * ("Leading weekly", "Lagging – annual state test", "Type : avancé").
 */
import type { Indicator } from '../plan-schema';
import { normalizeWords } from './normalize-text';

const KIND_WORDS: Record<Indicator, string[]> = {
  leading: [
    'leading',
    'lead',
    'process',
    'implementation',
    'input',
    'formative',
    'predictive',
    'precursor',
    'avance',
    'processus',
    'mise en oeuvre',
    'intrant',
    'formatif',
    'predictif',
    'precurseur',
  ],
  lagging: [
    'lagging',
    'lag',
    'outcome',
    'impact',
    'output',
    'summative',
    'result',
    'retarde',
    'resultat',
    'extrant',
    'sommatif',
    'effet',
    'tardif',
  ],
};

/** Words that frame the kind without changing it: "indicateur de …", "type: …", "… measure". */
const FRAME = new Set([
  'indicator',
  'indicateur',
  'measure',
  'mesure',
  'metric',
  'kpi',
  'type',
  'kind',
  'de',
  'd',
  'du',
  'des',
  'of',
  'a',
  'an',
  'the',
  'le',
  'la',
  'l',
  'un',
  'une',
  'en',
  'is',
  'est',
]);

/** One form for plural, feminine and the -ive/-if pair: "avancées" → "avance", "processes" → "proces", "formatives" → "formatif". */
function stem(word: string): string {
  const singular = word.length > 3 ? word.replace(/(ss|x|ch|sh)es$/, '$1').replace(/s$/, '') : word;
  return singular.replace(/ee$/, 'e').replace(/ive$/, 'if');
}

const STEMMED: Array<{ kind: Indicator; words: string[] }> = (
  Object.keys(KIND_WORDS) as Indicator[]
).flatMap((kind) =>
  KIND_WORDS[kind].map((phrase) => ({
    kind,
    words: phrase
      .split(' ')
      .map(stem)
      .filter((word) => !FRAME.has(word)),
  })),
);

/** 'leading', 'lagging', or null when the cell does not say. */
export function readIndicator(text: string): Indicator | null {
  const clauses = text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(CLAUSE_BREAK)
    .map(readClause);
  const kinds = new Set(clauses.flatMap((clause) => clause.kinds));
  if (kinds.size !== 1) return null;
  return clauses.some((clause) => clause.kinds.length > 0 && clause.others <= 1)
    ? [...kinds][0]
    : null;
}

/** "Leading – checked weekly", "Type : avancé", "Lag; annual": the kind stands in a clause of its own. */
const CLAUSE_BREAK = /\s[-–—]\s|[–—:;,|\n]/;

/** The kinds a clause names, and how many of its words are something else ("weekly" in "Leading weekly"). */
function readClause(clause: string): { kinds: Indicator[]; others: number } {
  const words = normalizeWords(clause)
    .split(' ')
    .filter(Boolean)
    .map(stem)
    .filter((word) => !FRAME.has(word));
  const kinds: Indicator[] = [];
  let others = 0;
  for (let at = 0; at < words.length; at++) {
    const match = STEMMED.find((entry) => entry.words.every((word, i) => words[at + i] === word));
    if (match) {
      kinds.push(match.kind);
      at += match.words.length - 1;
    } else {
      others++;
    }
  }
  return { kinds, others };
}
