/**
 * "Find a passage" in a long document (a Google Doc or Slides deck read from its export): a coach
 * types a few words and sees the whole paragraphs that hold them, under their heading. Matching
 * ignores case and accents and treats French and English quotes and apostrophes alike, so
 * « l’élève » is found by typing "l'eleve". Pure and fast: a 500-page document is indexed once.
 */
import { MAX_CLIP_TEXT } from './inert-text';

/** One paragraph of a document, with the heading it sits under and its place (shared/anchor/passage-place.ts). */
export interface DocParagraph {
  text: string;
  heading: string;
  /** The URL fragment that opens the document there (`heading=h.…`, `slide=id.…`, `page=N`), or ''. */
  place: string;
}

/**
 * What is kept of one document, whoever reads it (its export, Google's APIs, a PDF): this many
 * paragraphs, each cut to what one clip's passage holds, under a heading of at most 1,000 characters.
 */
export const DOCUMENT_LIMITS = {
  paragraphs: 20_000,
  paragraphText: MAX_CLIP_TEXT,
  heading: 1000,
} as const;

/** A paragraph as every reader of a document hands it on, cut to DOCUMENT_LIMITS. */
export function docParagraph(text: string, heading: string, place: string): DocParagraph {
  return {
    text: text.slice(0, DOCUMENT_LIMITS.paragraphText),
    heading: heading.slice(0, DOCUMENT_LIMITS.heading),
    place,
  };
}

/** The folded text of every paragraph, made once per document. */
export interface PassageIndex {
  paragraphs: DocParagraph[];
  folded: string[];
}

/** A paragraph that holds every word of the query, with where each word is in its text. */
export interface PassageMatch {
  index: number;
  /** [start, end) offsets in the paragraph's own text, in order, not overlapping. */
  marks: [number, number][];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u02b9`´]/g;
const DOUBLE_QUOTES = /[\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033\u2039\u203a]/g;
/** Runs of spaces and any other space character (replacing every single space is far slower). */
const SPACES = /\s{2,}|[^\S ]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** One character as search compares it (may be empty: a lone accent; or two letters: œ → oe). */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature) return ligature;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ');
}

/** Text as search compares it: no case, no accents, one kind of quote and apostrophe, one kind of space. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII has no accents, ligatures or curly quotes: only its spaces need folding.
  if (!/[^\0-\x7f]/.test(lower)) return lower.replace(SPACES, ' ');
  return lower
    .replace(/[œæß]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ');
}

/** Folds `text` keeping, for each folded character, the offset of the character it came from. */
function foldWithOffsets(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const part = foldChar(text.slice(i, i + width));
    for (let k = 0; k < part.length; k++) from.push(i);
    folded += part;
    i += width;
  }
  from.push(text.length);
  return { folded, from };
}

/** Indexes a document's paragraphs for searching (done once; searching is then a scan). */
export function indexParagraphs(paragraphs: DocParagraph[]): PassageIndex {
  return { paragraphs, folded: paragraphs.map((p) => foldText(p.text)) };
}

/** The query's words, folded, longest first (the rarest usually), without repeats. */
export function queryTerms(query: string): string[] {
  const terms = foldText(query)
    .split(' ')
    .map((term) => term.replace(/^["']+|["']+$/g, ''))
    .filter(Boolean);
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** Where each term occurs in a paragraph's text, merged where they touch, in text offsets. */
export function markTerms(text: string, terms: string[]): [number, number][] {
  const { folded, from } = foldWithOffsets(text);
  const spans: [number, number][] = [];
  for (const term of terms)
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length))
      spans.push([from[at], from[at + term.length - 1] + 1]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * Paragraphs holding every word of the query: those holding the words as one phrase first, then in
 * document order. At most `limit` results; an empty query finds nothing.
 */
export function searchParagraphs(index: PassageIndex, query: string, limit = 50): PassageMatch[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const phrase = terms.length > 1 ? foldText(query).trim() : '';
  const phraseHits: number[] = [];
  const otherHits: number[] = [];
  index.folded.forEach((folded, i) => {
    if (!terms.every((term) => folded.includes(term))) return;
    (phrase && folded.includes(phrase) ? phraseHits : otherHits).push(i);
  });
  return [...phraseHits, ...otherHits].slice(0, limit).map((i) => ({
    index: i,
    marks: markTerms(index.paragraphs[i].text, terms),
  }));
}
