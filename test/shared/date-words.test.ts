import { describe, expect, it } from 'vitest';
import { longDate, monthLabel, shortDate } from '../../shared/dashboard/display-values';
import { MONTHS } from '../plan-generator/vocabulary';

/** Every day of a year, as YYYY-MM-DD. */
const daysOf = (year: number) =>
  Array.from({ length: 365 }, (_, i) =>
    new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10),
  );

describe('dates in words, from the i18n table', () => {
  it('writes every day of a year as a long date in each language', () => {
    for (const iso of daysOf(2026)) {
      const month = Number(iso.slice(5, 7)) - 1;
      const day = Number(iso.slice(8, 10));
      expect(longDate(iso, 'en')).toBe(`${day} ${MONTHS.en[month]} 2026`);
      expect(longDate(iso, 'fr')).toBe(`${day === 1 ? '1er' : day} ${MONTHS.fr[month]} 2026`);
    }
  });

  it('writes every day of a year like the English short date people know', () => {
    const us = new Intl.DateTimeFormat('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (const iso of daysOf(2027)) expect(shortDate(iso, 'en')).toBe(us.format(new Date(iso)));
  });

  it.each([
    ['2026-01-14', 'fr', '14 janv. 2026'],
    ['2026-09-01', 'fr', '1 sept. 2026'],
    ['2026-12-31', 'en', 'Dec 31, 2026'],
  ] as const)('%s in %s reads “%s”', (iso, locale, text) => {
    expect(shortDate(iso, locale)).toBe(text);
  });

  it('names the month of a due date, with its year only when it is far off', () => {
    expect(monthLabel('2026-06-30', '2026-01-15', 'fr')).toBe('juin');
    expect(monthLabel('2027-06-30', '2026-01-15', 'en')).toBe('June 2027');
  });

  it('leaves text that is not a date as it is', () => {
    for (const text of ['TBD', '2026-13-01', ''])
      expect([longDate(text, 'fr'), shortDate(text, 'en')]).toEqual([text, text]);
  });
});
