/**
 * matchHeader looks up each run of a header's words among the wordings, instead of searching the
 * header for every wording (a cold command-line run spent most of its reading time there). The
 * definition it must keep is the simple one, written here as the oracle: a wording scores when it is
 * the whole header, or appears in it as whole words. Held on every wording, every wording inside
 * generated headers, and generated headers of random words, in English and French.
 */
import { describe, expect, it } from 'vitest';
import { matchHeader, type HeaderMatch } from '../../../shared/reading/header-match';
import { FIELD_CUES, FIELD_SYNONYMS, PLAN_FIELDS } from '../../../shared/reading/plan-fields';
import { normalizeWords } from '../../../shared/reading/normalize-text';
import { chance, pick, seeded } from '../seeded-random';

const stem = (word: string) =>
  word.length > 3 ? word.replace(/(es|s|x)$/, '').replace(/e$/, '') : word;

/** The rule as first written: every wording searched for in the padded header. */
function oracle(header: string): HeaderMatch[] {
  const words = normalizeWords(header);
  if (words === '' || words.length > 60 || /^[\d\s%]+$/.test(words)) return [];
  const tokens = words.split(' ');
  const matches: HeaderMatch[] = [];
  for (const field of PLAN_FIELDS) {
    let score = 0;
    for (const wording of FIELD_SYNONYMS[field]) {
      if (words === wording) {
        score = 100;
        break;
      }
      if (` ${words} `.includes(` ${wording} `)) score = Math.max(score, 40 + wording.length);
    }
    if (score === 0) {
      const stems = new Set((FIELD_CUES[field] ?? []).map(stem));
      const hits = tokens.filter((w) => stems.has(stem(w))).length;
      score = hits === 0 ? 0 : 20 + Math.round((10 * hits) / tokens.length);
    }
    if (score > 0) matches.push({ field, score });
  }
  return matches.sort((a, b) => b.score - a.score);
}

const WORDINGS = PLAN_FIELDS.flatMap((field) => FIELD_SYNONYMS[field]);
const CUES = PLAN_FIELDS.flatMap((field) => FIELD_CUES[field] ?? []);
const FILLER = [
  '2025-26',
  '(%)',
  'Q1',
  'of',
  'de',
  'la',
  'students',
  'élèves',
  'Sept.',
  'final',
  '—',
  'x',
];

describe('matchHeader', () => {
  it('every wording is read as its fields, whole', () => {
    for (const wording of WORDINGS) expect(matchHeader(wording)).toEqual(oracle(wording));
  });

  it('wordings inside longer generated headers score as the oracle says, on 6,000 headers', () => {
    const random = seeded(6_000);
    const differing: string[] = [];
    for (let i = 0; i < 6_000; i++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let p = 0; p < count; p++)
        parts.push(
          pick(random, chance(random, 0.5) ? WORDINGS : chance(random, 0.5) ? CUES : FILLER),
        );
      const header = parts
        .map((part) => (chance(random, 0.2) ? part.toUpperCase() : part))
        .join(pick(random, [' ', ' - ', ': ', ' / ', '\n']));
      if (JSON.stringify(matchHeader(header)) !== JSON.stringify(oracle(header)))
        differing.push(header);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
