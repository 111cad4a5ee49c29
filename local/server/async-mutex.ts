/**
 * Local mode's lock: one read-modify-save of the workbook at a time, in arrival order, so two
 * clips arriving together can never both see "not there yet" and write the same row twice.
 */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve();

  /**
   * Runs fn once every earlier holder has finished. Waiting longer than timeoutMs gives
   * `{ ok: false }` and fn never runs (the protocol answers `busy`, retryable).
   */
  async run<T>(
    fn: () => Promise<T> | T,
    timeoutMs = 10_000,
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    const previous = this.tail;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tail = previous.then(() => mine);
    const acquired = await waitAtMost(previous, timeoutMs);
    if (!acquired) {
      // Our turn still comes; we pass it on without running fn.
      void previous.then(release);
      return { ok: false };
    }
    try {
      return { ok: true, value: await fn() };
    } finally {
      release();
    }
  }
}

async function waitAtMost(promise: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>(
    (resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)),
  );
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
