import { describe, expect, it } from 'vitest';
import type { NumberReading } from '../../../shared/reading/cell-values';
import { harmonizeScale } from '../../../shared/reading/percent-scale';

const plain = (value: number): NumberReading => ({ kind: 'number', value, scale: 'plain' });
const text = (value: number): NumberReading => ({ kind: 'number', value, scale: 'percent-text' });
const formatted = (value: number): NumberReading => ({
  kind: 'number',
  value,
  scale: 'percent-format',
});
const missing: NumberReading = { kind: 'missing' };

describe('harmonizeScale: one scale per key result', () => {
  it.each([
    [
      'percent-formatted 0.25 next to plain points',
      [formatted(0.25), plain(60), plain(42)],
      [25, 60, 42],
    ],
    [
      'percent-formatted 0.25 next to "42%" text',
      [formatted(0.25), text(60), text(42)],
      [25, 60, 42],
    ],
    [
      'all percent-formatted fractions come out in points',
      [formatted(0.22), formatted(0.6), formatted(0.41)],
      [22, 60, 41],
    ],
    [
      '0.185 formatted is 18.5 exactly',
      [formatted(0.185), formatted(0.55), missing],
      [18.5, 55, null],
    ],
    ['plain fractions stay fractions', [plain(0.3), plain(0.6), plain(0.45)], [0.3, 0.6, 0.45]],
    [
      'a formatted cell among plain fractions stays a fraction',
      [plain(0.3), formatted(0.6), plain(0.45)],
      [0.3, 0.6, 0.45],
    ],
    [
      'a plain fraction among "%" text is lifted to points',
      [text(42), plain(0.6), text(48)],
      [42, 60, 48],
    ],
    [
      'a formatted cell and a plain fraction next to "42%" text all come out in points',
      [formatted(0.25), text(42), plain(0.6)],
      [25, 42, 60],
    ],
    ['plain small numbers are left alone', [plain(2.8), plain(3.5), missing], [2.8, 3.5, null]],
    ['missing values stay missing', [missing, missing, missing], [null, null, null]],
  ])('%s', (_, readings, expected) => {
    expect(harmonizeScale(readings).values).toEqual(expected);
  });
});
