import { describe, expect, it } from 'vitest';
import {
  decimalMarkOf,
  readQuantity,
  shareValue,
  type NumberReading,
} from '../../../shared/reading/quantity';

const num = (
  value: number,
  extra: Partial<Extract<NumberReading, { kind: 'number' }>> = {},
): NumberReading => ({ kind: 'number', value, scale: 'plain', ...extra });
const pct = (
  value: number,
  extra: Partial<Extract<NumberReading, { kind: 'number' }>> = {},
): NumberReading => num(value, { scale: 'percent-text', ...extra });
const missing: NumberReading = { kind: 'missing' };
const invalid = (text: string): NumberReading => ({ kind: 'invalid', text });

describe('readQuantity reads values as coordinators write them', () => {
  it.each<[string, NumberReading]>([
    // units and annotations
    ['14 cycles', num(14)],
    ['14 cycles PLC', num(14)],
    ['54 classrooms', num(54)],
    ['61% (fall)', pct(61)],
    ['61 % (automne)', pct(61)],
    ['41 (Dec)', num(41)],
    ['12/12 ✓', num(12, { of: 12 })],
    ['42%*', pct(42)],
    ['38 [note 2]', num(38)],
    ['14cycles', num(14)],
    ['3 sessions/month', num(3)],
    ['42 (↑3)', num(42)],
    ['80% of students', pct(80)],
    ['80 % des élèves', pct(80)],
    ['14 cycles in 3 schools', num(14)],
    ['72nd percentile', num(72)],
    ["42 % vs 38 % l'an dernier", pct(42)],
    ['4 sur 5 ✓ (80 %)', num(4, { of: 5, percent: 80 })],
    ['80 % (4/5)', pct(80)],
    ['45% → 52% (Dec)', pct(52, { from: 45 })],
    // ratios
    ['3.1 out of 5', num(3.1, { of: 5 })],
    ['3,2 sur 4', num(3.2, { of: 4 })],
    ['7 of 25 schools', num(7, { of: 25 })],
    ['7 sur 25 écoles', num(7, { of: 25 })],
    ['7 écoles sur 25', num(7, { of: 25 })],
    ['7 de 25', num(7, { of: 25 })],
    ['4,5/5', num(4.5, { of: 5 })],
    ['11/30 classrooms (37%)', num(11, { of: 30, percent: 37 })],
    ['11/30 = 37%', num(11, { of: 30, percent: 37 })],
    ['3 écoles sur 12 (25 %)', num(3, { of: 12, percent: 25 })],
    ['5 of 12 held', num(5, { of: 12 })],
    ['1 250 / 2 000 students', num(1250, { of: 2000 })],
    // approximations and bounds
    ['≈ 30', num(30)],
    ['~30', num(30)],
    ['about 30', num(30)],
    ['approx. 30', num(30)],
    ['environ 30', num(30)],
    ['près de 30', num(30)],
    ['≥ 60%', pct(60)],
    ['>= 60%', pct(60)],
    ['au moins 12', num(12)],
    ['at least 12', num(12)],
    ['moins de 10 %', pct(10)],
    // changes and levels reached
    ['+5 pts (to 40%)', pct(40)],
    ['+5 points (à 40 %)', pct(40)],
    ['+5 pts to 40%', pct(40)],
    ['3 → 5', num(5, { from: 3 })],
    ['3 -> 5', num(5, { from: 3 })],
    ['from 38% to 50%', pct(50, { from: 38 })],
    ['de 38 % à 50 %', pct(50, { from: 38 })],
    ['+3', num(3)],
    ['−3', num(-3)],
    ['-3.5', num(-3.5)],
    ['- 3', num(-3)],
    // due phrases
    ["45 % d'ici mai 2026", pct(45, { due: '2026-05-31' })],
    ['45 % d’ici la fin de juin 2026', pct(45, { due: '2026-06-30' })],
    ['50% by May 2026', pct(50, { due: '2026-05-31' })],
    ['50% by the end of June 2026', pct(50, { due: '2026-06-30' })],
    ['30 avant le 15 juin 2026', num(30, { due: '2026-06-15' })],
    ['30 by 15/06/2026', num(30, { due: '2026-06-15' })],
    ['30 by 2026-06-15', num(30, { due: '2026-06-15' })],
    ['60 % en juin 2026', pct(60, { due: '2026-06-30' })],
    ['60% (by June 2026)', pct(60, { due: '2026-06-30' })],
    ["60 % d'ici 2026", pct(60, { due: '2026-06-30' })],
    ['18 of 25 schools by May 2026 (72%)', num(18, { of: 25, percent: 72, due: '2026-05-31' })],
    ["≥ 80 % des élèves d'ici juin 2026", pct(80, { due: '2026-06-30' })],
    ['45% (May 2026)', pct(45)],
    ['45 by May', num(45)],
    // labels
    ['Fall: 42', num(42)],
    ['Automne : 42', num(42)],
    ['Q1: 42', num(42)],
    ['Cible 2026 : 45 %', pct(45)],
    ['1er trimestre : 42', num(42)],
    ['Score : 3,5 sur 4', num(3.5, { of: 4 })],
    // separators and money
    ['1,250', num(1250)],
    ['1 250', num(1250)],
    ['1\u00a0250', num(1250)],
    ['1\u202f250', num(1250)],
    ["1'250", num(1250)],
    ['1.250', num(1.25)],
    ['1.250.000', num(1250000)],
    ['1,250,000', num(1250000)],
    ['1.250,5', num(1250.5)],
    ['1,250.5', num(1250.5)],
    ['1 250,50 $', num(1250.5)],
    ['2.5', num(2.5)],
    ['2,5', num(2.5)],
    ['0,125', num(0.125)],
    ['.45', num(0.45)],
    ['0.42', num(0.42)],
    ['$12,000', num(12000)],
    ['12 000 $', num(12000)],
    ['12.000 €', num(12000)],
    ['€1.50', num(1.5)],
    ['$12k', num(12000)],
    ['12 k$', num(12000)],
    ['$1.2M', num(1200000)],
    ['1,2 M$', num(1200000)],
    ['2,5 millions $', num(2500000)],
    ['3 million', num(3000000)],
    ['30 m', num(30)],
    ['1.250 élèves', num(1250)],
    ['1.250 students', num(1250)],
    ['2.5 hours', num(2.5)],
    ['1.250 %', pct(1.25)],
    ['42 %', pct(42)],
    ['42\u00a0%', pct(42)],
    ['42 percent', pct(42)],
    ['42 pour cent', pct(42)],
    ['2026', num(2026)],
    ['(42)', num(42)],
    // nobody has it yet
    ['n/a until spring', missing],
    ['N/A', missing],
    ['n.a.', missing],
    ['TBD', missing],
    ['TBD by May 2026', missing],
    ['à venir', missing],
    ['À déterminer', missing],
    ['pending (Jan)', missing],
    ['Pending', missing],
    ['en attente', missing],
    ['—', missing],
    ['-', missing],
    ['…', missing],
    ['?', missing],
    ['not yet', missing],
    ['not yet measured', missing],
    ['pas encore', missing],
    ['Pas encore mesuré', missing],
    ['s.o.', missing],
    ['sans objet', missing],
    ['New measure', missing],
    ['Nouvel indicateur', missing],
    ['N/A (new in 2025-26)', missing],
    ['no data', missing],
    ['', missing],
    ['   ', missing],
    // not a value
    ['On track', invalid('On track')],
    ['Green', invalid('Green')],
    ['À surveiller', invalid('À surveiller')],
    ['about half', invalid('about half')],
    ['Grade 4', invalid('Grade 4')],
    ['3rd grade', invalid('3rd grade')],
    ['3e année', invalid('3e année')],
    ['May 2026', invalid('May 2026')],
    ['2025-26', invalid('2025-26')],
    ['15/06/2026', invalid('15/06/2026')],
    ['10-15', invalid('10-15')],
    ['10 – 15 %', invalid('10 – 15 %')],
    ['12 15', invalid('12 15')],
    ['#N/A', invalid('#N/A')],
    ['#DIV/0!', invalid('#DIV/0!')],
  ])('%j reads as %j', (text, expected) => {
    expect(readQuantity(text)).toEqual(expected);
  });
});

