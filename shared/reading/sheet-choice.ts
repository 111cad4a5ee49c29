/**
 * What a tab is, by its name and header: one the product owns (Evidence, Check-ins, Schools,
 * Supports, Dashboard, Summary, in English or French) is never the plan; a helper ("Read me",
 * "Budget", "Lists", "Copy of…") ranks below any other tab; each tab's score and reason feed the
 * "no plan table" message and Set up's list. read-plan.ts weighs which tab is the plan.
 */
import { isBlank, type SheetTable } from '../cells';
import { message, type Message } from '../i18n';
import { isOwnedTabName } from '../owned-tabs';
import { findHeaderRow, type HeaderMapping } from './header-mapping';
import { foldText } from './normalize-text';

/** Why a sheet was or was not taken as the plan, for the "no plan table" message and the setup UI. */
export interface SheetCandidate {
  sheet: string;
  score: number;
  reason: Message;
}

/** Names of tabs that explain, budget or list things next to a plan, or are old copies of it (normalized, whole words). */
const HELPER_TAB =
  /\b(read ?me|lisez moi|lis moi|instructions?|how to|guide|mode d emploi|directives|budget|budgets|lists?|listes?|lookups?|dropdowns?|menus? deroulants?|examples?|exemples?|samples?|template|modele|archive|archives|copy of|copie de|backup|sauvegarde|old|ancien|ancienne|obsolete|draft|brouillon)\b/;

/** Score tiers: a helper tab ranks below any other tab that holds a plan header. */
const NON_HELPER = 1_000_000;
const PER_FIELD = 1000;
const MAX_ROWS_COUNTED = 998;
/** A header with nothing under it must name at least this many plan columns to be a blank plan template. */
const MIN_FIELDS_WITHOUT_ROWS = 3;

/** True for tabs named like a "Read me", "Budget", "Lists" or "Instructions" tab. */
export function isHelperTabName(name: string): boolean {
  // Words in brackets count here ("Plan (old)"), unlike in header matching.
  return HELPER_TAB.test(foldText(name).replace(/[^a-z0-9]+/g, ' '));
}

/**
 * Why each sheet was or was not taken for a plan (the "no plan table" message and Set up's list).
 * Which tab is the plan is weighed in read-plan.ts with the rest of the reading.
 */
export function sheetCandidates(sheets: SheetTable[]): SheetCandidate[] {
  return sheets.map((table) => scoreSheet(table).candidate);
}

/** The last calendar year a tab name points at: "2025-26 Plan" → 2026, "Plan 2025-2026" → 2026, "Plan 2026" → 2026. */
export function schoolYearInName(name: string): number | null {
  const span = /(?:^|\D)((?:19|20)\d{2})\s*[-–/_]\s*(\d{2}|\d{4})(?!\d)/.exec(name);
  if (span) return span[2].length === 4 ? Number(span[2]) : Number(span[1].slice(0, 2) + span[2]);
  const short = /(?:^|\D)(\d{2})\s*[-–/_]\s*(\d{2})(?!\d)/.exec(name);
  if (short && Number(short[2]) === Number(short[1]) + 1) return 2000 + Number(short[2]);
  const single = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(name);
  return single ? Number(single[1]) : null;
}

/** One sheet's score: helper tabs last, then the number of plan columns its header names, then its key result rows. */
export function scoreSheet(table: SheetTable): {
  candidate: SheetCandidate;
  mapping: HeaderMapping | null;
} {
  const reject = (
    key:
      | 'sheet.owned'
      | 'sheet.empty'
      | 'sheet.noHeader'
      | 'sheet.ownedNamePlan'
      | 'sheet.headerWithoutRows',
    params?: Record<string, number>,
  ) => ({
    candidate: { sheet: table.name, score: 0, reason: message(key, params) },
    mapping: null,
  });
  if (table.values.every((row) => row.every((value) => isBlank(value))))
    return reject(isOwnedTabName(table.name) ? 'sheet.owned' : 'sheet.empty');
  const mapping = findHeaderRow(table);
  if (isOwnedTabName(table.name))
    return reject(
      mapping && keyResultRows(table, mapping) > 0 ? 'sheet.ownedNamePlan' : 'sheet.owned',
    );
  if (!mapping) return reject('sheet.noHeader');
  const fields = Object.keys(mapping.columns).length;
  const rows = keyResultRows(table, mapping);
  if (rows === 0 && fields < MIN_FIELDS_WITHOUT_ROWS)
    return reject('sheet.headerWithoutRows', { row: mapping.headerRow + 1 });
  const reason = message('sheet.header', { row: mapping.headerRow + 1, count: fields });
  const score =
    (isHelperTabName(table.name) ? 0 : NON_HELPER) +
    fields * PER_FIELD +
    Math.min(rows, MAX_ROWS_COUNTED) +
    1;
  return { candidate: { sheet: table.name, score, reason }, mapping };
}

/** Rows under the header with something in the key result column (section and note rows included). */
function keyResultRows(table: SheetTable, mapping: HeaderMapping): number {
  const col = mapping.columns.keyResult;
  if (col === undefined) return 0;
  return table.values.slice(mapping.headerRow + 1).filter((row) => !isBlank(row[col])).length;
}
