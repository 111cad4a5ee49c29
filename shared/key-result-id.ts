/**
 * Stable ids for key results and objectives when the host has none to give (no developer metadata
 * yet, a CSV, an .xlsx): a hash of the normalized titles, so sorting rows or changing a value keeps
 * the id and evidence stays linked. Rewording a title changes it (plan health reports orphans).
 */
import { normalizeWords } from './reading/normalize-text';

/** 32-bit FNV-1a of the string's UTF-16 code units, in base 36. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** 'kr-…' from the objective and key result titles (case, accents and punctuation ignored). */
export function keyResultIdFor(objectiveTitle: string | null, keyResultTitle: string): string {
  // No objective hashes as "", as the words "(no objective)" always did (bracketed words are dropped).
  return `kr-${fnv1a(`${normalizeWords(objectiveTitle ?? '')}\n${normalizeWords(keyResultTitle)}`)}`;
}

/** 'obj-…' from the objective title. */
export function objectiveIdFor(title: string | null): string {
  return `obj-${fnv1a(normalizeWords(title ?? ''))}`;
}
