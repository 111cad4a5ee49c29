import { describe, expect, it } from 'vitest';
import { redactPersonalInfo, scanPersonalInfo } from '../../shared/privacy-scan';
import { pick, seeded } from '../shared/seeded-random';

/** The email pattern the scan means, as one regular expression (slow on long runs, fine here). */
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PIECES = [
  'a',
  'Zo',
  '.',
  '-',
  '_',
  '+',
  '@',
  ' ',
  'qc',
  '.ca',
  '.org',
  '7',
  '@x.',
  ', ',
  'é',
];

describe('scanPersonalInfo', () => {
  it.each([
    {
      text: 'Email jo.tremblay@school.qc.ca for the slides',
      found: [['email', 'jo.tremblay@school.qc.ca']],
    },
    { text: 'Call the parent at (514) 555-0199 tomorrow', found: [['phone', '(514) 555-0199']] },
    { text: 'Numéro : +33 6 12 34 56 78', found: [['phone', '+33 6 12 34 56 78']] },
    {
      text: 'Reach 514.555.0199 or sam@example.org',
      found: [
        ['phone', '514.555.0199'],
        ['email', 'sam@example.org'],
      ],
    },
    { text: 'Observed on 2025-10-14, 3/4 of students, room 204, 25 minutes', found: [] },
    { text: 'Scores rose from 38% to 52% across 120 students', found: [] },
    { text: 'Class sizes 24 26 27 25 this week', found: [] },
    {
      text: 'Write to 514.555.0199@example.org today',
      found: [['email', '514.555.0199@example.org']],
    },
  ])('$text', ({ text, found }) => {
    expect(scanPersonalInfo(text).map((m) => [m.kind, m.text])).toEqual(found);
  });
});

describe('scanPersonalInfo on generated text', () => {
  it('finds exactly the emails the pattern describes, in 3,000 generated texts', () => {
    const random = seeded(11);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        pick(random, PIECES),
      ).join('');
      const expected = [...text.matchAll(EMAIL_PATTERN)].map((m) => [m.index, m[0]]);
      const found = scanPersonalInfo(text)
        .filter((m) => m.kind === 'email')
        .map((m) => [m.start, m.text]);
      expect(found, JSON.stringify(text)).toEqual(expected);
    }
  });

  it('still finds an email at the end of a 20,000-character run without spaces', () => {
    const text = `${'a.'.repeat(10_000)} coach@district.org`;
    expect(scanPersonalInfo(text).map((m) => m.text)).toEqual(['coach@district.org']);
  });
});

describe('redactPersonalInfo', () => {
  it('replaces each email and phone number, keeping the rest of the passage', () => {
    expect(redactPersonalInfo('Ask jo@school.org or call 514-555-0199 about lesson 3.')).toBe(
      'Ask [email] or call [phone] about lesson 3.',
    );
  });

  it('uses the markers it is given (French panel)', () => {
    expect(
      redactPersonalInfo('Courriel : jo@ecole.qc.ca', {
        email: '[courriel]',
        phone: '[téléphone]',
      }),
    ).toBe('Courriel : [courriel]');
  });
});
