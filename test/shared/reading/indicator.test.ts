import { render } from '../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { readIndicator } from '../../../shared/reading/indicator';
import { readPlan } from '../../../shared/read-plan';
import type { Indicator } from '../../../shared/plan-schema';
import { pick, seeded, type Random } from '../seeded-random';

describe('readIndicator reads every wording of leading and lagging', () => {
  it.each<[string, Indicator | null]>([
    ['Leading', 'leading'],
    ['LEAD', 'leading'],
    ['Lead measure', 'leading'],
    ['Leading indicators', 'leading'],
    ['Process', 'leading'],
    ['Process measure', 'leading'],
    ['Processes', 'leading'],
    ['Implementation', 'leading'],
    ['Implementation indicator', 'leading'],
    ['Input', 'leading'],
    ['Inputs', 'leading'],
    ['Formative', 'leading'],
    ['Predictive', 'leading'],
    ['Indicateur avancé', 'leading'],
    ['Indicateurs avancés', 'leading'],
    ['avancée', 'leading'],
    ['Indicateur de processus', 'leading'],
    ['Indicateurs de mise en œuvre', 'leading'],
    ['de mise en oeuvre', 'leading'],
    ['Intrant', 'leading'],
    ['Formatif', 'leading'],
    ['formatives', 'leading'],
    ['Prédictif', 'leading'],
    ['Indicateur précurseur', 'leading'],
    ['Type : avancé', 'leading'],
    ['Leading – checked weekly by coaches', 'leading'],
    ['LEADING INDICATOR (weekly)', 'leading'],
    ['Lagging', 'lagging'],
    ['lag', 'lagging'],
    ['Lag measures', 'lagging'],
    ['Outcome', 'lagging'],
    ['Outcome indicator', 'lagging'],
    ['Impact', 'lagging'],
    ['Output', 'lagging'],
    ['Outputs', 'lagging'],
    ['Summative', 'lagging'],
    ['Result', 'lagging'],
    ['Indicateur retardé', 'lagging'],
    ['Indicateurs retardées', 'lagging'],
    ['Indicateur de résultat', 'lagging'],
    ['Indicateurs de résultats', 'lagging'],
    ["Indicateur d'impact", 'lagging'],
    ['d’impact', 'lagging'],
    ['Extrant', 'lagging'],
    ['Sommatif', 'lagging'],
    ['sommatives', 'lagging'],
    ["Indicateur d'effet", 'lagging'],
    ['Lagging – annual state test', 'lagging'],
    // says nothing
    ['Leading/Lagging', null],
    ['avancé/retardé', null],
    ['Process or outcome', null],
    ['', null],
    ['weekly', null],
    ['Indicator', null],
    ['Implementation of the new curriculum', null],
    ['Impact on students', null],
    ['Results on the state test in grade 4', null],
  ])('%j → %j', (text, expected) => {
    expect(readIndicator(text)).toBe(expected);
  });
});

/** English words: the kind word, and how it takes "indicator". */
const EN: Record<Indicator, string[]> = {
  leading: ['leading', 'lead', 'process', 'implementation', 'input', 'formative', 'predictive'],
  lagging: ['lagging', 'lag', 'outcome', 'impact', 'output', 'summative', 'result'],
};
/** French adjectives (agree with "indicateur(s)") and nouns (after "de" / "d'"). */
const FR_ADJECTIVES: Record<Indicator, string[]> = {
  leading: ['avancé', 'formatif', 'prédictif', 'précurseur'],
  lagging: ['retardé', 'sommatif', 'tardif'],
};
const FR_NOUNS: Record<Indicator, string[]> = {
  leading: ['processus', 'mise en œuvre', 'intrant'],
  lagging: ['résultat', 'impact', 'effet', 'extrant'],
};

/** "avancé" → "avancées", "formatif" → "formatives", "précurseur" → "précurseurs". */
function agree(adjective: string, plural: boolean, feminine: boolean): string {
  let word = adjective;
  if (feminine)
    word = word.endsWith('if') ? `${word.slice(0, -1)}ve` : word.endsWith('é') ? `${word}e` : word;
  return plural ? `${word}s` : word;
}

