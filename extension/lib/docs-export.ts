/**
 * Google Docs and Slides draw their text on a canvas, so the page cannot give us the coach's
 * selection; their exports can give the whole text. A Doc's HTML export keeps its headings (with
 * the ids Docs links to: `#heading=h.…`), so each paragraph knows the heading it sits under.
 */
import { DOCUMENT_LIMITS, docParagraph, type DocParagraph } from '../../shared/passage-search';
import { googleDocId, googleSlidesId } from '../../shared/anchor/passage-link';
import { headingPlace } from '../../shared/anchor/passage-place';
import { splitParagraphs, textWithBreaks } from './selection-context';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, td, th';
const HEADINGS = /^H[1-6]$/;

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The place of a heading: the id Docs gives it (on the heading itself or an anchor inside it), or ''. */
function headingPlaceOf(element: Element): string {
  return headingPlace(element.id || element.querySelector('a[id]')?.id || '');
}

/** The paragraphs of a Doc's HTML export, in order, each with the heading above it. */
export function paragraphsFromHtml(
  doc: Document,
  max: number = DOCUMENT_LIMITS.paragraphs,
): DocParagraph[] {
  const paragraphs: DocParagraph[] = [];
  let heading = '';
  let place = '';
  for (const element of Array.from(doc.body?.querySelectorAll(BLOCKS) ?? [])) {
    // A block inside another block (a paragraph in a list item or a cell) is read with its parent.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = clean(textWithBreaks(doc, element));
    if (!text) continue;
    if (HEADINGS.test(element.tagName)) {
      heading = text;
      place = headingPlaceOf(element);
    }
    paragraphs.push(docParagraph(text, heading, place));
    if (paragraphs.length === max) break;
  }
  return paragraphs;
}

/** Plain text (one paragraph a line) as paragraphs under no heading: Slides' export, or a Doc's when HTML fails. */
export function paragraphsFromText(text: string): DocParagraph[] {
  return splitParagraphs(text, DOCUMENT_LIMITS.paragraphs).map((line) =>
    docParagraph(line, '', ''),
  );
}

async function fetchText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    return response.ok ? await response.text() : null;
  } catch {
    return null; // Export blocked (a restricted document): the caller falls back.
  }
}

/**
 * The paragraphs of the Google Doc or Slides deck at `url`, from its export (the coach's own
 * session); empty when it cannot be exported, or when `url` is neither.
 */
export async function exportedParagraphs(url: string): Promise<DocParagraph[]> {
  const docId = googleDocId(url);
  if (docId) {
    const base = `https://docs.google.com/document/d/${docId}/export?format=`;
    const html = await fetchText(`${base}html`);
    const fromHtml = html
      ? paragraphsFromHtml(new DOMParser().parseFromString(html, 'text/html'))
      : [];
    if (fromHtml.length > 0) return fromHtml;
    const text = await fetchText(`${base}txt`);
    return text ? paragraphsFromText(text) : [];
  }
  const slidesId = googleSlidesId(url);
  if (!slidesId) return [];
  const text = await fetchText(`https://docs.google.com/presentation/d/${slidesId}/export/txt`);
  return text ? paragraphsFromText(text) : [];
}
