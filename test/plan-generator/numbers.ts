/**
 * True numbers for one key result: a baseline, a target on the measure's side of it, and a current
 * value somewhere on the way (sometimes past the target, sometimes not yet measured).
 */
import { roundTo } from './model';
import type { Rng } from './prng';
import type { Measure } from './vocabulary';

export interface DrawnNumbers {
  baseline: number;
  current: number;
  target: number;
}

/** Baseline, current and target on the measure's own scale (counts N for ratio measures). */
export function drawNumbers(rng: Rng, measure: Measure): DrawnNumbers {
  const span = measure.max - measure.min;
  const step = measure.kind === 'big' ? 100 : 10 ** -measure.decimals;
  const low = measure.min + span * 0.1;
  const high = measure.max - span * 0.1;
  const start =
    measure.direction === 'increase'
      ? between(rng, measure.min, low + span * 0.3)
      : between(rng, high - span * 0.3, measure.max);
  const gap = Math.max(step * 2, span * (0.15 + rng.next() * 0.35));
  const end = measure.direction === 'increase' ? start + gap : start - gap;
  const baseline = snap(start, measure, step);
  let target = snap(end, measure, step);
  if (target === baseline)
    target = snap(baseline + (measure.direction === 'increase' ? step : -step), measure, step);
  const progress = rng.pick([0, 0.2, 0.4, 0.5, 0.7, 0.9, 1.1]);
  const current = snap(baseline + (target - baseline) * progress, measure, step);
  return { baseline, current, target };
}

function between(rng: Rng, a: number, b: number): number {
  return a + rng.next() * (b - a);
}

function snap(value: number, measure: Measure, step: number): number {
  const cap = measure.total ?? measure.outOf ?? (measure.kind === 'percent' ? 100 : Infinity);
  const clamped = Math.min(cap, Math.max(measure.kind === 'big' ? step : 0, value));
  return measure.kind === 'big'
    ? Math.round(clamped / step) * step
    : roundTo(clamped, measure.decimals);
}

/** The percent a count is of its whole, rounded as people write it ("11/30 (37%)"). */
export function percentOf(count: number, total: number): number {
  return Math.round((count / total) * 100);
}
