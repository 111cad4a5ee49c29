/**
 * Reads what the coach selected on an ordinary page, with the nearest heading above it, so a clip
 * keeps its context ("Lesson 3 debrief") without the coach typing it. Pure over a DOM tree.
 */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function clean(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** The last heading that starts before `node` in document order (or contains it). */
export function nearestHeadingAbove(node: Node, doc: Document): string {
  let found = '';
  for (const heading of Array.from(doc.querySelectorAll(HEADING_SELECTOR))) {
    const position = heading.compareDocumentPosition(node);
    const isBefore =
      (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ||
      (position & Node.DOCUMENT_POSITION_CONTAINED_BY) !== 0;
    if (heading === node || isBefore) found = clean(heading.textContent);
    else break;
  }
  return found.slice(0, 1000);
}

/** The selected text (whitespace tidied) and its heading; empty text when nothing is selected. */
export function readSelectionContext(
  doc: Document,
  selection: Selection | null,
): { text: string; heading: string } {
  if (!selection || selection.rangeCount === 0) return { text: '', heading: '' };
  const text = clean(selection.toString());
  if (!text) return { text: '', heading: '' };
  return { text, heading: nearestHeadingAbove(selection.getRangeAt(0).startContainer, doc) };
}

/** Splits a document's plain text into paragraphs a coach can pick from. */
export function splitParagraphs(text: string, max = 3000): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => clean(line))
    .filter((line) => line.length > 0)
    .slice(0, max);
}
