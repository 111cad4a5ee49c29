/**
 * "Find a passage" through the coach's Google sign-in: the Docs API's documents.get and the Slides
 * API's presentations.get give every paragraph with what the exports lose — a Doc's headings with
 * their ids (`#heading=h.…`) and the slide each line of a deck is on (`#slide=id.…`), so a clip
 * links back to its heading or slide. Read-only scopes, asked for here and only here (a Doc's scope
 * for a Doc, a deck's for a deck); a refusal (403/404, or the coach declining the scope) is a
 * value, and the caller searches the export instead.
 */
import { DOCUMENT_LIMITS, docParagraph, type DocParagraph } from '../../shared/passage-search';
import { googleDocId, googleSlidesId } from '../../shared/anchor/passage-link';
import { headingPlace, slidePlace } from '../../shared/anchor/passage-place';
import { DOCUMENT_SCOPES, type GoogleEndpoints } from './google-config';
import type { SheetsClient, SheetsResult } from './google-sheets';

/** The parts of the Docs API's Document we read (developers.google.com/docs/api/reference/rest/v1/documents). */
export interface DocsDocument {
  title?: string;
  body?: { content?: DocsStructuralElement[] };
}
export interface DocsStructuralElement {
  paragraph?: {
    elements?: { textRun?: { content?: string } }[];
    paragraphStyle?: { namedStyleType?: string; headingId?: string };
  };
  table?: { tableRows?: { tableCells?: { content?: DocsStructuralElement[] }[] }[] };
  tableOfContents?: { content?: DocsStructuralElement[] };
}

/** The parts of the Slides API's Presentation we read (developers.google.com/slides/api/reference/rest/v1/presentations). */
export interface SlidesPresentation {
  title?: string;
  slides?: { objectId: string; pageElements?: SlidesPageElement[] }[];
}
interface SlidesText {
  textElements?: { textRun?: { content?: string }; autoText?: { content?: string } }[];
}
export interface SlidesPageElement {
  objectId?: string;
  shape?: { shapeType?: string; placeholder?: { type?: string }; text?: SlidesText };
  table?: { tableRows?: { tableCells?: { text?: SlidesText }[] }[] };
  elementGroup?: { children?: SlidesPageElement[] };
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const HEADING_STYLE = /^(TITLE|HEADING_[1-6])$/;

/** A paragraph's text from its runs (the final line break is Docs' paragraph end). */
function docsParagraphText(paragraph: NonNullable<DocsStructuralElement['paragraph']>): string {
  return clean((paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join(''));
}

/** A Doc's paragraphs in order (tables cell by cell), each under the heading above it, with that heading's place. */
export function paragraphsFromDocument(document: DocsDocument): DocParagraph[] {
  const paragraphs: DocParagraph[] = [];
  let heading = '';
  let place = '';
  const walk = (content: DocsStructuralElement[] = []) => {
    for (const element of content) {
      if (paragraphs.length >= DOCUMENT_LIMITS.paragraphs) return;
      if (element.table)
        for (const row of element.table.tableRows ?? [])
          for (const cell of row.tableCells ?? []) walk(cell.content);
      if (!element.paragraph) continue;
      const text = docsParagraphText(element.paragraph);
      if (!text) continue;
      const style = element.paragraph.paragraphStyle;
      if (HEADING_STYLE.test(style?.namedStyleType ?? '')) {
        heading = text;
        place = headingPlace(style?.headingId ?? '');
      }
      paragraphs.push(docParagraph(text, heading, place));
    }
  };
  walk(document.body?.content);
  return paragraphs;
}

/** The lines of a shape's or cell's text: one per paragraph (each ends with "\n"; a soft break inside one is a space). */
function slidesLines(text: SlidesText | undefined): string[] {
  const joined = (text?.textElements ?? [])
    .map((e) => e.textRun?.content ?? e.autoText?.content ?? '')
    .join('');
  return joined.split('\n').map(clean).filter(Boolean);
}

/** Every element of a slide, groups opened, in the API's order (the order Slides reads them). */
function flatElements(elements: SlidesPageElement[] = []): SlidesPageElement[] {
  return elements.flatMap((e) => (e.elementGroup ? flatElements(e.elementGroup.children) : [e]));
}

const TITLE_PLACEHOLDERS = new Set(['TITLE', 'CENTERED_TITLE']);

/** A deck's paragraphs, slide by slide: each under its slide's title, with the slide's place. */
export function paragraphsFromPresentation(presentation: SlidesPresentation): DocParagraph[] {
  const paragraphs: DocParagraph[] = [];
  for (const slide of presentation.slides ?? []) {
    const elements = flatElements(slide.pageElements);
    const titled = elements.find((e) => TITLE_PLACEHOLDERS.has(e.shape?.placeholder?.type ?? ''));
    const heading = slidesLines(titled?.shape?.text).join(' ');
    const place = slidePlace(slide.objectId);
    for (const element of elements) {
      const cells = element.table?.tableRows?.flatMap((row) => row.tableCells ?? []) ?? [];
      const texts = element.shape ? [element.shape.text] : cells.map((cell) => cell.text);
      for (const text of texts.flatMap(slidesLines))
        if (paragraphs.length < DOCUMENT_LIMITS.paragraphs)
          paragraphs.push(docParagraph(text, heading, place));
    }
  }
  return paragraphs;
}

const DOC_FIELDS =
  'title,body(content(paragraph(elements(textRun(content)),paragraphStyle(namedStyleType,headingId)),' +
  'table(tableRows(tableCells(content(paragraph(elements(textRun(content)),paragraphStyle(namedStyleType,headingId))))))))';
const SLIDES_FIELDS =
  'title,slides(objectId,pageElements(shape(placeholder(type),text(textElements(textRun(content),autoText(content)))),' +
  'table(tableRows(tableCells(text(textElements(textRun(content)))))),elementGroup))';

/**
 * The paragraphs of the Doc or deck at `url` through the API, or the problem Google answered
 * (`no-access` for 403, `sheet-gone` for 404, `signed-out` when the read scope was not granted…);
 * an empty list elsewhere. `interactive` (a coach's click) lets Google ask for the read scope.
 */
export async function googleParagraphs(
  client: Pick<SheetsClient, 'getJson'>,
  endpoints: Pick<GoogleEndpoints, 'docs' | 'slides'>,
  url: string,
  interactive = false,
): Promise<SheetsResult<DocParagraph[]>> {
  const docId = googleDocId(url);
  if (docId) {
    const read = await client.getJson<DocsDocument>(
      `${endpoints.docs}/v1/documents/${encodeURIComponent(docId)}?fields=${encodeURIComponent(DOC_FIELDS)}`,
      { interactive, scopes: [DOCUMENT_SCOPES.doc] },
    );
    return read.ok ? { ok: true, value: paragraphsFromDocument(read.value) } : read;
  }
  const slidesId = googleSlidesId(url);
  if (!slidesId) return { ok: true, value: [] };
  const read = await client.getJson<SlidesPresentation>(
    `${endpoints.slides}/v1/presentations/${encodeURIComponent(slidesId)}?fields=${encodeURIComponent(SLIDES_FIELDS)}`,
    { interactive, scopes: [DOCUMENT_SCOPES.deck] },
  );
  return read.ok ? { ok: true, value: paragraphsFromPresentation(read.value) } : read;
}
