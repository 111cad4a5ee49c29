/**
 * A key result's baseline, target and current from the three cells that hold them, on one scale:
 * a share written as a ratio with its percent ("11/30 classrooms (37%)") is read as the percent when
 * the key result is a share; "7 of 25 schools" gives 25 as the target when nothing else does;
 * "3 → 5" gives its start as the baseline when nothing else does; "45 % d'ici mai 2026" gives a due
 * date when no column does. Then percent-scale.ts puts the three on one scale.
 */
import { shareValue, type NumberReading, type NumberValue } from './quantity';
import { harmonizeScale, type ScaledValues } from './percent-scale';

/** The three values, how their scale was settled, and what the cells said besides. */
export interface KeyResultValues extends ScaledValues {
  baseline: number | null;
  target: number | null;
  current: number | null;
  /** True when the values are percent points (a "42%" cell, a percent format, a share). */
  percent: boolean;
  /** A due date written in a value cell ("d'ici mai 2026"), target first. */
  due: string | null;
}

/** Reads [baseline, target, current] as one key result's values. */
export function keyResultValues([
  baselineCell,
  targetCell,
  currentCell,
]: NumberReading[]): KeyResultValues {
  const share = isShare([baselineCell, targetCell, currentCell]);
  const readings = share
    ? [baselineCell, targetCell, currentCell].map(asPercent)
    : [baselineCell, targetCell, currentCell];
  const scaled = harmonizeScale(readings);
  let [baseline, target, current] = scaled.values;
  const numbers = readings.filter((r): r is NumberValue => r.kind === 'number');
  if (target === null && !share) target = numbers.find((r) => r.of !== undefined)?.of ?? null;
  if (baseline === null && !share)
    baseline = numbers.find((r) => r.from !== undefined)?.from ?? null;
  const due =
    [targetCell, currentCell, baselineCell].find(
      (r): r is NumberValue => r.kind === 'number' && r.due !== undefined,
    )?.due ?? null;
  const percent =
    readings.some((r) => r.kind === 'number' && r.scale !== 'plain') && !scaled.staysFraction;
  return { ...scaled, baseline, target, current, percent, due };
}

/** A share: a percent is written beside a ratio, or some cells are ratios and others percents. */
function isShare(readings: NumberReading[]): boolean {
  const numbers = readings.filter((r): r is NumberValue => r.kind === 'number');
  if (numbers.some((r) => r.percent !== undefined)) return true;
  return (
    numbers.some((r) => r.of !== undefined) &&
    numbers.some((r) => r.of === undefined && r.scale !== 'plain')
  );
}

/** A ratio or percent cell as percent points; other cells as they are. */
function asPercent(reading: NumberReading): NumberReading {
  if (reading.kind !== 'number' || reading.of === undefined) return reading;
  const points = shareValue(reading);
  return points === null ? reading : { kind: 'number', value: points, scale: 'percent-text' };
}
