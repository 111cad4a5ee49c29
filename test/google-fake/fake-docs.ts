/**
 * Google Docs and Slides for the fake Google, in the shapes the Docs API v1 (documents.get) and
 * the Slides API v1 (presentations.get) document: a Document's body of structural elements
 * (paragraphs with textRuns ending in "\n", paragraphStyle.namedStyleType and headingId on
 * headings, tables of cells), a Presentation's slides with objectIds and page elements (shapes
 * with placeholders and text elements, tables, groups). Built from plain outlines for tests.
 */
import type {
  DocsDocument,
  DocsStructuralElement,
  SlidesPageElement,
  SlidesPresentation,
} from '../../extension/lib/google-docs';

/** A Doc or deck the fake serves, shared with some accounts. */
export interface FakeDriveFile {
  kind: 'documents' | 'presentations';
  id: string;
  body: DocsDocument | SlidesPresentation;
  sharedWith: Set<string>;
}

/** A section of a Doc: a heading (with the id Docs gave it) and its paragraphs. */
export interface DocSection {
  heading: string;
  headingId: string;
  paragraphs: string[];
}

/** A Document as documents.get returns it, with start/end indexes counted as Docs counts them. */
export function docsDocument(title: string, sections: DocSection[]): DocsDocument {
  let index = 1;
  const paragraph = (text: string, style: Record<string, string>): DocsStructuralElement => {
    const content = `${text}\n`;
    const [startIndex, endIndex] = [index, index + content.length];
    index = endIndex;
    const run = { startIndex, endIndex, textRun: { content, textStyle: {} } };
    const paragraphStyle = { ...style, direction: 'LEFT_TO_RIGHT' };
    return { startIndex, endIndex, paragraph: { elements: [run], paragraphStyle } } as never;
  };
  const content: DocsStructuralElement[] = [{ endIndex: 1, sectionBreak: {} } as never];
  for (const section of sections) {
    content.push(
      paragraph(section.heading, { namedStyleType: 'HEADING_2', headingId: section.headingId }),
    );
    for (const text of section.paragraphs)
      content.push(paragraph(text, { namedStyleType: 'NORMAL_TEXT' }));
  }
  return { documentId: 'set-by-serve', title, body: { content } } as DocsDocument;
}

/** A slide of a deck: its object id, title and body lines. */
export interface SlideOutline {
  objectId: string;
  title: string;
  lines: string[];
}

/** A shape's text as the Slides API gives it: a paragraphMarker, then runs ending in "\n". */
function slidesText(lines: string[]) {
  let index = 0;
  const textElements = lines.flatMap((line) => {
    const content = `${line}\n`;
    const [startIndex, endIndex] = [index, index + content.length];
    index = endIndex;
    return [
      { startIndex, endIndex, paragraphMarker: { style: {} } },
      { startIndex, endIndex, textRun: { content, style: {} } },
    ];
  });
  return { textElements };
}

/** A Presentation as presentations.get returns it (title placeholder, body placeholder in a group). */
export function slidesPresentation(title: string, slides: SlideOutline[]): SlidesPresentation {
  return {
    presentationId: 'set-by-serve',
    title,
    slides: slides.map((slide) => ({
      objectId: slide.objectId,
      pageType: 'SLIDE',
      pageElements: [
        {
          objectId: `${slide.objectId}_title`,
          shape: {
            shapeType: 'TEXT_BOX',
            placeholder: { type: 'TITLE' },
            text: slidesText([slide.title]),
          },
        },
        {
          objectId: `${slide.objectId}_group`,
          elementGroup: {
            children: [
              {
                objectId: `${slide.objectId}_body`,
                shape: {
                  shapeType: 'TEXT_BOX',
                  placeholder: { type: 'BODY' },
                  text: slidesText(slide.lines),
                },
              },
            ],
          },
        },
      ] as SlidesPageElement[],
    })),
  } as SlidesPresentation;
}
