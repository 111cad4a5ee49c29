/**
 * The clipper's "find a passage" on a 500-page document: indexing once, then each search as the
 * coach types (target: under 100 ms a search), and the anchor built for the chosen paragraph.
 */
import { medianTime as timed } from './bench-timing';
import { paragraphAnchor } from '../shared/anchor/text-quote';
import { indexParagraphs, searchParagraphs } from '../shared/passage-search';
import { generatedDocument } from '../test/shared/generated-document';

const QUERIES = ['raisonnement', 'droite numérique à refaire', "l'enseignante pourquoi", 'zzz'];

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Figures for scripts/bench.ts. */
export async function benchPassageSearch(): Promise<
  { name: string; value: string; target?: string }[]
> {
  const paragraphs = generatedDocument(500);
  const chars = paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  const index = indexParagraphs(paragraphs);
  const worst = Math.max(...QUERIES.map((q) => timed(() => searchParagraphs(index, q))));
  const texts = paragraphs.map((p) => p.text);
  return [
    {
      name: `index a 500-page document (${paragraphs.length.toLocaleString('en-US')} paragraphs, ${(chars / 1e6).toFixed(1)} M chars)`,
      value: ms(timed(() => indexParagraphs(paragraphs), 5)),
    },
    { name: 'search it (slowest of 4 queries, median)', value: ms(worst), target: '< 100 ms' },
    {
      name: 'anchor for a paragraph in its middle',
      value: ms(timed(() => paragraphAnchor(texts, Math.floor(texts.length / 2)), 5)),
    },
  ];
}
