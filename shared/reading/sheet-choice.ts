/**
 * Picks the tab that holds the plan when a workbook has several: the one whose header row names the
 * most plan columns, then the one with the most key result rows under it. Tabs the product owns
 * (Evidence, Check-ins, Schools, Supports, Dashboard, Summary, in English or French) are never the
 * plan; helper tabs ("Read me", "Instructions", "Budget", "Lists", "Example"…) win only when no other
 * tab holds a plan, even when they show a sample of the plan's header.
 */
import { isBlank, type SheetTable } from '../cells';
import type { Bilingual } from '../messages';
import { bilingual } from '../i18n';
import { OWNED_TABS, SETTINGS_TAB_NAME } from '../owned-tabs';
import { findHeaderRow, type HeaderMapping } from './header-mapping';
import { normalizeWords } from './normalize-text';

/** Why a sheet was or was not taken as the plan, for the "no plan table" message and the setup UI. */
export interface SheetCandidate {
  sheet: string;
  score: number;
  reason: Bilingual;
}

/** Every sheet's score and the winning sheet with its header mapping. */
export interface SheetChoice {
  candidates: SheetCandidate[];
  best: { table: SheetTable; mapping: HeaderMapping } | null;
}

const OWNED_NAMES = new Set([
  ...OWNED_TABS.flatMap((tab) => [normalizeWords(tab.name.en), normalizeWords(tab.name.fr)]),
  normalizeWords(SETTINGS_TAB_NAME),
]);

/** Names of tabs that explain, budget or list things next to a plan (normalized, matched as whole words). */
const HELPER_TAB = /\b(read ?me|lisez moi|lis moi|instructions?|how to|guide|mode d emploi|directives|budget|budgets|lists?|listes?|lookups?|dropdowns?|menus? deroulants?|examples?|exemples?|samples?|template|modele|archive|archives)\b/;

/** Score tiers: a helper tab ranks below any other tab that holds a plan header. */
const NON_HELPER = 1_000_000;
const PER_FIELD = 1000;
const MAX_ROWS_COUNTED = 999;
/** A header with nothing under it must name at least this many plan columns to be a blank plan template. */
const MIN_FIELDS_WITHOUT_ROWS = 3;

/** True for the tabs the product creates and rewrites. */
export function isOwnedTabName(name: string): boolean {
  return OWNED_NAMES.has(normalizeWords(name));
}

/** True for tabs named like a "Read me", "Budget", "Lists" or "Instructions" tab. */
export function isHelperTabName(name: string): boolean {
  return HELPER_TAB.test(normalizeWords(name));
}

/** Scores every sheet; the best scoring one with a plan header wins (the first on a tie). */
export function chooseSheet(sheets: SheetTable[]): SheetChoice {
  const candidates: SheetCandidate[] = [];
  let best: SheetChoice['best'] = null;
  let bestScore = 0;
  for (const table of sheets) {
    const { candidate, mapping } = scoreSheet(table);
    candidates.push(candidate);
    if (mapping && candidate.score > bestScore) {
      best = { table, mapping };
      bestScore = candidate.score;
    }
  }
  return { candidates, best };
}

/** One sheet's score: helper tabs last, then the number of plan columns its header names, then its key result rows. */
export function scoreSheet(table: SheetTable): { candidate: SheetCandidate; mapping: HeaderMapping | null } {
  const reject = (key: 'sheet.owned' | 'sheet.empty' | 'sheet.noHeader' | 'sheet.ownedNamePlan' | 'sheet.headerWithoutRows', params?: Record<string, number>) => ({
    candidate: { sheet: table.name, score: 0, reason: bilingual(key, params) },
    mapping: null,
  });
  if (table.values.every((row) => row.every((value) => isBlank(value)))) return reject(isOwnedTabName(table.name) ? 'sheet.owned' : 'sheet.empty');
  const mapping = findHeaderRow(table);
  if (isOwnedTabName(table.name)) return reject(mapping && keyResultRows(table, mapping) > 0 ? 'sheet.ownedNamePlan' : 'sheet.owned');
  if (!mapping) return reject('sheet.noHeader');
  const fields = Object.keys(mapping.columns).length;
  const rows = keyResultRows(table, mapping);
  if (rows === 0 && fields < MIN_FIELDS_WITHOUT_ROWS) return reject('sheet.headerWithoutRows', { row: mapping.headerRow + 1 });
  const reason = bilingual('sheet.header', { row: mapping.headerRow + 1, count: fields });
  const score = (isHelperTabName(table.name) ? 0 : NON_HELPER) + fields * PER_FIELD + Math.min(rows, MAX_ROWS_COUNTED) + 1;
  return { candidate: { sheet: table.name, score, reason }, mapping };
}

/** Rows under the header with something in the key result column (section and note rows included). */
function keyResultRows(table: SheetTable, mapping: HeaderMapping): number {
  const col = mapping.columns.keyResult;
  if (col === undefined) return 0;
  return table.values.slice(mapping.headerRow + 1).filter((row) => !isBlank(row[col])).length;
}
