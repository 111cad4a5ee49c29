/**
 * Picks the tab that holds the plan when a workbook has several: the one whose header row names the
 * most plan columns. Tabs the product owns (Evidence, Check-ins, Schools, Supports, Dashboard,
 * Summary, in English or French) are never the plan; "Read me", "Budget" or "Lists" lose on content.
 */
import type { SheetTable } from '../cells';
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

/** True for the tabs the product creates and rewrites. */
export function isOwnedTabName(name: string): boolean {
  return OWNED_NAMES.has(normalizeWords(name));
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

/** One sheet's score: the number of plan columns its header row names, plus one when rows follow it. */
export function scoreSheet(table: SheetTable): { candidate: SheetCandidate; mapping: HeaderMapping | null } {
  if (isOwnedTabName(table.name)) {
    return { candidate: { sheet: table.name, score: 0, reason: bilingual('sheet.owned') }, mapping: null };
  }
  if (table.values.every((row) => row.every((value) => value === null || value === ''))) {
    return { candidate: { sheet: table.name, score: 0, reason: bilingual('sheet.empty') }, mapping: null };
  }
  const mapping = findHeaderRow(table);
  if (!mapping) return { candidate: { sheet: table.name, score: 0, reason: bilingual('sheet.noHeader') }, mapping: null };
  const fields = Object.keys(mapping.columns).length;
  const hasRows = table.values.length > mapping.headerRow + 1 ? 1 : 0;
  const reason = bilingual('sheet.header', { row: mapping.headerRow + 1, count: fields });
  return { candidate: { sheet: table.name, score: fields + hasRows, reason }, mapping };
}
