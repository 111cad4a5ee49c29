import { describe, expect, it } from 'vitest';
import {
  foldText,
  indexParagraphs,
  markTerms,
  searchParagraphs,
  type DocParagraph,
} from '../../shared/passage-search';
import { generatedDocument } from './generated-document';

const para = (text: string, heading = ''): DocParagraph => ({ text, heading, place: '' });
const marked = (text: string, marks: [number, number][]) =>
  marks.map(([from, to]) => text.slice(from, to));

describe('passage search', () => {
  const doc = indexParagraphs([
    para('Observation notes'),
    para('Les élèves ont expliqué leur raisonnement.', 'Visite 1'),
    para('L’enseignante a demandé « pourquoi ça marche ? »', 'Visite 1'),
    para('Students explained their REASONING aloud.', 'Visit 2'),
    para('Reasoning explained by students, not the teacher.', 'Visit 2'),
  ]);

  it('ignores case and accents, and marks the words where the coach will see them', () => {
    const [hit] = searchParagraphs(doc, 'ELEVES expliqué');
    expect(hit.index).toBe(1);
    expect(marked(doc.paragraphs[1].text, hit.marks)).toEqual(['élèves', 'expliqué']);
  });

  it('finds French quotes and apostrophes however they are typed', () => {
    expect(searchParagraphs(doc, "l'enseignante").map((m) => m.index)).toEqual([2]);
    expect(searchParagraphs(doc, '"pourquoi ca marche').map((m) => m.index)).toEqual([2]);
    const [hit] = searchParagraphs(doc, "l'enseignante");
    expect(marked(doc.paragraphs[2].text, hit.marks)).toEqual(['L’enseignante']);
  });

  it('puts paragraphs holding the words as a phrase first, then the others in document order', () => {
    expect(searchParagraphs(doc, 'explained their reasoning').map((m) => m.index)).toEqual([3]);
    expect(searchParagraphs(doc, 'students explained').map((m) => m.index)).toEqual([3, 4]);
    expect(searchParagraphs(doc, 'reasoning explained').map((m) => m.index)).toEqual([4, 3]);
  });

  it('an empty query or a word nowhere finds nothing', () => {
    expect(searchParagraphs(doc, '  ')).toEqual([]);
    expect(searchParagraphs(doc, 'fractions')).toEqual([]);
  });

  it('marks keep to the original text even where folding changes its length (œ, combining accents)', () => {
    const text = 'Un cœur de me\u0301tier';
    expect(marked(text, markTerms(text, [foldText('coeur'), foldText('métier')]))).toEqual([
      'cœur',
      'me\u0301tier',
    ]);
  });

  it('in a generated 500-page log, every paragraph holding the words is found, with its heading', () => {
    const paragraphs = generatedDocument(500);
    const index = indexParagraphs(paragraphs);
    const expected = paragraphs
      .map((p, i) => ({ i, folded: foldText(p.text) }))
      .filter(({ folded }) => folded.includes('droite numerique') && folded.includes('a refaire'))
      .map(({ i }) => i);
    const hits = searchParagraphs(index, 'Droite numérique À REFAIRE', 10_000);
    expect(expected.length).toBeGreaterThan(50);
    expect(hits.map((h) => h.index).sort((a, b) => a - b)).toEqual(expected);
    for (const hit of hits.slice(0, 20))
      expect(paragraphs[hit.index].heading).toMatch(/^Cycle \d+ — visite/);
  });
});
