import { describe, expect, it } from 'vitest';
import { strings, t, bilingual, type StringKey } from '../../shared/i18n/index';

const entries = Object.entries(strings) as [string, { en: string; fr: string }][];
/** The parameter names a text uses, once each: "{count} {count:clip|clips}" → ["count"]. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();
/** French text with its {placeholders}, --flags and command words removed: what a reader actually reads. */
const prose = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\{\w+:([^{}]*)\}/g, (_, forms: string) => forms.replace('|', ' '))
    .replace(/--?[\w-]+/g, ' ')
    .replace(/npm run cli|npm start|PORT=…/g, ' ');

describe('the French table', () => {
  it('has a non-empty English and French text for every key', () => {
    const empty = entries.filter(([, v]) => !v.en.trim() || !v.fr.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('keeps exactly the same {placeholders} in English and French', () => {
    const mismatched = entries
      .filter(([, v]) => placeholders(v.en).join() !== placeholders(v.fr).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('leaves no common English word in a French text', () => {
    const english =
      /\b(the|and|with|your|you|is|are|this|that|please|found|click|key results?|evidence|check-ins?|schools?|coach|baseline|target|dashboard|summary|settings|refresh|saved)\b/i;
    const leaks = entries
      .filter(([, v]) => english.test(prose(v.fr)))
      .map(([k, v]) => `${k}: ${v.fr}`);
    expect(leaks).toEqual([]);
  });

  it('writes apostrophes as ’ and quotes as « », never straight quotes', () => {
    const straight = entries
      .filter(([, v]) => /['"“”]/.test(prose(v.fr)))
      .map(([k, v]) => `${k}: ${v.fr}`);
    expect(straight).toEqual([]);
  });

  it('puts a non-breaking space before : ; ? ! and » and after «', () => {
    const loose = /( [:;?!»])|(« )|([^\s\u00a0\u202f][:;?!»])|(«[^\u00a0])/;
    const bad = entries
      .filter(([, v]) => loose.test(prose(v.fr).replace(/\w+:\/\//g, '')))
      .map(([k, v]) => `${k}: ${v.fr}`);
    expect(bad).toEqual([]);
  });

  it.each([
    ['résultat clé', /résultats?[- ]clefs?|résultat-clé|indicateur clé/i],
    ['preuve', /\bévidences?\b/i],
    ['CAP', /\bPLC\b|communauté de pratique/],
    ['formation', /\bdéveloppement professionnel\b|\bDP\b/],
  ])('uses the district term « %s » and not its look-alikes', (_term, lookAlike) => {
    const offTerm = entries
      .filter(([, v]) => lookAlike.test(v.fr))
      .map(([k, v]) => `${k}: ${v.fr}`);
    expect(offTerm).toEqual([]);
  });

  it.each([
    ['cli.fileNotFound', { path: 'plan.xlsx' }, 'Fichier introuvable\u00a0: plan.xlsx'],
    ['addon.dashboard.finding', { severity: 'À vérifier', message: 'x' }, 'À vérifier\u00a0: x'],
    ['clipper.form.chars', { count: 12, max: 500 }, '12 / 500 caractères'],
    ['local.missingFile', { file: 'a.xlsx' }, 'Fichier introuvable\u00a0: a.xlsx'],
  ] as const)('fills %s in French', (key, params, expected) => {
    expect(t('fr', key, params)).toBe(expected);
    expect(bilingual(key, params).fr).toBe(expected);
  });
});

describe('plural forms', () => {
  const plural = /\{(\w+):([^{}|]*)\|([^{}|]*)\}/g;
  const forms = (text: string) => [...text.matchAll(plural)];
  const withPlurals = entries.filter(([, v]) => forms(v.en).length + forms(v.fr).length > 0);

  it('writes every placeholder as {name} or {name:one|other}', () => {
    const odd = entries.flatMap(([k, v]) =>
      [v.en, v.fr]
        .flatMap((text) => [...text.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]))
        .filter((p) => !/^\{\w+\}$|^\{\w+:[^{}|]*\|[^{}|]*\}$/.test(p))
        .map((p) => `${k}: ${p}`),
    );
    expect(odd).toEqual([]);
  });

  it('agrees with the number by each language’s rules, for every plural text and many counts', () => {
    expect(withPlurals.length).toBeGreaterThan(5);
    const counts = [0, 1, 2, 3, 10, 21, 100, 1001, 1_000_000];
    for (const [key, v] of withPlurals) {
      for (const locale of ['en', 'fr'] as const) {
        for (const n of counts) {
          const template = v[locale];
          // Every number in the text is n, so each plural form must agree with n.
          const params = Object.fromEntries(placeholders(template).map((name) => [name, n]));
          const text = t(locale, key as StringKey, params);
          const singular = locale === 'fr' ? n < 2 : n === 1;
          for (const [, , one, other] of forms(template))
            expect(text, `${key} ${locale} ${n}`).toContain(singular ? one : other);
          expect(text).not.toMatch(/\{|\}|\(s\)/);
        }
      }
    }
  });

  it.each([
    ['local.revoked', 'fr', 1, '1 connexion révoquée pour Kim\u00a0:'],
    ['local.revoked', 'fr', 3, '3 connexions révoquées pour Kim\u00a0:'],
    ['local.revoked', 'en', 1, 'Revoked 1 connection for Kim:'],
    ['local.revoked', 'en', 0, 'Revoked 0 connections for Kim:'],
  ] as const)('%s in %s with %i reads “%s…”', (key, locale, count, start) => {
    expect(t(locale, key, { count, coach: 'Kim' }).startsWith(start)).toBe(true);
  });

  it('says “0 preuve” and “0 pieces of evidence”', () => {
    expect(t('fr', 'local.refreshed', { keyResults: 1, evidence: 0 })).toBe(
      'Tableau de bord et Sommaire actualisés (1 résultat clé, 0 preuve).',
    );
    expect(t('en', 'local.refreshed', { keyResults: 1, evidence: 0 })).toBe(
      'Dashboard and Summary refreshed (1 key result, 0 pieces of evidence).',
    );
  });
});
