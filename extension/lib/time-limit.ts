/**
 * One network exchange with a deadline: the work gets an AbortSignal, and after `timeoutMs` the
 * request is aborted and `onTimeout()` is the answer. Shared by the plan-endpoint POST and the
 * Sheets API calls, so a silent network never holds the outbox.
 */
export async function withTimeLimit<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  onTimeout: () => T,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(onTimeout());
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
