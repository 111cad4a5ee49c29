/**
 * A way back to a clipped passage: a text-quote anchor (the exact words with just enough words
 * before and after to be the only such place in the text), as the W3C annotation model and the
 * browsers' text fragments describe it. Pure: callers pass the text around the passage.
 */
import { fragmentStart } from './text-fragment';

/** The passage and the words around it that make it unique in its document. */
export interface TextQuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The most context words taken on each side: past this the passage repeats a long stretch anyway. */
const MAX_CONTEXT_WORDS = 40;
/** Characters of context looked at for those words (a 500-page document is not split into words). */
const CONTEXT_WINDOW = MAX_CONTEXT_WORDS * 60;

/** White space runs become one space, so a passage reads the same however the page wrapped it. */
export function squashSpaces(text: string): string {
  // Only runs and odd spaces are replaced: rewriting every single space is 50× slower on a long page.
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}

/** Spaces tidied but line breaks kept (one per run): a break is where one block of text ends. */
export function tidyBlocks(text: string): string {
  return text.replace(/[^\S\n]{2,}|[^\S \n]/g, ' ').replace(/ ?\n\s*/g, '\n');
}

/** How many times `needle` occurs in `haystack` (overlaps counted), stopping at `limit`. */
export function countOccurrences(haystack: string, needle: string, limit = 2): number {
  if (needle === '') return limit;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    if (++count >= limit) break;
  return count;
}

/** Start offsets of the last `n` words of `text` (index 0 = the last word). */
function wordStartsFromEnd(text: string, n: number): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/\S+/g)) starts.push(match.index);
  return starts.reverse().slice(0, n);
}

/** End offsets of the first `n` words of `text`. */
function wordEnds(text: string, n: number): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    ends.push(match.index + match[0].length);
    if (ends.length === n) break;
  }
  return ends;
}

/**
 * The anchor of `exact`, found between `before` and `after` in its document. Context grows one
 * word a side at a time until the prefix, passage and suffix occur once in the whole text (compared
 * case-insensitively, as text fragments are). Line breaks (block ends) are kept in the anchor.
 */
export function buildQuoteAnchor(before: string, exact: string, after: string): TextQuoteAnchor {
  const lead = /^\s*/.exec(exact)?.[0] ?? '';
  const trail = /\s*$/.exec(exact)?.[0] ?? '';
  const b = tidyBlocks(before.slice(-CONTEXT_WINDOW) + lead);
  const a = tidyBlocks(trail + after.slice(0, CONTEXT_WINDOW));
  const e = tidyBlocks(exact).trim();
  const flat = (text: string) => squashSpaces(text).toLowerCase();
  const whole = flat(before + exact + after);
  const start = fragmentStart(e);
  const prefixStarts = wordStartsFromEnd(b, MAX_CONTEXT_WORDS);
  const suffixEnds = wordEnds(a, MAX_CONTEXT_WORDS);
  const most = Math.max(prefixStarts.length, suffixEnds.length);
  let anchor: TextQuoteAnchor = { exact: e, prefix: '', suffix: '' };
  for (let k = 0; k <= most; k++) {
    const prefix =
      k === 0 ? '' : b.slice(prefixStarts[Math.min(k, prefixStarts.length) - 1] ?? b.length);
    const suffix = k === 0 ? '' : a.slice(0, suffixEnds[Math.min(k, suffixEnds.length) - 1] ?? 0);
    anchor = { exact: e, prefix, suffix };
    // A long passage travels as its first and last words: the prefix must single out its start too.
    const unique = countOccurrences(whole, flat(prefix + e + suffix)) === 1;
    if (unique && (start === e || countOccurrences(whole, flat(prefix + start)) === 1)) break;
  }
  return anchor;
}

/** The anchor of a paragraph picked from a document's paragraphs (Docs, Slides exports). */
export function paragraphAnchor(paragraphs: string[], from: number, to = from): TextQuoteAnchor {
  return buildQuoteAnchor(
    paragraphs.slice(0, from).join('\n') + (from > 0 ? '\n' : ''),
    paragraphs.slice(from, to + 1).join('\n'),
    (to + 1 < paragraphs.length ? '\n' : '') + paragraphs.slice(to + 1).join('\n'),
  );
}
