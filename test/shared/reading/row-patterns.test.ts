import { describe, expect, it } from 'vitest';
import { isNoteText, sectionTitle } from '../../../shared/reading/row-patterns';

describe('sectionTitle', () => {
  it.each([
    ['Objective 2: Principals lead math learning walks', 'Principals lead math learning walks'],
    ['OBJECTIVE 1 - Students reason proportionally', 'Students reason proportionally'],
    ['Objectif 1 : Renforcer la compréhension', 'Renforcer la compréhension'],
    ['Objectif no 2 – Diminuer la proportion', 'Diminuer la proportion'],
    ['Goal: Fluency with facts', 'Fluency with facts'],
    ['Goal A) Fluency', 'Fluency'],
    ['But 3. Mobiliser les familles', 'Mobiliser les familles'],
    ['Goal-setting conferences with every student', null],
    ['Objectives of the plan', null],
    ['Classrooms using visual models', null],
  ])('%j → %j', (text, expected) => {
    expect(sectionTitle(text)).toBe(expected);
  });
});

describe('isNoteText', () => {
  it.each([
    ['Total key results: 5', true],
    ['Last updated: Nov 3, 2025', true],
    ['Dernière mise à jour : 3 novembre 2025', true],
    ['Notes: see tab 2', true],
    ['Vision: every student', true],
    ['Source: provincial assessment', true],
    ['* Data from the i-Ready diagnostic, fall and winter windows', true],
    ['¹ Target revised in October by the board', true],
    ['† Voir l’annexe B', true],
    ['Students at level 3+ (new this year)', false],
    ['Classrooms using visual models', false],
    ['Number of co-planning cycles', false],
  ])('%j → %j', (text, expected) => {
    expect(isNoteText(text)).toBe(expected);
  });
});