function composeEnglish(random: Random, kind: Indicator): string {
  const word = pick(random, EN[kind]);
  const plural = random() < 0.3 ? 's' : '';
  const words = plural && word.endsWith('s') ? `${word}es` : word + plural;
  return pick(random, [
    words,
    `${word} indicator${plural}`,
    `${word} measure${plural}`,
    `Indicator: ${word}`,
    `${word} (indicator)`,
    `Type: ${word}`,
    `${word} - weekly`,
  ]);
}

function composeFrench(random: Random, kind: Indicator): string {
  const plural = random() < 0.4;
  const s = plural ? 's' : '';
  if (random() < 0.5) {
    const adjective = agree(pick(random, FR_ADJECTIVES[kind]), plural, random() < 0.3);
    return pick(random, [
      adjective,
      `indicateur${s} ${adjective}`,
      `Type : ${adjective}`,
      `${adjective} (annuel)`,
    ]);
  }
  const noun = pick(random, FR_NOUNS[kind]);
  const nounForm = plural && !noun.endsWith('s') && !noun.includes(' ') ? `${noun}s` : noun;
  const of = /^[aeiouéè]/.test(noun) ? pick(random, ["d'", 'd’', 'd ']) : 'de ';
  return pick(random, [
    `indicateur${s} ${of}${nounForm}`,
    `${of}${nounForm}`,
    `mesure${s} ${of}${nounForm}`,
    nounForm,
  ]);
}

/** Case, accents and spacing as people type them. */
function retype(random: Random, text: string): string {
  let out = random() < 0.3 ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  const roll = random();
  if (roll < 0.2) out = out.toUpperCase();
  else if (roll < 0.5) out = out.charAt(0).toUpperCase() + out.slice(1);
  return random() < 0.2 ? `  ${out} ` : out;
}

describe('readIndicator on generated wordings', () => {
  it('reads the kind of 2,000 composed cells, and nothing from cells naming both kinds', () => {
    const random = seeded(8);
    const failures: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const kind: Indicator = random() < 0.5 ? 'leading' : 'lagging';
      const compose = random() < 0.5 ? composeEnglish : composeFrench;
      const text = retype(random, compose(random, kind));
      if (readIndicator(text) !== kind)
        failures.push(`${JSON.stringify(text)} → ${readIndicator(text)}, expected ${kind}`);
      const other: Indicator = kind === 'leading' ? 'lagging' : 'leading';
      const both = `${text}${pick(random, ['/', ' / ', ' or ', ' ou ', ', '])}${compose(random, other)}`;
      if (readIndicator(both) !== null)
        failures.push(`${JSON.stringify(both)} → ${readIndicator(both)}, expected null`);
    }
    expect(failures.slice(0, 15)).toEqual([]);
  });
});

describe('a plan whose indicator column uses other words for the two kinds', () => {
  it.each([
    ['Type', ['Outcome', 'Process']],
    ['Process / outcome', ['Impact', 'Implementation']],
    ['Indicateur', ['Indicateur de résultat', 'Indicateur de mise en œuvre']],
    ['Nature', ["d'impact", 'intrant']],
  ])('reads "%s" cells %j as lagging then leading', (header, [lagging, leading]) => {
    const rows = [
      ['Objective', 'Key result', header, 'Baseline', 'Target', 'Current'],
      ['Students reason', 'Students at level 3+', lagging, 40, 60, 47],
      ['Students reason', 'Classrooms with daily discourse', leading, 10, 40, 22],
    ];
    const reading = readPlan([{ name: 'Plan', values: rows }]);
    if (!reading.ok) throw new Error(render('en', reading.error.message));
    expect(reading.plan.objectives[0].keyResults.map((kr) => kr.indicator)).toEqual([
      'lagging',
      'leading',
    ]);
  });
});