describe('readQuantity with the sheet as context', () => {
  it('reads "1.250" as thousands and "1,250" as a decimal on a sheet that writes decimal commas', () => {
    expect(readQuantity('1.250', { decimalMark: ',' })).toEqual(num(1250));
    expect(readQuantity('1,250', { decimalMark: ',' })).toEqual(num(1.25));
    expect(readQuantity('2.5', { decimalMark: ',' })).toEqual(num(2.5));
    expect(readQuantity('1.250 sur 2.000', { decimalMark: ',' })).toEqual(num(1250, { of: 2000 }));
    expect(readQuantity('1.250 hours', { decimalMark: '.' })).toEqual(num(1.25));
  });

  it("reads all-number due dates in the sheet's day order", () => {
    expect(readQuantity('30 by 06/05/2026', { dayOrder: 'mdy' })).toEqual(
      num(30, { due: '2026-06-05' }),
    );
    expect(readQuantity("30 d'ici le 06/05/2026", { dayOrder: 'dmy' })).toEqual(
      num(30, { due: '2026-05-06' }),
    );
  });

  it.each<[string[], ',' | '.' | undefined]>([
    [['3,2', '18,5 %', '1.250'], ','],
    [['2.8', '3.1 out of 5', '1,250'], '.'],
    [['1.250,5'], ','],
    [['42', '1,250'], undefined],
  ])('the decimal mark of %j is %j', (texts, expected) => {
    expect(decimalMarkOf(texts)).toBe(expected);
  });
});

describe('shareValue, for a key result known to be a share', () => {
  it.each<[NumberReading, number | null]>([
    [readQuantity('11/30 classrooms (37%)'), 37],
    [readQuantity('7 of 25 schools'), 28],
    [readQuantity('7 sur 25 écoles'), 28],
    [readQuantity('61% (fall)'), 61],
    [{ kind: 'number', value: 0.25, scale: 'percent-format' }, 25],
    [readQuantity('42'), null],
    [readQuantity('TBD'), null],
  ])('%j → %j', (reading, expected) => {
    expect(shareValue(reading)).toBe(expected);
  });
});
