import { describe, expect, it } from 'vitest';
import { locatePassage, locateQuote } from '../../../shared/anchor/locate-passage';
import { passageLink } from '../../../shared/anchor/passage-link';
import {
  headingPlace,
  pagePlace,
  placeOfUrl,
  slidePlace,
} from '../../../shared/anchor/passage-place';
import { buildQuoteAnchor, paragraphAnchor } from '../../../shared/anchor/text-quote';
import type { DocParagraph } from '../../../shared/passage-search';
import { pick, seeded, type Random } from '../seeded-random';

const WORDS = ['students', 'fractions', 'number', 'line', 'exit', 'tickets', 'talk', 'strategy'];
const REPEATED = 'We sorted exit tickets by strategy, not by score.';

type Kind = 'page' | 'slide' | 'heading';
const SOURCES: Record<Kind, { url: string; place(unit: number): string }> = {
  page: { url: 'https://files.example.org/unit-plan.pdf', place: (u) => pagePlace(u + 1) },
  slide: {
    url: 'https://docs.google.com/presentation/d/1Deck/edit#slide=id.p1',
    place: (u) => slidePlace(`g2a${u}_0_${u * 7}`),
  },
  heading: {
    url: 'https://docs.google.com/document/d/1Log/edit',
    place: (u) => headingPlace(`h.visit${u}`),
  },
};

/** A document of `units` pages/slides/sections of a few short lines from a small vocabulary (so words repeat), REPEATED on two of them. */
function generated(random: Random, kind: Kind, units: number): DocParagraph[] {
  const paragraphs: DocParagraph[] = [];
  const twice = [1, units - 2];
  for (let u = 0; u < units; u++) {
    const place = SOURCES[kind].place(u);
    const heading = kind === 'page' ? '' : `Visit ${u + 1}`;
    const lines = 2 + Math.floor(random() * 4);
    for (let l = 0; l < lines; l++) {
      const words = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(random, WORDS));
      paragraphs.push({ text: `${words.join(' ')}.`, heading, place });
      if (l === 0 && twice.includes(u)) paragraphs.push({ text: REPEATED, heading, place });
    }
  }
  return paragraphs;
}

/** A passage at a random place: part of one paragraph or whole paragraphs, with its true anchor. */
function passageIn(random: Random, paragraphs: DocParagraph[]) {
  const texts = paragraphs.map((p) => p.text);
  const from = Math.floor(random() * texts.length);
  if (random() < 0.5) {
    const to = Math.min(texts.length - 1, from + Math.floor(random() * 2));
    return { from, anchor: paragraphAnchor(texts, from, to) };
  }
  const doc = texts.join('\n');
  const start = texts.slice(0, from).join('\n').length + (from > 0 ? 1 : 0);
  const words = texts[from].split(' ');
  const skip = Math.floor(random() * (words.length - 1));
  const exact = words.slice(skip, skip + 1 + Math.floor(random() * 3)).join(' ');
  const at = start + words.slice(0, skip).join(' ').length + (skip > 0 ? 1 : 0);
  return {
    from,
    anchor: buildQuoteAnchor(doc.slice(0, at), exact, doc.slice(at + exact.length)),
  };
}

describe('the link of a passage leads to the page, slide or heading that holds it', () => {
  for (const kind of ['page', 'slide', 'heading'] as const)
    it(`${kind}s: 600 generated passages over 12 generated documents`, () => {
      for (let seed = 1; seed <= 12; seed++) {
        const random = seeded(seed * 31 + kind.length);
        const paragraphs = generated(random, kind, 6 + seed);
        for (let n = 0; n < 50; n++) {
          const { from, anchor } = passageIn(random, paragraphs);
          const found = locateQuote(paragraphs, anchor);
          const place = paragraphs[found?.index ?? -1]?.place;
          expect(place, `${kind} seed ${seed}: ${JSON.stringify(anchor)}`).toBe(
            paragraphs[from].place,
          );
          expect(passageLink(SOURCES[kind].url, anchor, place)).toMatch(new RegExp(`#${place}$`));
        }
      }
    });

  it('a sentence on two pages: each copy’s prefix and suffix decide which page the link opens', () => {
    const paragraphs = generated(seeded(7), 'page', 8);
    const texts = paragraphs.map((p) => p.text);
    const twice = texts.flatMap((text, i) => (text === REPEATED ? [i] : []));
    expect(twice.map((i) => paragraphs[i].place)).toEqual(['page=2', 'page=7']);
    for (const i of twice) {
      const anchor = paragraphAnchor(texts, i);
      expect(anchor.prefix || anchor.suffix).not.toBe('');
      const found = locateQuote(paragraphs, anchor);
      expect(found?.index).toBe(i);
      expect(passageLink(SOURCES.page.url, anchor, paragraphs[i].place)).toBe(
        `${SOURCES.page.url}#${paragraphs[i].place}`,
      );
    }
  });

  it('a copy with no context of its own is placed on the slide on screen when it is on two', () => {
    const paragraphs = generated(seeded(3), 'slide', 9);
    const onSlides = paragraphs.filter((p) => p.text === REPEATED).map((p) => p.place);
    expect(onSlides).toHaveLength(2);
    for (const slide of onSlides) {
      const url = `https://docs.google.com/presentation/d/1Deck/edit#${slide}`;
      const found = locatePassage(paragraphs, REPEATED, placeOfUrl(url));
      expect(paragraphs[found?.index ?? -1].place).toBe(slide);
    }
    // Without a slide on screen, the first one.
    expect(paragraphs[locatePassage(paragraphs, REPEATED)?.index ?? -1].place).toBe(onSlides[0]);
  });
});

describe('places', () => {
  it('are made only from ids and numbers a URL can carry', () => {
    expect(headingPlace('h.k8x2')).toBe('heading=h.k8x2');
    expect(headingPlace('k8x2')).toBe('');
    expect(slidePlace('p')).toBe('slide=id.p');
    expect(slidePlace('a b')).toBe('');
    expect(pagePlace(12)).toBe('page=12');
    expect(pagePlace(0)).toBe('');
    expect(pagePlace(1.5)).toBe('');
  });

  it('are read from a URL’s fragment', () => {
    expect(placeOfUrl('https://docs.google.com/presentation/d/X/edit#slide=id.g1_0_2')).toBe(
      'slide=id.g1_0_2',
    );
    expect(placeOfUrl('https://x.org/a.pdf#zoom=80&page=3')).toBe('page=3');
    expect(placeOfUrl('https://x.org/a#section')).toBe('');
    expect(placeOfUrl('https://x.org/a')).toBe('');
  });
});
