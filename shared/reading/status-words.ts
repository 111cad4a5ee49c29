/**
 * Hand-written status words ("On track", "Green", "À surveiller"): a Status or RAG column holds them,
 * and a cell of them is never a key result's value, however few rows the column has.
 */
import { normalizeWords } from './normalize-text';

const STATUS_PHRASES = [
  // English
  'on track',
  'off track',
  'at risk',
  'behind',
  'ahead',
  'met',
  'not met',
  'exceeded',
  'complete',
  'completed',
  'done',
  'in progress',
  'not started',
  'watch',
  'monitor',
  'green',
  'yellow',
  'amber',
  'red',
  // French
  'en bonne voie',
  'sur la bonne voie',
  'a surveiller',
  'en retard',
  'a risque',
  'en avance',
  'atteint',
  'atteinte',
  'atteints',
  'atteintes',
  'non atteint',
  'non atteinte',
  'depasse',
  'depassee',
  'termine',
  'terminee',
  'en cours',
  'non commence',
  'pas commence',
  'vert',
  'jaune',
  'orange',
  'rouge',
  'ambre',
];

const STATUSES = new Set(STATUS_PHRASES.map(normalizeWords));

/** True for a cell that only says how a key result is going, in English or French. */
export function isStatusText(text: string): boolean {
  return STATUSES.has(normalizeWords(text));
}
