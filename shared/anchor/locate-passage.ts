/**
 * Where a copied passage sits in a document's paragraphs (a Doc or Slides export): the paragraph
 * it starts in (for its heading) and its text-quote anchor. Copied text and export agree on words,
 * not always on spacing or case, so both are compared with spaces squashed and case ignored.
 */
import type { DocParagraph } from '../passage-search';
import { buildQuoteAnchor, squashSpaces, type TextQuoteAnchor } from './text-quote';

/** The paragraph the passage starts in and its anchor, or null when the document does not hold it. */
export function locatePassage(
  paragraphs: DocParagraph[],
  passage: string,
): { index: number; anchor: TextQuoteAnchor } | null {
  const flats = paragraphs.map((p) => squashSpaces(p.text).trim());
  // Searched with paragraphs joined by a space (a copied passage may span them), sliced from the
  // same text joined by line breaks (the same length), so the anchor keeps where paragraphs end.
  const doc = flats.join('\n');
  const flat = flats.join(' ');
  const wanted = squashSpaces(passage).trim();
  if (!wanted || flats.length === 0) return null;
  // Lower-casing keeps lengths for the scripts coaches write in; offsets stay those of `doc`.
  const lower = flat.toLowerCase();
  const at = lower.length === flat.length ? lower.indexOf(wanted.toLowerCase()) : -1;
  const found = at >= 0 ? at : flat.indexOf(wanted);
  if (found < 0) return null;
  let index = 0;
  for (let end = flats[0].length; end < found && index < flats.length - 1; )
    end += 1 + flats[++index].length;
  const exact = doc.slice(found, found + wanted.length);
  return {
    index,
    anchor: buildQuoteAnchor(doc.slice(0, found), exact, doc.slice(found + wanted.length)),
  };
}
