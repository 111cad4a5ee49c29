/**
 * A generated coaching log of any length (headings, French and English paragraphs with accents,
 * curly quotes and apostrophes), for the passage search's tests and its bench figure.
 */
import type { DocParagraph } from '../../shared/passage-search';
import { pick, seeded } from './seeded-random';

const OPENINGS = [
  'During the lesson,',
  'Pendant la leçon,',
  'At the debrief,',
  'Lors du retour réflexif,',
  'In the PLC meeting,',
];
const MIDDLES = [
  'students explained their reasoning with a number line',
  'les élèves ont expliqué leur raisonnement à l’aide d’une droite numérique',
  'the teacher asked “why does that work?” twice',
  'l’enseignante a demandé « pourquoi ça marche ? » deux fois',
  'we co-planned the next task, then shared exit tickets',
  'nous avons coplanifié la prochaine tâche et échangé les billets de sortie',
];
const ENDINGS = ['.', ' and it went well.', ', à refaire.', ' — follow up next cycle.'];

/** Roughly `pages` pages (about 12 paragraphs of 40 words a page), a heading every few paragraphs. */
export function generatedDocument(pages: number, seed = 1): DocParagraph[] {
  const random = seeded(seed);
  const paragraphs: DocParagraph[] = [];
  let heading = '';
  let place = '';
  for (let i = 0; paragraphs.length < pages * 12; i++) {
    if (i % 6 === 0) {
      heading = `Cycle ${i / 6 + 1} — visite ${i % 4 === 0 ? 'd’école' : 'de classe'}`;
      place = `heading=h.cycle${i / 6 + 1}`;
      paragraphs.push({ text: heading, heading, place });
      continue;
    }
    const sentences = Array.from(
      { length: 3 },
      () => `${pick(random, OPENINGS)} ${pick(random, MIDDLES)}${pick(random, ENDINGS)}`,
    );
    paragraphs.push({ text: `(${i}) ${sentences.join(' ')}`, heading, place });
  }
  return paragraphs;
}
