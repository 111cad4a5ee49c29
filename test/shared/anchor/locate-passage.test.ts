import { describe, expect, it } from 'vitest';
import { locatePassage } from '../../../shared/anchor/locate-passage';
import type { DocParagraph } from '../../../shared/passage-search';
import { generatedDocument } from '../generated-document';

const para = (text: string, heading: string): DocParagraph => ({ text, heading, place: '' });

describe('locating a copied passage in a document', () => {
  const doc = [
    para('Visit 1', 'Visit 1'),
    para('We co-planned lesson 5.', 'Visit 1'),
    para('Visit 2', 'Visit 2'),
    para('We co-planned lesson 5.  Students   led the talk.', 'Visit 2'),
    para('Next: exit tickets.', 'Visit 2'),
  ];

  it('finds the paragraph it starts in, however the copy was spaced or cased', () => {
    const found = locatePassage(doc, 'students led the talk.\nNext: exit');
    expect(found?.index).toBe(3);
    expect(doc[found?.index ?? 0].heading).toBe('Visit 2');
    expect(found?.anchor.exact).toBe('Students led the talk.\nNext: exit');
  });

  it('a repeated sentence gets the context that singles out the copy', () => {
    // The first paragraph holding it is the one found; its anchor says which it is.
    const found = locatePassage(doc, 'We co-planned lesson 5.');
    expect(found).toMatchObject({ index: 1, anchor: { prefix: '1\n', suffix: '\nVisit' } });
  });

  it('text the document does not hold is not found', () => {
    expect(locatePassage(doc, 'fractions')).toBeNull();
    expect(locatePassage([], 'x')).toBeNull();
  });

  it('in a generated document, every paragraph copied whole is found at its own place or an identical one', () => {
    const paragraphs = generatedDocument(20, 3);
    for (let i = 0; i < paragraphs.length; i += 7) {
      const found = locatePassage(paragraphs, paragraphs[i].text);
      expect(paragraphs[found?.index ?? -1]?.text).toBe(paragraphs[i].text);
    }
  });
});
