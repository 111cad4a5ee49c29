import { describe, expect, it } from 'vitest';
import { readDate, readDateText } from '../../../shared/reading/dates';

describe('readDateText', () => {
  it.each([
    ['2026-06-15', '2026-06-15'],
    ['2026/6/5', '2026-06-05'],
    ['2026-06-15T00:00:00.000Z', '2026-06-15'],
    ['15/06/2026', '2026-06-15'],
    ['15.06.2026', '2026-06-15'],
    ['15-06-26', '2026-06-15'],
    ['06/15/2026', '2026-06-15'],
    ['June 2026', '2026-06-30'],
    ['Feb 2028', '2028-02-29'],
    ['juin 2026', '2026-06-30'],
    ['June 15, 2026', '2026-06-15'],
    ['Jun. 15 2026', '2026-06-15'],
    ['15 June 2026', '2026-06-15'],
    ['15th June 2026', '2026-06-15'],
    ['30 juin 2026', '2026-06-30'],
    ['le 1er juin 2026', '2026-06-01'],
    ['30 Juin 2026', '2026-06-30'],
    ['mi-août 2026', null],
    ['18 by end of June 2027', null],
    ["45 % d'ici juin 2027", null],
    ['29.8/40', null],
    ['by June 18, 2027', '2027-06-18'],
    ['avant le 15 juin 2026', '2026-06-15'],
    ['fin juin 2026', '2026-06-30'],
    ['06/2026', '2026-06-30'],
    ['2025-26', '2026-06-30'],
    ['2025-2026', '2026-06-30'],
    ['2025-12', '2025-12-31'],
    ['2025-27', null],
    ['2/2028', '2028-02-29'],
    ['Jun-26', '2026-06-30'],
    ['juin-26', '2026-06-30'],
    ["Sept '25", '2025-09-30'],
    ['13/2026', null],
    ['Jun-32x', null],
    ['end of May 2026', '2026-05-31'],
    ['Monday, June 15, 2026', '2026-06-15'],
    ['17 décembre 2025', '2025-12-17'],
    ['2026-06', '2026-06-30'],
    ['31/02/2026', null],
    ['next spring', null],
    ['June', null],
  ])('%j → %j', (text, expected) => {
    expect(readDateText(text)).toBe(expected);
  });

  it('reads an all-numbers date both ways round when told the order', () => {
    expect(readDateText('05/06/2026', 'dmy')).toBe('2026-06-05');
    expect(readDateText('05/06/2026', 'mdy')).toBe('2026-05-06');
  });
});

describe('readDate', () => {
  it.each([
    [new Date(Date.UTC(2026, 5, 15)), '', { kind: 'date', iso: '2026-06-15' }],
    [46188, 'yyyy-mm-dd', { kind: 'date', iso: '2026-06-15' }],
    [46188, 'd mmm yyyy', { kind: 'date', iso: '2026-06-15' }],
    [2026, '', { kind: 'date', iso: '2026-06-30' }],
    [46188, '', { kind: 'invalid', text: '46188' }],
    [null, '', { kind: 'missing' }],
    ['', '', { kind: 'missing' }],
    ['n/a', '', { kind: 'missing' }],
    ['soon', '', { kind: 'invalid', text: 'soon' }],
  ])('%j (format %j) → %j', (value, format, expected) => {
    expect(readDate(value, format)).toEqual(expected);
  });
});
