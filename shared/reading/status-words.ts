/**
 * Hand-written status words ("On track", "Green", "À surveiller"): a Status or RAG column holds them,
 * and a cell of them is never a key result's value, however few rows the column has. The Dashboard's
 * own status words come from the i18n table (a coordinator often copies them into the plan); the
 * list here adds the other ways people write a status.
 */
import { strings } from '../i18n';
import { normalizeWords } from './normalize-text';

/** The statuses the Dashboard writes, in both languages ("No data yet" is a missing value, not a status). */
const DASHBOARD_STATUSES = (
  ['status.achieved', 'status.on-track', 'status.at-risk', 'status.off-track'] as const
).flatMap((key) => [strings[key].en, strings[key].fr]);

const STATUS_PHRASES = [
  ...DASHBOARD_STATUSES,
  // English
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
  'sur la bonne voie',
  'a risque',
  'en avance',
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
