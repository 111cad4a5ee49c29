/**
 * How well one header cell names one plan field: an exact wording scores highest, a wording found
 * inside a longer header ("Baseline (Sept 2025)", "2025-26 Target") less, the longest wording first.
 */
import { FIELD_CUES, FIELD_SYNONYMS, PLAN_FIELDS, type PlanField } from './plan-fields';
import { normalizeWords } from './normalize-text';

/** A field a header may name, and how sure the match is. */
export interface HeaderMatch {
  field: PlanField;
  score: number;
}

const EXACT = 100;
const CONTAINED = 40;
/** A cue word alone: below any wording, so "Target date" stays a due date and "Current status" a status. */
const CUE = 20;

/** Every field this header could name, best first; empty for blank, numeric or sentence-long cells. */
export function matchHeader(header: string): HeaderMatch[] {
  let matches = MATCHED.get(header);
  if (!matches) {
    if (MATCHED.size > 5000) MATCHED.clear();
    matches = matchWords(header);
    MATCHED.set(header, matches);
  }
  return matches;
}

/** Headers repeat across the rows and readings the reader weighs: each wording is matched once. */
const MATCHED = new Map<string, HeaderMatch[]>();

function matchWords(header: string): HeaderMatch[] {
  const words = normalizeWords(header);
  if (words === '' || words.length > 60 || /^[\d\s%]+$/.test(words)) return [];
  const tokens = words.split(' ');
  const wordings = wordingScores(words, tokens);
  const matches: HeaderMatch[] = [];
  for (const field of PLAN_FIELDS) {
    const score = wordings.get(field) || cueScore(tokens, CUE_STEMS[field]);
    if (score > 0) matches.push({ field, score });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** Each field's wordings, by wording: the fields a run of words names. */
const FIELDS_BY_WORDING = new Map<string, PlanField[]>();
for (const field of PLAN_FIELDS)
  for (const wording of FIELD_SYNONYMS[field])
    FIELDS_BY_WORDING.set(wording, [...(FIELDS_BY_WORDING.get(wording) ?? []), field]);
/** The most words a wording has: no longer run of a header's words can be one. */
const LONGEST_WORDING = Math.max(...[...FIELDS_BY_WORDING.keys()].map((w) => w.split(' ').length));

/**
 * Each field's best wording in the header: the whole header as a wording scores highest, a wording
 * found inside it less, the longer the better. Every run of the header's words is looked up once,
 * rather than every wording searched for in the header (a header has far fewer runs than there
 * are wordings).
 */
function wordingScores(words: string, tokens: string[]): Map<PlanField, number> {
  const scores = new Map<PlanField, number>();
  for (let first = 0; first < tokens.length; first++) {
    let run = '';
    for (let last = first; last < Math.min(tokens.length, first + LONGEST_WORDING); last++) {
      run = last === first ? tokens[first] : `${run} ${tokens[last]}`;
      const fields = FIELDS_BY_WORDING.get(run);
      if (!fields) continue;
      const score = run === words ? EXACT : CONTAINED + run.length;
      for (const field of fields) if (score > (scores.get(field) ?? 0)) scores.set(field, score);
    }
  }
  return scores;
}

/** Cue words present in the header: the more of the header they explain, the stronger. */
function cueScore(tokens: string[], stems: Set<string>): number {
  const hits = tokens.filter((w) => stems.has(stem(w))).length;
  return hits === 0 ? 0 : CUE + Math.round((10 * hits) / tokens.length);
}

const CUE_STEMS = Object.fromEntries(
  PLAN_FIELDS.map((field) => [field, new Set((FIELD_CUES[field] ?? []).map(stem))]),
) as Record<PlanField, Set<string>>;

/** "obtenus" ≈ "obtenu", "targets" ≈ "target", "visées" ≈ "visé": plural and feminine endings do not matter for a cue. */
function stem(word: string): string {
  return word.length > 3 ? word.replace(/(es|s|x)$/, '').replace(/e$/, '') : word;
}

/** True when the header text is one of the French wordings only (used to guess 05/06 as 5 June). */
export function isFrenchHeader(header: string): boolean {
  const words = normalizeWords(header);
  return /\b(objectif|resultat|cible|depart|actuelle|echeance|responsable|unite|indicateur|valeur|debut)s?\b/.test(
    words,
  );
}

/**
 * The one rule for "is this plan written in French?": over a third of its non-empty headers are
 * French wordings. The reader uses it for dates and objective words; local mode for its language.
 */
export function headersAreFrench(headers: string[]): boolean {
  return headers.filter(isFrenchHeader).length > headers.filter((h) => h !== '').length / 3;
}
