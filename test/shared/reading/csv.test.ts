import { describe, expect, it } from 'vitest';
import { csvTable, detectSeparator, parseCsv } from '../../../shared/reading/csv';

describe('parseCsv', () => {
  it.each([
    [
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    ['"Build coherent PD, PLCs",x\r\n', [['Build coherent PD, PLCs', 'x']]],
    ['"He said ""hi""",2', [['He said "hi"', '2']]],
    ['"two\nlines",b', [['two\nlines', 'b']]],
    [
      '\uFEFFObjectif;Cible\nA;"18,5 %"',
      [
        ['Objectif', 'Cible'],
        ['A', '18,5 %'],
      ],
    ],
    [
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a,,c', [['a', '', 'c']]],
  ])('%j', (text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('picks the separator the header line uses', () => {
    expect(detectSeparator('Objectif;Résultat clé;Cible\n')).toBe(';');
    expect(detectSeparator('"a,b";c;d')).toBe(';');
    expect(detectSeparator('a,b')).toBe(',');
  });

  it('looks past a title line that has no separator, and is not fooled by decimal commas', () => {
    expect(
      detectSeparator('Plan 2025-2026\nObjectif;Indicateur;Départ;Cible\nA;Taux;18,5;30\n'),
    ).toBe(';');
    expect(
      detectSeparator('Math plan\nObjective,Key result,Baseline\nA,"Rate; all students",42\n'),
    ).toBe(',');
  });

  it('makes empty fields empty cells', () => {
    expect(csvTable('plan', 'a,,c\n').values).toEqual([['a', null, 'c']]);
  });
});
