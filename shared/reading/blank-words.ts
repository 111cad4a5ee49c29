/**
 * The one list of words that mean "blank: nobody has this yet" — "n/a", "TBD", "TBA", "à venir",
 * "pending", "—" — for every kind of cell the reader takes: numbers, dates and owners. A word added
 * here reads as blank everywhere ("TBA" is a missing value, a missing due date and no owner alike).
 */
import { normalizeWords } from './normalize-text';

/** Blank words, normalized (lower case, no accents, "n/a" → "n a"); regular-expression alternatives. */
const BLANK_WORDS = [
  'n a',
  'na',
  'n d',
  'nd',
  'n c',
  'nc',
  's o',
  'tbd',
  'tba',
  'tbc',
  'to be (determined|confirmed|announced|defined)',
  'a (venir|determiner|confirmer|completer|definir|preciser)',
  'none',
  'aucune?',
  'pending',
  'en attente',
  'awaiting',
  'waiting',
  'new( (measure|indicator|metric))?',
  'nouve(au|l|lle)( (indicateur|mesure))?',
  'not (yet|available|applicable|measured|collected|reported)',
  'pas (encore|disponible|de donnees?)',
  'non (disponible|applicable|mesuree?|collectee?|communiquee?)',
  'sans objet',
  'no data',
  'aucune donnee',
  'unknown',
  'inconnue?',
  'upcoming',
  'to come',
  'coming',
  'blank',
  'vide',
  'nil',
  'null',
].join('|');

/** A cell that starts with a blank word: "n/a until spring", "pending (Jan)", "pas encore". */
export const BLANK_START = new RegExp(`^(${BLANK_WORDS})( |$)`);

/** A cell that is a blank word and nothing else (parentheses aside): "TBA", "N/A (new)". */
const BLANK_WHOLE = new RegExp(`^(${BLANK_WORDS})$`);

/** A cell of dashes, dots or question marks only: "—", "-", "?", "…". */
export const BLANK_SYMBOLS = /^[\s\-–—―_?.…*x]*$/;

/** True when a cell's text starts with a blank word or is only dashes: a number or date nobody has yet. */
export function startsBlank(text: string): boolean {
  return BLANK_SYMBOLS.test(text) || BLANK_START.test(normalizeWords(text));
}

/** True when a whole cell, or one name in it, is a blank word or only dashes: no owner, not a person. */
export function isBlankWord(text: string): boolean {
  return BLANK_SYMBOLS.test(text) || BLANK_WHOLE.test(normalizeWords(text));
}
