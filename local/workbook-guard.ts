/**
 * Who may touch the open workbook, and when a change counts as done. Changes to the in-memory
 * workbook happen one at a time under a lock; saving the file is group-committed: requests that
 * changed the workbook while a save was running share the next save, so a large workbook (a 50,000-row
 * Evidence tab takes seconds to write) serves many coaches at once. A change is reported saved only
 * once a save that began after it has finished; when a save fails, the file is read back and every
 * change it did not hold is reported unsaved.
 */
import { AsyncMutex } from './async-mutex';
import type { PlanSession } from './plan-session';

export type GuardedWrite<T> = { ok: true; value: T; saved: true } | { ok: true; value: T; saved: false; error: string } | { ok: false };

export class WorkbookGuard {
  private readonly mutex = new AsyncMutex();
  private readonly saves: SaveBatcher;
  private unsaved = 0;
  /** Bumped whenever the in-memory workbook is replaced by the file's contents. */
  private generation = 0;

  constructor(
    readonly session: PlanSession,
    private readonly lockTimeoutMs = 10_000,
  ) {
    this.saves = new SaveBatcher(() => this.saveOrReload());
  }

  /** Runs fn on the current workbook (re-read first when another program saved the file). */
  async read<T>(fn: (session: PlanSession) => T): Promise<{ ok: true; value: T } | { ok: false }> {
    return this.mutex.run(async () => {
      await this.syncFromDisk();
      return fn(this.session);
    }, this.lockTimeoutMs);
  }

  /** Runs fn under the lock; when it changed the workbook, resolves once the change is on disk. */
  async write<T>(fn: (session: PlanSession) => { value: T; changed: boolean }): Promise<GuardedWrite<T>> {
    const outcome = await this.mutex.run(async () => {
      await this.syncFromDisk();
      const result = fn(this.session);
      if (result.changed) this.unsaved++;
      return { ...result, generation: this.generation };
    }, this.lockTimeoutMs);
    if (!outcome.ok) return outcome;
    const { value, changed, generation } = outcome.value;
    if (!changed) return { ok: true, value, saved: true };
    try {
      await this.saves.flush();
    } catch (error) {
      return { ok: true, value, saved: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      this.unsaved--;
    }
    return this.generation === generation ? { ok: true, value, saved: true } : { ok: true, value, saved: false, error: 'the workbook was read again from disk' };
  }

  /** Waits for every change made so far to be saved (or to have failed). */
  async drain(): Promise<void> {
    await this.mutex.run(() => undefined, 60_000);
    if (this.saves.busy) await this.saves.flush().catch(() => undefined);
  }

  private async syncFromDisk(): Promise<void> {
    if (this.unsaved > 0 || this.saves.busy || !(await this.session.workbook.changedOnDisk())) return;
    await this.session.reload();
    this.generation++;
  }

  private async saveOrReload(): Promise<void> {
    try {
      await this.session.workbook.save();
    } catch (error) {
      await this.mutex.run(async () => {
        await this.session.reload();
        this.generation++;
      }, 60_000);
      throw error;
    }
  }
}

/** At most one save running and one waiting; everyone who asks while one runs shares the next. */
export class SaveBatcher {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly save: () => Promise<void>) {}

  get busy(): boolean {
    return this.running !== null || this.queued !== null;
  }

  /** Resolves when a save that began after this call has finished; rejects when that save failed. */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    this.queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<void> {
    const run: Promise<void> = this.save().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
