/**
 * Reads whether a key result is a leading indicator (visible weekly) or a lagging one (arrives once a
 * year), from the words districts use in English and French.
 */
import type { Indicator } from '../plan-schema';
import { normalizeWords } from './normalize-text';

const LEADING = ['leading', 'lead', 'leading indicator', 'avance', 'avancee', 'avances', 'avancees', 'indicateur avance', 'predictif', 'process', 'processus', 'input'];
const LAGGING = ['lagging', 'lag', 'lagging indicator', 'retarde', 'retardee', 'retardes', 'retardees', 'indicateur retarde', 'outcome', 'result', 'resultat', 'output', 'extrant'];

/** 'leading', 'lagging', or null when the cell does not say. */
export function readIndicator(text: string): Indicator | null {
  const words = normalizeWords(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const leading = words.some((word) => LEADING.includes(word));
  const lagging = words.some((word) => LAGGING.includes(word));
  if (leading === lagging) return null;
  return leading ? 'leading' : 'lagging';
}
