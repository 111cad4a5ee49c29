/**
 * Findings, reading notes and read failures leave the core as message descriptors ({ key, params }),
 * and each host says them in its reader's language. What a user sees: every one reads as a full
 * sentence in English and in French (no {placeholder} left), says the same after a trip through
 * JSON (the sidebars, the local page and `--json` carry them), and a key outside its family does
 * not compile.
 */
import { describe, expect, it } from 'vitest';
import { render, renderBoth, strings, type Message } from '../../shared/i18n';
import type { Diagnostic, Locale } from '../../shared/messages';
import { planHealth } from '../../shared/plan-health';
import { readPlan } from '../../shared/read-plan';
import type { Finding } from '../../shared/records';
import { generatePlan } from '../plan-generator/index';

const LOCALES: Locale[] = ['en', 'fr'];

/** Every message the core returns about one generated plan: its reading notes and its findings. */
function messagesOf(seed: number): Message[] {
  const generated = generatePlan(seed);
  const reading = readPlan(generated.sheets, { today: generated.today });
  if (!reading.ok) return [reading.error.message, ...reading.diagnostics.map((d) => d.message)];
  const findings = planHealth({ plan: reading.plan, today: generated.today });
  return [...reading.diagnostics, ...findings].map((said) => said.message);
}

function expectSaidInFull(said: Message): void {
  expect(said.key in strings).toBe(true);
  for (const locale of LOCALES) {
    const words = render(locale, said);
    expect(words.trim().length).toBeGreaterThan(0);
    expect(words).not.toMatch(/\{\w+(:[^{}]*)?\}/);
    expect(render(locale, JSON.parse(JSON.stringify(said)))).toBe(words);
  }
}

describe('messages the core returns about generated plans', () => {
  const seeds = Array.from({ length: 60 }, (_, i) => i + 1);
  const all = seeds.flatMap(messagesOf);

  it('read in full in both languages, and the same after a trip through JSON', () => {
    expect(new Set(all.map((said) => said.key)).size).toBeGreaterThan(5);
    for (const said of all) expectSaidInFull(said);
  });

  it('carry both languages where an output keeps both (the CLI’s --json)', () => {
    for (const said of all)
      expect(renderBoth(said)).toEqual({ en: render('en', said), fr: render('fr', said) });
  });
});

describe('read failures', () => {
  it('say why no plan was read, in the reader’s language', () => {
    const none = readPlan([]);
    const missing = readPlan([{ name: 'Plan', values: [['Objective']] }], { sheet: 'Budget' });
    if (none.ok || missing.ok) throw new Error('expected failures');
    expectSaidInFull(none.error.message);
    expectSaidInFull(missing.error.message);
    expect(render('en', missing.error.message)).toContain('Budget');
    expect(render('fr', missing.error.message)).toContain('Budget');
  });
});

describe('the types of findings and reading notes', () => {
  it('take only keys of their own family', () => {
    const finding: Finding['message'] = { key: 'health.noCoach', params: { school: 'Oak' } };
    const note: Diagnostic['message'] = { key: 'diag.objectiveWithoutHeader' };
    // @ts-expect-error a misspelt key does not compile
    const misspelt: Finding['message'] = { key: 'health.noCoachh' };
    // @ts-expect-error a reading note's sentence is not a finding's
    const borrowed: Finding['message'] = { key: 'diag.objectiveWithoutHeader' };
    expect([finding, note, misspelt, borrowed].map((said) => said.key in strings)).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });
});
