/**
 * Reads what the coach selected on an ordinary page, with the nearest heading above it, so a clip
 * keeps its context ("Lesson 3 debrief") without the coach typing it. Pure over a DOM tree.
 */
import { buildQuoteAnchor, type TextQuoteAnchor } from '../../shared/anchor/text-quote';

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

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text under `root` (within `range` when given) with a line break where each block starts:
 * Range.toString and textContent run "reasoning.</p><h2>Tuesday" together as "reasoning.Tuesday".
 * Script and style text is left out.
 */
export function textWithBreaks(doc: Document, root: Node, range?: Range): string {
  const parts: string[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      SKIPPED_TAGS.has(node.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range && !range.intersectsNode(node)) continue;
    if (node.nodeType !== Node.TEXT_NODE) {
      if (BLOCK_TAGS.has(node.nodeName)) parts.push('\n');
      continue;
    }
    const data = (node as Text).data;
    const from = range?.startContainer === node ? range.startOffset : 0;
    const to = range?.endContainer === node ? range.endOffset : data.length;
    parts.push(data.slice(from, to));
  }
  return parts.join('');
}

/**
 * The selection's text-quote anchor: the page's text before and after it give the words that make
 * the passage the only one of its kind on the page (for the text-fragment link back to it).
 */
export function selectionAnchor(doc: Document, range: Range): TextQuoteAnchor | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(root, root.childNodes.length);
  const text = (r: Range) => textWithBreaks(doc, root, r);
  return buildQuoteAnchor(text(before), text(range), text(after));
}

/** The selected text (whitespace tidied), its heading and anchor; empty text when nothing is selected. */
export function readSelectionContext(
  doc: Document,
  selection: Selection | null,
): { text: string; heading: string; anchor: TextQuoteAnchor | null } {
  const none = { text: '', heading: '', anchor: null };
  if (!selection || selection.rangeCount === 0) return none;
  const text = clean(selection.toString());
  if (!text) return none;
  const range = selection.getRangeAt(0);
  return {
    text,
    heading: nearestHeadingAbove(range.startContainer, doc),
    anchor: selectionAnchor(doc, range),
  };
}

/** Splits a document's plain text into paragraphs a coach can pick from. */
export function splitParagraphs(text: string, max = 3000): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => clean(line))
    .filter((line) => line.length > 0)
    .slice(0, max);
}
