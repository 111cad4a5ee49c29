/**
 * Where a key result stands today: progress from baseline to target, the share of its period gone,
 * and a status that compares the two (thresholds are settings). The latest check-in, when there is
 * one, sets the current value; the last check-ins give the trend; no update in 30 days is stale.
 */
import type { KeyResult, KeyResultStatus } from './plan-schema';
import { DEFAULT_PACING, type CheckIn, type KeyResultPace, type PacingSettings } from './records';
import { normalizeWords } from './reading/normalize-text';
import { daysBetween, defaultDue, defaultStart } from './school-year';

const TREND_LENGTH = 8;
const EPSILON = 1e-9;

/** Paces one key result on `today`, using the check-ins that belong to it (others are ignored). */
export function paceKeyResult(
  keyResult: KeyResult,
  today: string,
  checkIns: CheckIn[],
  settings: PacingSettings = DEFAULT_PACING,
): KeyResultPace {
  const own = checkInsFor(keyResult, checkIns);
  const latest = own.at(-1) ?? null;
  const current = latest ? latest.value : keyResult.current;
  const due = keyResult.due ?? defaultDue(today);
  const start = keyResult.start && keyResult.start < due ? keyResult.start : defaultStart(due);
  const progress = progressOf(keyResult.baseline, keyResult.target, current);
  const elapsed = elapsedOf(start, due, today);
  const trend = own.slice(-TREND_LENGTH).map((c) => c.value);
  return {
    keyResultId: keyResult.id,
    current,
    currentSource: latest ? 'check-in' : current === null ? null : 'plan',
    progress,
    start,
    due,
    dueDefaulted: keyResult.due === null,
    elapsed,
    status: statusOf(progress, elapsed, settings),
    trend,
    trendDirection: trendDirectionOf(trend),
    lastUpdate: latest?.date ?? null,
    stale: latest ? daysBetween(latest.date, today) > settings.staleAfterDays : false,
  };
}

/** The key result's check-ins, oldest first; a check-in with no id matches by title. */
export function checkInsFor(keyResult: KeyResult, checkIns: CheckIn[]): CheckIn[] {
  const title = normalizeWords(keyResult.title);
  return checkIns
    .filter(
      (c) =>
        c.keyResultId === keyResult.id ||
        (c.keyResultId === '' && normalizeWords(c.keyResultTitle) === title),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
}

/** clamp((current − baseline) / (target − baseline), 0, 1); null when a value is missing or target = baseline. */
export function progressOf(
  baseline: number | null,
  target: number | null,
  current: number | null,
): number | null {
  if (baseline === null || target === null || current === null || target === baseline) return null;
  return clamp((current - baseline) / (target - baseline));
}

/** clamp(days(today − start) / days(due − start), 0, 1); a period of no days is over once due. */
export function elapsedOf(start: string, due: string, today: string): number {
  const period = daysBetween(start, due);
  if (period <= 0) return today >= due ? 1 : 0;
  return clamp(daysBetween(start, today) / period);
}

/** no-data, achieved (≥ 1), on-track (≥ elapsed − margin), at-risk (≥ elapsed − wider margin), off-track. */
export function statusOf(
  progress: number | null,
  elapsed: number,
  settings: PacingSettings = DEFAULT_PACING,
): KeyResultStatus {
  if (progress === null) return 'no-data';
  if (progress >= 1 - EPSILON) return 'achieved';
  if (progress >= elapsed - settings.onTrackMargin - EPSILON) return 'on-track';
  if (progress >= elapsed - settings.atRiskMargin - EPSILON) return 'at-risk';
  return 'off-track';
}

function trendDirectionOf(trend: number[]): KeyResultPace['trendDirection'] {
  if (trend.length < 2) return null;
  const change = trend[trend.length - 1] - trend[0];
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
