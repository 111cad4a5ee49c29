/**
 * Puts a key result's baseline, target and current on one scale. A percent-formatted cell holding
 * 0.25 shows "25%": next to "42%" text or plain 60 it means 25 points. A key result whose values are
 * all percent-formatted fractions also comes out in points (0.22 → 22). Only when the neighbours are
 * plain fractions (0.3, 0.6) does the whole key result stay in fractions.
 */
import type { NumberReading, NumberScale } from './cell-values';

/** The key result's values on one scale, and how they got there. */
export interface ScaledValues {
  values: Array<number | null>;
  /** True when a plain fraction (0.6) was lifted to points because its neighbours say "42%". */
  liftedFractions: boolean;
  /** True when percent-formatted cells were kept as fractions because their neighbours are fractions. */
  staysFraction: boolean;
}

/** One scale for the readings of one key result, in the order given. */
export function harmonizeScale(readings: NumberReading[]): ScaledValues {
  const numbers = readings.flatMap((r) => (r.kind === 'number' ? [r] : []));
  const plains = numbers.filter((r) => r.scale === 'plain').map((r) => r.value);
  const hasFormatted = numbers.some((r) => r.scale === 'percent-format');
  const hasPercentText = numbers.some((r) => r.scale === 'percent-text');
  const fractionNeighbours =
    plains.length > 0 &&
    plains.every((v) => v >= 0 && v <= 1) &&
    plains.some((v) => v > 0 && v < 1);
  const staysFraction = hasFormatted && !hasPercentText && fractionNeighbours;
  const pointsNeighbour = numbers.some(
    (r) => r.scale !== 'plain' && pointsValue(r.value, r.scale) > 1.5,
  );
  const liftPlain =
    !staysFraction && fractionNeighbours && pointsNeighbour && plains.every((v) => v <= 1);
  const values = readings.map((r) => {
    if (r.kind !== 'number') return null;
    if (r.scale === 'percent-format') return staysFraction ? r.value : toPoints(r.value);
    if (r.scale === 'plain' && liftPlain) return toPoints(r.value);
    return r.value;
  });
  return { values, liftedFractions: liftPlain, staysFraction };
}

function pointsValue(value: number, scale: NumberScale): number {
  return scale === 'percent-format' ? value * 100 : value;
}

/** ×100 without floating noise (0.185 → 18.5, not 18.499999…). */
function toPoints(value: number): number {
  return Math.round(value * 100 * 1e9) / 1e9;
}
