/**
 * The rows of a plan sheet that are not key results: section rows that open an objective
 * ("Objective 2: …", "Objectif 1 – …"), and footer or note rows ("Total key results: 5",
 * "Last updated: Nov 3, 2025", "Vision: …").
 */
import { normalizeWords } from './normalize-text';

const SECTION =
  /^\s*(?:(?:strategic\s+(?:objective|goal)s?|objectifs?\s+strat[ée]giques?|objectives?|objectifs?|goals?|buts?|priorit(?:y|ies|[ée]s?)|axes?|orientations?)\s*(?:(?:n[o°º]\.?\s*|#\s*)?(?:\d+|[ivx]+|[a-h])\s*[:.)\-–—]|:|\s[-–—])|(?:o|obj\.?|g)\s?\d{1,2}\s*[:.)\-–—])\s*(.+)$/iu;

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

/**
 * Rows that sum up other rows: "Total", "Average", "Overall score", "Goal 2 mean", "Moyenne objectif 3".
 * Short, and nothing but summary words with an objective's number; "Average score on the rubric" is a key result.
 */
const SUMMARY =
  /^(?:(?:goal|objective|objectif|but|o|obj)\s*\d+\s+)?(?:sub ?total|grand total|totals?|sum|average|avg|mean|overall(?: score| average| mean| total)?|composite(?: score)?|moyennes?(?: generale| globale)?|somme|score global|ensemble|global|cumul)(?:\s+(?:(?:of |for |de l |du |des )?(?:goal|objective|objectif|but|o|obj)\s*)?\d+)?$/;

/** Lines that explain an objective rather than measure it: "Rationale: …", "Why this matters: …", "Pourquoi : …". */
const RATIONALE =
  /^(rationale|why|why this matters|pourquoi|pourquoi c est important|justification|contexte|context|background|because|parce que|raison|raisons|theory of action|theorie d action|our why|notre pourquoi)\b/;

/** True for a total, average or overall row. */
export function isSummaryText(text: string): boolean {
  return SUMMARY.test(normalizeWords(text));
}

/** True for a rationale or context line under an objective. */
export function isRationaleText(text: string): boolean {
  return RATIONALE.test(normalizeWords(text)) && /[:\-–—]/.test(text.slice(0, 40));
}

/** A footnote: "* Data from i-Ready", "¹ Target revised in October", "† see annex". */
const FOOTNOTE = /^\s*[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]/u;

/** True for footer, footnote and note rows that are never key results. */
export function isNoteText(text: string): boolean {
  return FOOTNOTE.test(text) || NOTE.test(normalizeWords(text));
}
