/**
 * Text-fragment links (`#:~:text=`): opening one, the browser scrolls to the passage and highlights
 * it. A short passage travels whole; a long or multi-paragraph one as its first and last words.
 * Each term stays inside one block, since a browser never matches a term across blocks.
 */
import type { TextQuoteAnchor } from './text-quote';

/** A passage of at most this many words (on one line) travels whole. */
const WHOLE_WORDS = 10;
/** Words kept at each end of a longer passage. */
const END_WORDS = 5;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const lines = (text: string) => text.split('\n').map((line) => line.trim());
const nonEmptyLines = (text: string) => lines(text).filter(Boolean);

/**
 * The start term of a passage's fragment: the passage itself when short, else its first words
 * (never past its first line).
 */
export function fragmentStart(exact: string): string {
  const all = words(exact);
  if (!exact.includes('\n') && all.length <= WHOLE_WORDS) return all.join(' ');
  return words(lines(exact)[0]).slice(0, END_WORDS).join(' ');
}

/**
 * The end term: the fewest last words (of the last line, at least END_WORDS when there are that
 * many) whose first appearance after the start term is the passage's very end, so the browser does
 * not stop at an earlier repeat of them. Null when no such end exists (the passage then travels whole).
 */
export function fragmentEnd(exact: string, start: string): string | null {
  const flat = words(exact).join(' ').toLowerCase();
  const lastLine = words(lines(exact).at(-1) ?? '');
  const room = exact.includes('\n') ? lastLine.length : lastLine.length - words(start).length;
  for (let m = Math.min(END_WORDS, room); m <= room; m++) {
    if (m <= 0) continue;
    const end = lastLine.slice(-m).join(' ');
    if (flat.indexOf(end.toLowerCase(), start.length) === flat.length - end.length) return end;
  }
  return null;
}

/** Percent-encodes a term: what encodeURIComponent does, plus `-`, which the directive reserves. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The `text=…` directive for an anchor: [prefix-,]start[,end][,-suffix]. */
export function textDirective(anchor: TextQuoteAnchor): string {
  // A context term may be in the block before or after the passage, but within one block.
  const prefix = words(nonEmptyLines(anchor.prefix).at(-1) ?? '').join(' ');
  const suffix = words(nonEmptyLines(anchor.suffix)[0] ?? '').join(' ');
  const start = fragmentStart(anchor.exact);
  const end = start === words(anchor.exact).join(' ') ? null : fragmentEnd(anchor.exact, start);
  const terms = end === null ? [words(anchor.exact).join(' ')] : [start, end];
  const parts = terms.map(encodeFragmentTerm);
  if (prefix) parts.unshift(`${encodeFragmentTerm(prefix)}-`);
  if (suffix) parts.push(`-${encodeFragmentTerm(suffix)}`);
  return `text=${parts.join(',')}`;
}

/** `url` opened at the passage: any previous text directive is replaced, a plain #hash is kept. */
export function textFragmentUrl(url: string, anchor: TextQuoteAnchor): string {
  const [base, hash = ''] = url.split(/#(.*)/s);
  const keep = hash.split(':~:')[0];
  return `${base}#${keep}:~:${textDirective(anchor)}`;
}
