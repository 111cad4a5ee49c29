import { describe, expect, it } from 'vitest';
import { parseTyped } from './fake/typed-input';
import { displayOf } from './fake/display-format';

/** What a cell shows after a string is written into an automatic cell, then given `format` (if any). */
function written(text: string, locale: string, format?: string): { value: unknown; shows: string } {
  const parsed = parseTyped(text, { locale, year: 2026 });
  const value =
    parsed.value instanceof Date ? parsed.value.toISOString().slice(0, 10) : parsed.value;
  return { value, shows: displayOf(parsed.value, format ?? parsed.format, locale) };
}

describe('the Sheets fake reads written strings as Google Sheets does', () => {
  it.each([
    ['1,000', 'en_US', 1000, '1,000'],
    ['007', 'en_US', 7, '7'],
    ['42%', 'en_US', 0.42, '42%'],
    ['3/4', 'en_US', '2026-03-04', '3/4/2026'],
    ['3/4', 'fr_FR', '2026-04-03', '03/04/2026'],
    ['2026-01-14', 'en_US', '2026-01-14', '2026-01-14'],
    ['2026-01-14', 'fr_FR', '2026-01-14', '2026-01-14'],
    ['25.5', 'en_US', 25.5, '25.5'],
    ['25.5', 'fr_FR', '2026-05-25', '25/05/2026'],
    ['25,5', 'fr_FR', 25.5, '25,5'],
    ['1 000', 'fr_FR', 1000, '1\u202f000'],
    ['42 %', 'fr_FR', 0.42, '42%'],
    ['TRUE', 'en_US', true, 'TRUE'],
    ['vrai', 'fr_FR', true, 'VRAI'],
    ["'007", 'en_US', '007', '007'],
    ["'3/4", 'en_US', '3/4', '3/4'],
    ['13/13', 'en_US', '13/13', '13/13'],
    [
      'Students compared 3/4 and 5/8',
      'en_US',
      'Students compared 3/4 and 5/8',
      'Students compared 3/4 and 5/8',
    ],
  ])('%s in %s becomes %o and shows %s', (text, locale, value, shows) => {
    expect(written(text, locale)).toEqual({ value, shows });
  });

  it('makes "=…" a formula, and keeps every string as written in a plain-text ("@") cell', () => {
    expect(parseTyped('=1+1')).toMatchObject({ formula: '=1+1' });
    for (const text of ['=1+1', '007', '3/4', '42%', "'quoted", 'TRUE', '1,000'])
      expect(parseTyped(text, { format: '@' }).value).toBe(text);
  });

  it('shows what a later number format makes of the parsed value, as a coordinator would see it', () => {
    expect(written('25%', 'en_US', '0.###############').shows).toBe('0.25');
    expect(written('2026-01-14', 'en_US', '0.###############').shows).toBe('46036');
    expect(written('0.48', 'en_US', '0%').shows).toBe('48%');
    expect(displayOf(0.255, '0.0%', 'fr_FR')).toBe('25,5%');
    expect(displayOf(10, '0 "cycles"', 'en_US')).toBe('10 cycles');
    expect(displayOf(12.25, '0.0', 'fr_FR')).toBe('12,3');
    expect(displayOf(new Date(Date.UTC(2026, 0, 14)), 'mmm d, yyyy', 'en_US')).toBe('Jan 14, 2026');
    expect(displayOf(new Date(Date.UTC(2026, 0, 14)), 'd mmm yyyy', 'fr_FR')).toBe('14 janv. 2026');
  });

  it('keeps any generated text as written once the cell is plain text', () => {
    const alphabet = ['0', '7', '/', '.', ',', '%', '-', ' ', 'a', '=', "'", '3', 'E', '$', '€'];
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      const length = 1 + (i % 6);
      let text = '';
      for (let k = 0; k < length; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      for (const locale of ['en_US', 'fr_FR']) {
        const parsed = parseTyped(text, { locale, format: '@' });
        expect(displayOf(parsed.value, '@', locale)).toBe(text);
      }
    }
  });
});
