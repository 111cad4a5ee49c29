import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../../shared/reading/header-match';
import { normalizeWords } from '../../../shared/reading/normalize-text';

describe('matchHeader: the field a header names, in English and French', () => {
  it.each([
    ['Objective', 'objective'],
    ['Goal', 'objective'],
    ['Strategic Objective', 'objective'],
    ['Objectif', 'objective'],
    ['But', 'objective'],
    ['Key Result', 'keyResult'],
    ['Measure', 'keyResult'],
    ['Metric', 'keyResult'],
    ['Indicator', 'keyResult'],
    ['Résultat clé', 'keyResult'],
    ['RÉSULTATS CLÉS', 'keyResult'],
    ['Indicateur', 'keyResult'],
    ['Baseline', 'baseline'],
    ['Start value', 'baseline'],
    ['Sept. Baseline', 'baseline'],
    ['Baseline (Sept 2025)', 'baseline'],
    ['Point de départ', 'baseline'],
    ['Départ', 'baseline'],
    ['Target', 'target'],
    ['Goal value', 'target'],
    ['June Target', 'target'],
    ['2025-26 Target', 'target'],
    ['Cible', 'target'],
    ['Cible visée', 'target'],
    ['Current', 'current'],
    ['Now', 'current'],
    ['Latest', 'current'],
    ['Actual to date', 'current'],
    ['Valeur actuelle', 'current'],
    ['Résultat actuel', 'current'],
    ['Owner', 'owner'],
    ['Responsible', 'owner'],
    ['Lead Person', 'owner'],
    ['Responsable', 'owner'],
    ['Due', 'due'],
    ['By when', 'due'],
    ['Target Date', 'due'],
    ['Échéance', 'due'],
    ['Leading or lagging', 'indicator'],
    ['Lead/Lag', 'indicator'],
    ['Type', 'indicator'],
    ['Nature', 'indicator'],
    ["Type d'indicateur", 'indicator'],
    ['Type d’indicateur', 'indicator'],
    ['Unit', 'unit'],
    ['Unité', 'unit'],
    ['Start', 'start'],
    ['Start date', 'start'],
    ['Début', 'start'],
  ])('%j → %s', (header, field) => {
    expect(matchHeader(header)[0]?.field).toBe(field);
  });

  it.each([
    ['Notes'],
    ['Budget'],
    [''],
    ['2025'],
    ['Vision: every student reasons mathematically and sees themselves as a learner of math'],
  ])('%j names no field', (header) => {
    expect(matchHeader(header)).toEqual([]);
  });
});

describe('normalizeWords', () => {
  it.each([
    ["Type d'indicateur (avancé/retardé)", 'type d indicateur'],
    ['  Échéance  ', 'echeance'],
    ['Œuvre', 'oeuvre'],
    ['By-when?', 'by when'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeWords(text)).toBe(expected);
  });
});
