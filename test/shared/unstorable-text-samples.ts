/**
 * Generated text for the "every character a host can store" tests: pieces of each class of character
 * an .xlsx cannot hold, mixed at random (seeded, so a failure repeats) with legal text, each sample
 * carrying the text a host must store for it.
 */
import { chance, pick, seeded } from './seeded-random';

/** A piece of text and what it must be stored as. */
export interface Piece {
  sent: string;
  stored: string;
}

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const fromCode = (cp: number) => String.fromCodePoint(cp);

/** Every code point XML 1.0 or a spreadsheet cannot keep, by class; each is dropped on storing. */
export const UNSTORABLE_CLASSES: Record<string, number[]> = {
  'U+FFFE and U+FFFF': [0xfffe, 0xffff],
  'noncharacters U+FDD0–U+FDEF': codePoints(0xfdd0, 0xfdef),
  'U+xFFFE and U+xFFFF in planes 1–16': codePoints(1, 16).flatMap((plane) => [
    plane * 0x10000 + 0xfffe,
    plane * 0x10000 + 0xffff,
  ]),
  'C0 controls other than tab, line feed, carriage return': codePoints(0, 0x1f).filter(
    (cp) => ![0x09, 0x0a, 0x0d].includes(cp),
  ),
  DEL: [0x7f],
};

/** Lone surrogates (each with a neighbour that cannot pair with it) become U+FFFD. */
export const LONE_SURROGATES: Piece[] = [
  { sent: '\uD800a', stored: '\uFFFDa' },
  { sent: '\uDBFFz', stored: '\uFFFDz' },
  { sent: 'b\uDC00', stored: 'b\uFFFD' },
  { sent: 'c\uDFFF', stored: 'c\uFFFD' },
  { sent: '\uDE00\uD83D!', stored: '\uFFFD\uFFFD!' }, // the halves of 😀 in the wrong order
];

/** Legal text a host must keep byte for byte. */
export const LEGAL_PIECES: string[] = [
  'Students compared fractions ',
  'élève à l’école ',
  'Ça va ? « oui » ',
  '😀',
  '👩🏽‍🏫',
  '𝑥² + 𝑦²',
  '𠜎𠝹',
  'ﬁ',
  '\t',
  '\n',
  'a\u00A0b',
  '\u0085',
  '\uFFFD',
  '\uFDCF',
  '\uFDF0',
  '\uFFFC',
  '\u{10FFFD}',
  '\u{1FFFD}',
  'עִברִית',
  '=1+2',
  "'quoted",
  '_x0041_ stays',
  ' ',
];

/** Carriage returns are stored as line feeds (XML would turn them into line feeds when the file is read). */
export const LINE_ENDINGS: Piece[] = [
  { sent: 'one\r\ntwo', stored: 'one\ntwo' },
  { sent: 'one\rtwo', stored: 'one\ntwo' },
];

/** Every unstorable character as its own piece. */
export function unstorablePieces(): Piece[] {
  return [
    ...Object.values(UNSTORABLE_CLASSES)
      .flat()
      .map((cp) => ({ sent: fromCode(cp), stored: '' })),
    ...LONE_SURROGATES,
  ];
}

/** `count` random mixes of legal and unstorable pieces, each with the text that must be stored. */
export function mixedSamples(count: number, seed: number): Piece[] {
  const random = seeded(seed);
  const bad = [...unstorablePieces(), ...LINE_ENDINGS];
  const legal = LEGAL_PIECES.map((text) => ({ sent: text, stored: text }));
  return Array.from({ length: count }, () => {
    const pieces = Array.from({ length: 2 + Math.floor(random() * 6) }, () =>
      pick(random, chance(random, 0.4) ? bad : legal),
    );
    return {
      sent: pieces.map((p) => p.sent).join(''),
      stored: pieces.map((p) => p.stored).join(''),
    };
  });
}

/** The sample sets every host is tested with: each unstorable character inside words, and random mixes plus every legal piece. */
export const HOST_SAMPLE_SETS: { name: string; samples: () => Piece[] }[] = [
  {
    name: 'each unstorable character inside a passage',
    samples: () =>
      unstorablePieces().map((piece, i) => ({
        sent: `Passage ${i} ${piece.sent} end`,
        stored: `Passage ${i} ${piece.stored} end`,
      })),
  },
  {
    name: 'random mixes, and every legal piece byte for byte',
    samples: () => [
      ...mixedSamples(60, 21),
      ...LEGAL_PIECES.map((text) => ({ sent: `x${text}`, stored: `x${text}` })),
    ],
  },
];
