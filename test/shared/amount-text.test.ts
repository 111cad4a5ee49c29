/**
 * The one number format every host shows amounts in is written out by hand (Intl.NumberFormat's first
 * use loads locale data, a fifth of the command line's run). Intl stays the oracle: on generated
 * numbers of every size, sign and decimal, the hand-written text is Intl's, in English and French.
 */
import { describe, expect, it } from 'vitest';
import { formatAmount, formatNumber } from '../../shared/dashboard/amounts';
import { localeTag, type Locale } from '../../shared/messages';
import { pick, seeded } from './seeded-random';

const LOCALES: Locale[] = ['en', 'fr'];

/** What Intl writes for the same number: at most one decimal, French spaces made no-break. */
function intlText(value: number, locale: Locale): string {
  const rounded = Math.round(value * 10) / 10 + 0;
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 })
    .format(rounded)
    .replace(/\u202f/g, '\u00a0');
}

/** Numbers a coordinator types, and the ones arithmetic makes: halves, long tails, huge and tiny. */
function generatedNumbers(count: number): number[] {
  const random = seeded(20261201);
  const numbers: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const magnitude = 10 ** Math.floor(random() * 24 - 3);
    const sign = random() < 0.3 ? -1 : 1;
    const shape = pick(random, ['any', 'half', 'whole', 'tenth'] as const);
    const raw = random() * magnitude;
    const value =
      shape === 'half'
        ? Math.floor(raw) + 0.05 * pick(random, [1, 3, 5, 7, 9])
        : shape === 'whole'
          ? Math.round(raw)
          : shape === 'tenth'
            ? Math.round(raw * 10) / 10
            : raw;
    numbers.push(sign * value);
  }
  return numbers;
}

describe('formatNumber', () => {
  it.each(LOCALES)(
    'writes what Intl.NumberFormat writes, in %s, on 20,000 generated numbers',
    (locale) => {
      const differing = generatedNumbers(20_000)
        .map((value) => ({
          value,
          ours: formatNumber(value, locale),
          intl: intlText(value, locale),
        }))
        .filter(({ ours, intl }) => ours !== intl);
      expect(differing.slice(0, 5)).toEqual([]);
    },
  );

  it.each(LOCALES)('writes edge values as Intl does, in %s', (locale) => {
    for (const value of [
      0,
      -0,
      -0.04,
      0.05,
      -0.05,
      0.95,
      999.95,
      1e21,
      -1e22,
      2 ** 53 + 2,
      Infinity,
      -Infinity,
      NaN,
    ])
      expect(formatNumber(value, locale)).toBe(intlText(value, locale));
  });

  it('groups thousands and writes decimals as each language does', () => {
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
    expect(formatNumber(1250.5, 'fr')).toBe('1\u00a0250,5');
    expect(formatNumber(-1234567.26, 'en')).toBe('-1,234,567.3');
    expect(formatAmount(41.04, '%', 'fr')).toBe('41\u00a0%');
    expect(formatAmount(12000, 'cycles', 'en')).toBe('12,000 cycles');
  });
});
