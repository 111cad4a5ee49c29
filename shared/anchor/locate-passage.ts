/**
 * Where a passage sits in a document's paragraphs (a Doc or Slides export, the Docs or Slides API,
 * a PDF's pages): the paragraph it starts in (for its heading and place) and its text-quote anchor.
 * Copied text and document agree on words, not always on spacing or case, so both are compared
 * with spaces squashed and case ignored. When the words occur more than once, the anchor's prefix
 * and suffix decide, then the place the coach was looking at (the slide on screen).
 */
import type { DocParagraph } from '../passage-search';
import { buildQuoteAnchor, squashSpaces, type TextQuoteAnchor } from './text-quote';

/** Occurrences looked at: a passage found more often than this is a word, not a passage. */
const MOST_OCCURRENCES = 2000;

/** The paragraphs as one text: joined by spaces to search, by line breaks to anchor (same length). */
function joined(paragraphs: DocParagraph[]) {
  const flats = paragraphs.map((p) => squashSpaces(p.text).trim());
  const starts: number[] = [];
  let at = 0;
  for (const flat of flats) {
    starts.push(at);
    at += flat.length + 1;
  }
  return { doc: flats.join('\n'), flat: flats.join(' '), starts };
}

/** Index of the paragraph holding offset `at` (starts ascending). */
function paragraphAt(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** How many characters of `context` match the text just before `end` (backwards) or from `start` (forwards). */
function agreeing(text: string, context: string, from: number, step: 1 | -1): number {
  let n = 0;
  const c = step === -1 ? context.length - 1 : 0;
  while (n < context.length) {
    const t = from + step * n;
    if (t < 0 || t >= text.length || text[t] !== context[c + step * n]) break;
    n++;
  }
  return n;
}

/** Start offsets of `wanted` in `flat` (compared lower-cased, or as written when case changes lengths). */
function occurrences(flat: string, wanted: string): { at: number[]; text: string; wanted: string } {
  const lower = flat.toLowerCase();
  const folds = lower.length === flat.length;
  const text = folds ? lower : flat;
  const needle = folds ? wanted.toLowerCase() : wanted;
  const at: number[] = [];
  let i = text.indexOf(needle);
  while (i >= 0 && at.length < MOST_OCCURRENCES) {
    at.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return { at, text, wanted: needle };
}

/**
 * The paragraph a quote starts in and its anchor in this document, or null when the document does
 * not hold it. Among several occurrences, the one whose surroundings agree longest with the
 * anchor's prefix and suffix wins; on a tie, one in the paragraphs at `preferPlace`; then the first.
 */
export function locateQuote(
  paragraphs: DocParagraph[],
  quote: TextQuoteAnchor,
  preferPlace = '',
): { index: number; anchor: TextQuoteAnchor } | null {
  const wantedExact = squashSpaces(quote.exact).trim();
  if (!wantedExact || paragraphs.length === 0) return null;
  const { doc, flat, starts } = joined(paragraphs);
  const found = occurrences(flat, wantedExact);
  const fold = (context: string) =>
    found.text === flat ? squashSpaces(context) : squashSpaces(context).toLowerCase();
  const prefix = fold(quote.prefix).trimStart();
  const suffix = fold(quote.suffix).trimEnd();
  let best = -1;
  let bestScore = -1;
  for (const at of found.at) {
    const placed = preferPlace !== '' && paragraphs[paragraphAt(starts, at)].place === preferPlace;
    const end = at + found.wanted.length;
    const score =
      (agreeing(found.text, prefix, at - 1, -1) + agreeing(found.text, suffix, end, 1)) * 2 +
      (placed ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  if (best < 0) return null;
  const end = best + wantedExact.length;
  return {
    index: paragraphAt(starts, best),
    anchor: buildQuoteAnchor(doc.slice(0, best), doc.slice(best, end), doc.slice(end)),
  };
}

/** Where a copied passage (no context of its own) sits: see locateQuote. */
export function locatePassage(
  paragraphs: DocParagraph[],
  passage: string,
  preferPlace = '',
): { index: number; anchor: TextQuoteAnchor } | null {
  return locateQuote(paragraphs, { exact: passage, prefix: '', suffix: '' }, preferPlace);
}
