/**
 * The rows of a plan sheet that are not key results: section rows that open an objective
 * ("Objective 2: …", "Objectif 1 – …"), and footer or note rows ("Total key results: 5",
 * "Last updated: Nov 3, 2025", "Vision: …").
 */
import { normalizeWords } from './normalize-text';

const SECTION =
  /^\s*(?:strategic\s+(?:objective|goal)s?|objectifs?\s+strat[ée]giques?|objectives?|objectifs?|goals?|buts?|priorit(?:y|ies|[ée]s?)|axes?|orientations?)\s*(?:(?:n[o°º]\.?\s*|#\s*)?(?:\d+|[ivx]+|[a-c])\s*[:.)\-–—]|:|\s[-–—])\s*(.+)$/iu;

const NOTE =
  /^(total|totals|sous total|grand total|nombre total|last updated|updated|last update|date updated|mise a jour|mis a jour|derniere mise a jour|maj|source|sources|note|notes|nb|remarque|remarques|comment|comments|commentaire|commentaires|prepared by|prepare par|approved|approuve|adopted|adopte|vision|mission|legend|legende|see|voir|page|version|revised|revise|created|cree)\b/;

/** The objective title when the text is a section row like "Objective 2: Students reason…", else null. */
export function sectionTitle(text: string): string | null {
  const match = SECTION.exec(text);
  return match ? match[1].trim() : null;
}

/** The title without an "Objective 1:" prefix (kept as written when there is none). */
export function stripSectionPrefix(text: string): string {
  return sectionTitle(text) ?? text.trim();
}

/** A footnote: "* Data from i-Ready", "¹ Target revised in October", "† see annex". */
const FOOTNOTE = /^\s*[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]/u;

/** True for footer, footnote and note rows that are never key results. */
export function isNoteText(text: string): boolean {
  return FOOTNOTE.test(text) || NOTE.test(normalizeWords(text));
}
