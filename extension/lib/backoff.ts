/**
 * Exponential back-off with jitter: a flaky school wifi or a busy sheet is retried sooner at first,
 * then less often, and many coaches do not all retry at the same second. Pure: callers pass random().
 */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 30 * 60_000;

/** Delay before attempt number `attempts + 1`, between half and all of the capped exponential step. */
export function backoffDelay(attempts: number, random: number): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(step * (0.5 + random * 0.5));
}
