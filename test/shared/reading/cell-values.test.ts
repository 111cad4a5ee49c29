import { describe, expect, it } from 'vitest';
import { isPercentFormat, readNumber } from '../../../shared/reading/cell-values';

describe('readNumber', () => {
  it.each([
    [42, '', { kind: 'number', value: 42, scale: 'plain' }],
    [0.25, '0%', { kind: 'number', value: 0.25, scale: 'percent-format' }],
    [0.185, '0.0%', { kind: 'number', value: 0.185, scale: 'percent-format' }],
    ['42%', '', { kind: 'number', value: 42, scale: 'percent-text' }],
    ['18,5 %', '', { kind: 'number', value: 18.5, scale: 'percent-text' }],
    ['18,5\u00a0%', '', { kind: 'number', value: 18.5, scale: 'percent-text' }],
    ['1,250', '', { kind: 'number', value: 1250, scale: 'plain' }],
    ['1 250', '', { kind: 'number', value: 1250, scale: 'plain' }],
    ['1\u202f250', '', { kind: 'number', value: 1250, scale: 'plain' }],
    ['1,250.5', '', { kind: 'number', value: 1250.5, scale: 'plain' }],
    ['1.250,5', '', { kind: 'number', value: 1250.5, scale: 'plain' }],
    ['2.8', '', { kind: 'number', value: 2.8, scale: 'plain' }],
    ['31,0', '', { kind: 'number', value: 31, scale: 'plain' }],
    ['0,125', '', { kind: 'number', value: 0.125, scale: 'plain' }],
    ['-3.5', '', { kind: 'number', value: -3.5, scale: 'plain' }],
    ['54 classrooms', '', { kind: 'number', value: 54, scale: 'plain' }],
    ['$1,200', '', { kind: 'number', value: 1200, scale: 'plain' }],
    ['n/a', '', { kind: 'missing' }],
    ['N/A', '', { kind: 'missing' }],
    ['-', '', { kind: 'missing' }],
    ['', '', { kind: 'missing' }],
    ['TBD', '', { kind: 'missing' }],
    ['s.o.', '', { kind: 'missing' }],
    ['New measure', '', { kind: 'missing' }],
    ['Nouveau', '', { kind: 'missing' }],
    ['N/A (new in 2025-26)', '', { kind: 'missing' }],
    [null, '', { kind: 'missing' }],
    ['about half', '', { kind: 'invalid', text: 'about half' }],
    ['41 (Dec)', '', { kind: 'number', value: 41, scale: 'plain' }],
    ['~45%', '', { kind: 'number', value: 45, scale: 'percent-text' }],
    ['≥ 60%', '', { kind: 'number', value: 60, scale: 'percent-text' }],
    ['au moins 12', '', { kind: 'number', value: 12, scale: 'plain' }],
    ['.45', '', { kind: 'number', value: 0.45, scale: 'plain' }],
    [true, '', { kind: 'invalid', text: 'true' }],
  ])('%j (format %j) reads as %j', (value, format, expected) => {
    expect(readNumber(value, format)).toEqual(expected);
  });

  it("reads text cells with the quantity grammar, in the sheet's context", () => {
    expect(readNumber('7 of 25 schools')).toEqual({
      kind: 'number',
      value: 7,
      scale: 'plain',
      of: 25,
    });
    expect(readNumber("45 % d'ici mai 2026")).toEqual({
      kind: 'number',
      value: 45,
      scale: 'percent-text',
      due: '2026-05-31',
    });
    expect(readNumber('n/a until spring')).toEqual({ kind: 'missing' });
    expect(readNumber('1.250', undefined, { decimalMark: ',' })).toEqual({
      kind: 'number',
      value: 1250,
      scale: 'plain',
    });
  });

  it('reads dates as not-a-number', () => {
    expect(readNumber(new Date(Date.UTC(2026, 0, 1))).kind).toBe('invalid');
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%', true],
    ['0"%"', false],
    ['0\\%', false],
    ['0.00', false],
    ['', false],
    [undefined, false],
  ])('%j → %j', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});
