/**
 * Splits an owner cell into people: "M. Tremblay; J. Singh", "K. Diaz and PD team",
 * "C. Bouchard et É. Nadeau". Two names make a key result sturdier than one (sustainability).
 */
import { isBlankWord } from './blank-words';

const SEPARATORS = /\s*(?:;|,|\/|\+|&|\n|\band\b|\bet\b)\s*/i;
/** With ";" or one name per line, commas belong to names ("Lee, Anna; Moss, Ben"). */
const STRONG_SEPARATORS = /\s*(?:;|\/|\+|&|\n|\band\b|\bet\b)\s*/i;

/** The people named in an owner cell, trimmed, blanks dropped. */
export function readOwners(text: string): string[] {
  if (isBlankWord(text.trim())) return [];
  return text
    .split(/[;\n]/.test(text.trim()) ? STRONG_SEPARATORS : SEPARATORS)
    .map((owner) => owner.replace(/\s+/g, ' ').trim())
    .filter((owner) => owner !== '' && !isBlankWord(owner));
}
