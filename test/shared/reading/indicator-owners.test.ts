import { describe, expect, it } from 'vitest';
import { readIndicator } from '../../../shared/reading/indicator';
import { readOwners } from '../../../shared/reading/owners';

describe('readIndicator', () => {
  it.each([
    ['Leading', 'leading'],
    ['lead', 'leading'],
    ['Leading indicator', 'leading'],
    ['Indicateur avancé', 'leading'],
    ['Avancé', 'leading'],
    ['Lagging', 'lagging'],
    ['Lag', 'lagging'],
    ['Indicateur retardé', 'lagging'],
    ['retardée', 'lagging'],
    ['Leading/Lagging', null],
    ['', null],
    ['weekly', null],
  ])('%j → %j', (text, expected) => {
    expect(readIndicator(text)).toBe(expected);
  });
});

describe('readOwners', () => {
  it.each([
    ['M. Tremblay; J. Singh', ['M. Tremblay', 'J. Singh']],
    ['K. Diaz and PD team', ['K. Diaz', 'PD team']],
    ['C. Bouchard et É. Nadeau', ['C. Bouchard', 'É. Nadeau']],
    ['A. Roy / B. Lee', ['A. Roy', 'B. Lee']],
    ['Assessment office', ['Assessment office']],
    ['Lee, Anna; Moss, Ben', ['Lee, Anna', 'Moss, Ben']],
    ['Tremblay, M.\nSingh, J. and PD team', ['Tremblay, M.', 'Singh, J.', 'PD team']],
    ['F. Jones, G. Kaur', ['F. Jones', 'G. Kaur']],
    ['A. Diaz; B. Ford & C. Grant', ['A. Diaz', 'B. Ford', 'C. Grant']],
    ['', []],
    ['n/a', []],
  ])('%j → %j', (text, expected) => {
    expect(readOwners(text)).toEqual(expected);
  });
});
