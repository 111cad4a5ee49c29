/**
 * What the injected selection reader does in a tab: ordinary selection first, then Google Docs'
 * annotated canvas (where Docs draws it), then (on Docs and Slides) the document's paragraphs from
 * its export, for "find a passage" and for placing a copied passage under its heading.
 */
import { googleDocId, googleSlidesId } from '../../shared/anchor/passage-link';
import { buildQuoteAnchor } from '../../shared/anchor/text-quote';
import type { PageSelection } from '../messages';
import { linesOf, selectedCanvasText, type Box, type TextBox } from './docs-canvas';
import { exportedParagraphs, paragraphsFromText } from './docs-export';
import { readSelectionContext } from './selection-context';

function boxOf(element: Element): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

function canvasTextBoxes(doc: Document): TextBox[] {
  return Array.from(
    doc.querySelectorAll(
      '.kix-canvas-tile-content svg rect[aria-label], .kix-canvas-tile-content [aria-label]',
    ),
  )
    .map((el) => ({ ...boxOf(el), text: el.getAttribute('aria-label') ?? '' }))
    .filter((box) => box.text.trim() !== '');
}

function canvasSelectionBoxes(doc: Document): Box[] {
  return Array.from(
    doc.querySelectorAll('.kix-canvas-tile-selection svg rect, .kix-canvas-tile-selection rect'),
  ).map(boxOf);
}

/** The document's paragraphs from its export, else the lines Docs drew on screen. */
async function docsParagraphs(doc: Document, url: string) {
  const exported = await exportedParagraphs(url);
  return exported.length > 0
    ? exported
    : paragraphsFromText(linesOf(canvasTextBoxes(doc)).join('\n'));
}

/** The anchor of text read off the canvas, among the lines drawn around it. */
function canvasAnchor(doc: Document, text: string) {
  const lines = linesOf(canvasTextBoxes(doc)).join('\n');
  const at = lines.indexOf(text);
  return at < 0
    ? { exact: text, prefix: '', suffix: '' }
    : buildQuoteAnchor(lines.slice(0, at), text, lines.slice(at + text.length));
}

/** Reads the page the coach is on. Never throws: an empty text means "use a fallback". */
export async function readPage(
  doc: Document,
  win: Pick<Window, 'getSelection' | 'location'>,
): Promise<PageSelection> {
  const base = { title: doc.title.slice(0, 1000), url: win.location.href.slice(0, 4096) };
  const { text, heading, anchor } = readSelectionContext(doc, win.getSelection());
  const drawn = googleDocId(base.url) !== null || googleSlidesId(base.url) !== null;
  if (text) return { ...base, text, heading, anchor, method: 'selection', paragraphs: [] };
  const none = { ...base, text: '', heading: '', anchor: null, method: 'none' as const };
  if (!drawn) return { ...none, paragraphs: [] };
  const canvasText = selectedCanvasText(canvasTextBoxes(doc), canvasSelectionBoxes(doc));
  if (canvasText)
    return {
      ...none,
      text: canvasText,
      anchor: canvasAnchor(doc, canvasText),
      method: 'docs-canvas',
      paragraphs: [],
    };
  return { ...none, paragraphs: await docsParagraphs(doc, base.url) };
}
