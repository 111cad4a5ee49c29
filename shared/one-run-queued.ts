/**
 * "One run at a time, one queued": a write or a send that must not overlap itself. A call while a run
 * is going shares the one run queued after it, so a burst of calls makes at most two runs, and every
 * caller's work is in a run that started after the call. Local mode's clip journal uses it for its
 * fsyncs, the extension's outbox sender for its sending passes.
 */

/** A run in progress and the one queued behind it. */
export interface OneRunQueued<T> {
  /** Starts a run now when none is going; else the run queued behind the current one. */
  run(): Promise<T>;
  /** The queued run, else the current one, else null: for a caller with nothing new to add. */
  pending(): Promise<T> | null;
}

/** Wraps `start` so that its runs never overlap, with at most one queued. */
export function oneRunQueued<T>(start: () => Promise<T>): OneRunQueued<T> {
  let current: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const begin = (): Promise<T> => {
    const running = start();
    current = running;
    const settle = () => {
      if (current === running) current = null;
    };
    running.then(settle, settle);
    return running;
  };
  return {
    run() {
      if (queued) return queued;
      if (!current) return begin();
      queued = current
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return current ?? begin();
        });
      return queued;
    },
    pending: () => queued ?? current,
  };
}
