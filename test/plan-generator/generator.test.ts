// The generator itself: the same seed gives the same workbook, every feature of the catalogue is
// written somewhere in 2,000 seeds, and each plan's truth agrees with itself and with its cells.
import { describe, expect, it } from 'vitest';
import {
  ALL_FEATURES,
  comparePlan,
  generatePlan,
  normalizeKeyResultTitle,
  normalizeObjectiveTitle,
  type GeneratedPlan,
} from './index';

const SEEDS = Array.from({ length: 2000 }, (_, i) => i + 1);
const plans: GeneratedPlan[] = SEEDS.map((seed) => generatePlan(seed));

function cellTexts(plan: GeneratedPlan): string[] {
  return plan.sheets
    .filter((s) => plan.planSheets.includes(s.name))
    .flatMap((s) => s.values.flat().filter((v): v is string => typeof v === 'string'));
}

describe('plan generator', () => {
  it('gives the same workbook and truth for the same seed, and different ones for different seeds', () => {
    expect(generatePlan(42)).toEqual(generatePlan(42));
    expect(generatePlan(7)).toEqual(generatePlan(7));
    expect(JSON.stringify(generatePlan(42).sheets)).not.toEqual(
      JSON.stringify(generatePlan(43).sheets),
    );
  });

  it('writes every feature of the catalogue somewhere in 2,000 seeds', () => {
    const seen = new Set(plans.flatMap((p) => p.features));
    expect(ALL_FEATURES.filter((f) => !seen.has(f))).toEqual([]);
    expect([...seen].filter((f) => !ALL_FEATURES.includes(f))).toEqual([]);
  });

  it('writes any one feature asked for in some of 30 seeds', () => {
    const never = ALL_FEATURES.filter(
      (f) =>
        !SEEDS.slice(0, 30).some((seed) =>
          generatePlan(seed, { features: [f] }).features.includes(f),
        ),
    );
    expect(never).toEqual([]);
  });

  it('limits a plan to the features asked for', () => {
    const plan = generatePlan(5, {
      features: ['lang:fr', 'layout:section-rows', 'values:percent-text'],
    });
    expect(plan.language).toBe('fr');
    expect(plan.features).toContain('layout:section-rows');
    expect(
      plan.features.filter(
        (f) =>
          f.startsWith('values:') &&
          f !== 'values:plain' &&
          f !== 'values:percent-text' &&
          f !== 'values:ratio',
      ),
    ).toEqual([]);
  });

  it('keeps every truth consistent with itself and with the cells it was written to', () => {
    const problems = plans.flatMap(truthProblems);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('compares a right reading as right and names each wrong field', () => {
    const plan = generatePlan(11);
    expect(comparePlan({ objectives: plan.expected.objectives }, plan.expected)).toEqual([]);
    const wrong = structuredClone(plan.expected.objectives);
    wrong[0].title = `Objective 1: ${wrong[0].title.toUpperCase()}`;
    wrong[0].keyResults[0].title = `KR 1.1 ${wrong[0].keyResults[0].title}`;
    expect(comparePlan({ objectives: wrong }, plan.expected)).toEqual([]);
    wrong[0].keyResults[0].target = (wrong[0].keyResults[0].target ?? 0) + 1;
    wrong.push({ title: 'Extra', keyResults: [] });
    const mismatches = comparePlan({ objectives: wrong }, plan.expected);
    expect(mismatches).toHaveLength(2);
    expect(mismatches[0]).toMatch(/target/);
    expect(mismatches[1]).toMatch(/extra objective/);
  });

  it('strips labels on both sides without eating a title’s first word', () => {
    expect(normalizeObjectiveTitle('Objective 2: Every student')).toBe('every student');
    expect(normalizeObjectiveTitle('Objectif 1 – Chaque élève')).toBe('chaque élève');
    expect(normalizeObjectiveTitle('O2 Every student')).toBe('every student');
    expect(normalizeObjectiveTitle('Goal B. Every student')).toBe('every student');
    expect(normalizeObjectiveTitle('A strong math culture')).toBe('a strong math culture');
    expect(normalizeKeyResultTitle('KR 1.2 Family nights')).toBe('family nights');
    expect(normalizeKeyResultTitle('RC 1.2 : Soirées')).toBe('soirées');
    expect(normalizeKeyResultTitle('1.2 Family nights')).toBe('family nights');
    expect(normalizeKeyResultTitle('a) Family nights')).toBe('family nights');
    expect(normalizeKeyResultTitle('• Family nights (lag)')).toBe('family nights');
    expect(normalizeKeyResultTitle('  - Family nights')).toBe('family nights');
    expect(normalizeKeyResultTitle('A strong culture')).toBe('a strong culture');
  });
});

/** What is wrong with one plan's truth, in words. */
function truthProblems(plan: GeneratedPlan): string[] {
  const out: string[] = [];
  const where = `seed ${plan.seed}`;
  if (!plan.planSheets.every((name) => plan.sheets.some((s) => s.name === name)))
    out.push(`${where}: a plan sheet is missing`);
  if (new Set(plan.sheets.map((s) => s.name)).size !== plan.sheets.length)
    out.push(`${where}: two tabs share a name`);
  if (plan.expected.objectives.length === 0) out.push(`${where}: no objective`);
  const texts = cellTexts(plan).map((t) => t.replace(/[\s\u00a0]+/g, ' ').toLowerCase());
  const onSheet = (title: string) => texts.some((t) => t.includes(title));
  for (const objective of plan.expected.objectives) {
    if (objective.keyResults.length === 0)
      out.push(`${where}: '${objective.title}' has no key result`);
    if (!onSheet(normalizeObjectiveTitle(objective.title)))
      out.push(`${where}: objective '${objective.title}' is not on the sheet`);
    for (const kr of objective.keyResults) {
      const what = `${where}: '${kr.title}'`;
      if (kr.objective !== objective.title) out.push(`${what} names another objective`);
      if (!onSheet(normalizeKeyResultTitle(kr.title))) out.push(`${what} is not on the sheet`);
      if ([kr.baseline, kr.current, kr.target].some((v) => v !== null && !Number.isFinite(v)))
        out.push(`${what} has a value that is not a number`);
      if (kr.due !== null && new Date(`${kr.due}T00:00:00Z`).toISOString().slice(0, 10) !== kr.due)
        out.push(`${what} has due ${kr.due}`);
      if (kr.baseline !== null && kr.target !== null) {
        if (kr.baseline === kr.target) out.push(`${what} has its target equal to its baseline`);
        else if (kr.direction !== (kr.target > kr.baseline ? 'increase' : 'decrease'))
          out.push(`${what} has direction ${kr.direction}`);
      }
    }
  }
  return out;
}
