/**
 * The words of the quantity grammar (quantity.ts), in English and French, folded (lower case, no
 * accents, apostrophes as spaces). Each list is one role a word plays around a number; adding a
 * wording is adding it to its role, never a new rule.
 */
import type { Token } from './quantity-tokens';

type Phrase = string[];

/** One role's phrases by their first word, longest first, so "out of" wins over "of". */
export type PhraseList = ReadonlyMap<string, Phrase[]>;

function phrases(list: string[]): PhraseList {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of list.map((words) => words.split(' ')).sort((a, b) => b.length - a.length)) {
    byFirst.set(phrase[0], [...(byFirst.get(phrase[0]) ?? []), phrase]);
  }
  return byFirst;
}

/** Before a number, saying it is approximate or a bound: "≈ 30", "about 30", "au moins 12". */
export const QUALIFIERS = phrases([
  '~',
  '≈',
  '≃',
  '∼',
  '>',
  '<',
  '≥',
  '≤',
  '=',
  '±',
  '.',
  ':',
  '→',
  'about',
  'approx',
  'approximately',
  'around',
  'roughly',
  'nearly',
  'almost',
  'circa',
  'ca',
  'some',
  'over',
  'under',
  'above',
  'below',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'est',
  'estimated',
  'projected',
  'environ',
  'env',
  'approximativement',
  'pres de',
  'autour de',
  'presque',
  'quasi',
  'plus de',
  'moins de',
  'au moins',
  'au plus',
  'jusqu a',
  'estime',
  'estimee',
  'prevu',
  'prevue',
]);

/** Money signs and codes, read past on either side of a number. */
export const CURRENCIES = phrases([
  '$',
  '€',
  '£',
  '¥',
  'usd',
  'cad',
  'eur',
  'us',
  'ca',
  'dollars',
  'dollar',
  'euros',
  'euro',
]);

/** Words that multiply the number before them: "$12k", "1,2 M$", "3 million". "m" counts only beside money. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['thousand', 1e3],
  ['mille', 1e3],
  ['m', 1e6],
  ['mm', 1e6],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['milliard', 1e9],
  ['milliards', 1e9],
]);

/** A percent written after the number: "42%", "42 percent", "42 pour cent". */
export const PERCENT_WORDS = phrases([
  '%',
  'percent',
  'per cent',
  'pct',
  'pour cent',
  'pourcent',
  'p cent',
]);

/** A change in points: "+5 pts", "+5 points de pourcentage". */
export const POINT_WORDS = phrases([
  'percentage points',
  'points de pourcentage',
  'pts',
  'pt',
  'points',
  'point',
  'pp',
]);

/** Between N and M of a ratio: "7 of 25", "3.1 out of 5", "3,2 sur 4", "11/30". */
export const RATIO_WORDS = phrases(['out of', 'of', 'sur', 'de', '/']);

/** Before the level a change reaches, or where a value goes: "(to 40%)", "3 → 5", "de 38 % à 50 %". */
export const TO_WORDS = phrases(['to', 'a', 'vers', 'jusqu a', '→', 'reaching', 'atteignant']);

/** Before the first of two numbers joined by TO_WORDS: "from 38% to 50%", "de 38 % à 50 %". */
export const FROM_WORDS = phrases(['from', 'de', 'du']);

/** Before the date a value is due: "by May 2026", "d'ici mai 2026", "avant le 15 juin 2026". */
export const DUE_WORDS = phrases([
  'by',
  'before',
  'until',
  'till',
  'due',
  'in',
  'for',
  'no later than',
  'd ici',
  'd ici a',
  'avant',
  'en',
  'pour',
  'jusqu a',
  'jusqu en',
  'au plus tard',
  'pour le',
  'au',
]);

/** Words between a due word and its date: "by the end of June 2026", "d'ici la fin de juin 2026". */
export const DATE_FILLER = new Set(['the', 'end', 'of', 'la', 'le', 'l', 'fin', 'de', 'du', 'd']);

/** Length of the first phrase of `list` that starts at `at`, or 0. */
export function phraseAt(tokens: Token[], at: number, list: PhraseList): number {
  const first = tokens[at];
  if (first === undefined || first.kind === 'num') return 0;
  for (const phrase of list.get(first.text) ?? []) {
    if (
      phrase.every(
        (word, i) =>
          tokens[at + i] !== undefined &&
          tokens[at + i].kind !== 'num' &&
          tokens[at + i].text === word,
      )
    )
      return phrase.length;
  }
  return 0;
}
