/**
 * Runs the reader over generated plans and tallies the result: which seeds were read right, the
 * pass rate of each feature, and the reading time. Shared by the report script and `npm run bench`.
 */
import { render } from '../../shared/i18n';
import { readPlan } from '../../shared/read-plan';
import { comparePlan, keyResultsReadRight } from './compare';
import { generatePlan, type GenerateOptions, type GeneratedPlan } from './index';

export interface SeedResult {
  plan: GeneratedPlan;
  mismatches: string[];
  ms: number;
  /** Expected key results read right, and how many there were. */
  keyResults: { right: number; total: number };
}

/** Reads one generated plan with today's reader and compares it with the truth. */
export function readGenerated(seed: number, options?: GenerateOptions): SeedResult {
  const plan = generatePlan(seed, options);
  const start = performance.now();
  const reading = readPlan(plan.sheets, { today: plan.today });
  const ms = performance.now() - start;
  const mismatches = reading.ok
    ? comparePlan(reading.plan, plan.expected)
    : [`no plan read: ${render('en', reading.error.message)}`];
  const keyResults = keyResultsReadRight(reading.ok ? reading.plan : null, plan.expected);
  return { plan, mismatches, ms, keyResults };
}

export interface FeatureRate {
  feature: string;
  right: number;
  total: number;
  krRight: number;
  krTotal: number;
}

/** Pass rate per feature, worst first (ties by name). */
export function featureRates(results: SeedResult[]): FeatureRate[] {
  const rates = new Map<string, FeatureRate>();
  for (const result of results) {
    const { plan, mismatches } = result;
    for (const feature of plan.features) {
      const rate = rates.get(feature) ?? { feature, right: 0, total: 0, krRight: 0, krTotal: 0 };
      rate.total++;
      rate.krRight += result.keyResults.right;
      rate.krTotal += result.keyResults.total;
      if (mismatches.length === 0) rate.right++;
      rates.set(feature, rate);
    }
  }
  const score = (r: FeatureRate) => r.right / r.total + r.krRight / Math.max(1, r.krTotal) / 1000;
  return [...rates.values()].sort(
    (a, b) => score(a) - score(b) || a.feature.localeCompare(b.feature),
  );
}

/** Median of a list of times. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}
