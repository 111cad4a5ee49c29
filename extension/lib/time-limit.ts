/**
 * One network exchange with a deadline: the work gets the platform's `AbortSignal.timeout`, which
 * aborts the request after `timeoutMs`; the answer is then `onTimeout()`, even if the work ignores
 * its signal. Shared by the plan-endpoint POST and the Sheets API calls, so a silent network never
 * holds the outbox.
 */
export function withTimeLimit<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  onTimeout: () => T,
): Promise<T> {
  const signal = AbortSignal.timeout(timeoutMs);
  // Listening before the work starts: the deadline's answer wins over the aborted request's error.
  const deadline = new Promise<T>((resolve) =>
    signal.addEventListener('abort', () => resolve(onTimeout()), { once: true }),
  );
  return Promise.race([work(signal), deadline]);
}
