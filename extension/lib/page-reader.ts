/**
 * What the injected selection reader does in a tab: ordinary selection first, then Google Docs'
 * annotated canvas, then (on Docs) the document's paragraphs for the pick-a-paragraph fallback.
 */
import type { PageSelection } from '../messages';
import { linesOf, selectedCanvasText, type Box, type TextBox } from './docs-canvas';
import { readSelectionContext, splitParagraphs } from './selection-context';

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

/** Google Docs document id from its URL, or null elsewhere. */
export function googleDocId(url: string): string | null {
  return /^https:\/\/docs\.google\.com\/document\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? null;
}

async function docsParagraphs(doc: Document, docId: string): Promise<string[]> {
  try {
    const response = await fetch(`https://docs.google.com/document/d/${docId}/export?format=txt`, {
      credentials: 'include',
    });
    if (response.ok) return splitParagraphs(await response.text());
  } catch {
    // Export blocked (a restricted document): fall back to the lines drawn on screen.
  }
  return linesOf(canvasTextBoxes(doc));
}

/** Reads the page the coach is on. Never throws: an empty text means "use a fallback". */
export async function readPage(
  doc: Document,
  win: Pick<Window, 'getSelection' | 'location'>,
): Promise<PageSelection> {
  const base = { title: doc.title.slice(0, 1000), url: win.location.href.slice(0, 4096) };
  const { text, heading } = readSelectionContext(doc, win.getSelection());
  const docId = googleDocId(base.url);
  if (text) return { ...base, text, heading, method: 'selection', paragraphs: [] };
  if (!docId) return { ...base, text: '', heading: '', method: 'none', paragraphs: [] };
  const canvasText = selectedCanvasText(canvasTextBoxes(doc), canvasSelectionBoxes(doc));
  const paragraphs = canvasText ? [] : await docsParagraphs(doc, docId);
  return {
    ...base,
    text: canvasText,
    heading: '',
    method: canvasText ? 'docs-canvas' : 'none',
    paragraphs,
  };
}
