/**
 * Splits an owner cell into people: "M. Tremblay; J. Singh", "K. Diaz and PD team",
 * "C. Bouchard et É. Nadeau". Two names make a key result sturdier than one (sustainability).
 */
const SEPARATORS = /\s*(?:;|,|\/|\+|&|\n|\band\b|\bet\b)\s*/i;
/** With ";" or one name per line, commas belong to names ("Lee, Anna; Moss, Ben"). */
const STRONG_SEPARATORS = /\s*(?:;|\/|\+|&|\n|\band\b|\bet\b)\s*/i;

/** The people named in an owner cell, trimmed, blanks dropped. */
export function readOwners(text: string): string[] {
  if (/^\s*(n\/?a|-|—|tbd|s\.?o\.?)\s*$/i.test(text)) return [];
  return text
    .split(/[;\n]/.test(text.trim()) ? STRONG_SEPARATORS : SEPARATORS)
    .map((owner) => owner.replace(/\s+/g, ' ').trim())
    .filter((owner) => owner !== '' && !/^(n\/?a|-|—|tbd)$/i.test(owner));
}
