/**
 * Who may touch the open workbook, and how the file catches up with the clip journal. Clips are
 * acknowledged once journaled (ClipJournal); this guard merges them into the workbook in the
 * background, one pass at a time under a lock: read the file again when someone else saved it (and
 * put back every journaled clip that save lacks), append the clips journaled since, then — only
 * while no office suite holds the file — refresh Dashboard and Summary and save, all in one save.
 * Clips arriving within `mergeDelayMs` of each other share that pass, so a big workbook is written
 * once per burst, never once per request (see `schedule`).
 */
import { AsyncMutex } from './async-mutex';
import type { ClipJournal, JournalEntry } from './clip-journal';
import { heldByOfficeSuite } from './office-lock';
import type { PlanSession } from './plan-session';

/** What one pass did: saved the file, found nothing to save, or had to leave the file for later. */
export type PassOutcome = 'saved' | 'clean' | 'held' | 'changed' | 'failed' | 'busy';

export interface GuardOptions {
  /** How long a reader waits for the lock before giving up. Default 10 s. */
  lockTimeoutMs?: number;
  /** Delay between clips reaching the journal and the pass that merges them (they share it). Default 3 s. */
  mergeDelayMs?: number;
  /** How often to look for someone else's save or a released office lock. Default 2 s. */
  pollMs?: number;
  /** Regenerates what is derived from the evidence (Dashboard, Summary) just before a save. */
  beforeSave?: (session: PlanSession) => void;
  /** Told when the file cannot be saved for now (the pass is retried at each poll); once per episode. */
  report?: (problem: { kind: 'held' } | { kind: 'failed'; detail: string }) => void;
}

/** See `schedule`: background passes keep the event loop at most 1/PASS_SPACING of the time. */
const PASS_SPACING = 10;
/** See `schedule`: under a steady stream of clips, a pass still runs every MAX_WAIT_FACTOR merge delays. */
const MAX_WAIT_FACTOR = 10;

/** Runs fn, adding how long it took to `blocked.ms`. */
function timed<T>(blocked: { ms: number }, fn: () => T): T {
  const began = performance.now();
  try {
    return fn();
  } finally {
    blocked.ms += performance.now() - began;
  }
}

export class WorkbookGuard {
  private readonly mutex = new AsyncMutex();
  private pending: JournalEntry[] = [];
  private dirty = false;
  /** The last pass could not save (office lock, foreign save, error): retry at each poll. */
  private waiting = false;
  private timer: NodeJS.Timeout | null = null;
  /** When the first change still waiting for a pass was made. */
  private waitingSince: number | null = null;
  private readonly poller: NodeJS.Timeout;
  private polling = false;
  private lastOutcome: PassOutcome = 'clean';
  /** How long the last pass held the event loop (merge + refresh), and when it ended. */
  private lastPass = { blockedMs: 0, endedAt: 0 };

  constructor(
    readonly session: PlanSession,
    private readonly journal: ClipJournal,
    private readonly options: GuardOptions = {},
  ) {
    journal.onDurable((entries) => {
      this.pending.push(...entries);
      this.schedule(this.options.mergeDelayMs ?? 3_000);
    });
    this.poller = setInterval(() => void this.poll(), options.pollMs ?? 2_000);
    this.poller.unref();
  }

  /** Runs fn on the workbook as it is now: re-read if someone saved it, with every journaled clip in. */
  async read<T>(fn: (session: PlanSession) => T): Promise<{ ok: true; value: T } | { ok: false }> {
    return this.mutex.run(async () => {
      await this.absorb();
      return fn(this.session);
    }, this.options.lockTimeoutMs ?? 10_000);
  }

  /** The in-memory workbook changed (a coach connected, tabs refreshed): save it in a pass after delayMs. */
  markChanged(delayMs = this.options.mergeDelayMs ?? 3_000): void {
    this.dirty = true;
    this.schedule(delayMs);
  }

  /** One merge-and-save pass now (what the timer and the poller run); waits for the lock. */
  async pass(): Promise<PassOutcome> {
    const outcome = await this.mutex.run(() => this.passLocked(), 10 * 60_000);
    return outcome.ok ? outcome.value : 'busy';
  }

  /** Stops the timers and runs a last pass (unless told not to); clips not saved stay in the journal for next time. */
  async close(options: { save: boolean } = { save: true }): Promise<PassOutcome> {
    clearInterval(this.poller);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.journal.flush().catch(() => undefined);
    return options.save ? this.pass() : 'clean';
  }

  /**
   * When the next pass runs. It waits until clips have stopped arriving for `delayMs` (a burst shares
   * one pass, and the refresh it includes never lands in the middle of the burst), but never more than
   * MAX_WAIT_FACTOR × the merge delay after the first waiting clip. And passes share the process with
   * the requests they would delay: the next one waits at least PASS_SPACING times as long as the last
   * one kept the event loop busy, so background work takes at most ~1/PASS_SPACING of the time whatever
   * the workbook's size (clips are safe in the journal meanwhile).
   */
  private schedule(delayMs: number): void {
    const now = Date.now();
    this.waitingSince ??= now;
    const latest = this.waitingSince + (this.options.mergeDelayMs ?? 3_000) * MAX_WAIT_FACTOR - now;
    const spacing = this.lastPass.endedAt + this.lastPass.blockedMs * PASS_SPACING - now;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.waitingSince = null;
        void this.pass();
      },
      Math.max(Math.min(delayMs, latest), spacing),
    );
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      if (this.waiting || (await this.session.workbook.changedOnDisk())) await this.pass();
      else if (await this.journal.appendedElsewhere()) this.markChanged(0);
    } finally {
      this.polling = false;
    }
  }

  private async passLocked(): Promise<PassOutcome> {
    const blocked = { ms: 0 };
    const outcome = await this.passSteps(blocked);
    if (outcome === 'held' && this.lastOutcome !== 'held') this.options.report?.({ kind: 'held' });
    this.lastOutcome = outcome;
    this.waiting = outcome !== 'saved' && outcome !== 'clean';
    this.lastPass = { blockedMs: blocked.ms, endedAt: Date.now() };
    return outcome;
  }

  private async passSteps(blocked: { ms: number }): Promise<PassOutcome> {
    await this.absorb(blocked);
    return this.dirty ? this.save(blocked) : 'clean';
  }

  private async save(blocked: { ms: number }): Promise<PassOutcome> {
    if (await heldByOfficeSuite(this.session.workbook.filePath)) return 'held';
    try {
      timed(blocked, () => {
        this.session.storeCoaches();
        this.options.beforeSave?.(this.session);
      });
      if (!(await this.session.workbook.save())) return 'changed';
    } catch (error) {
      if (this.lastOutcome !== 'failed')
        this.options.report?.({
          kind: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        });
      return 'failed';
    }
    this.dirty = false;
    return 'saved';
  }

  /** Brings the in-memory workbook up to date with the file on disk and the journal. */
  private async absorb(blocked = { ms: 0 }): Promise<void> {
    if (await this.session.workbook.changedOnDisk()) await this.rereadFile();
    const entries = this.pending.splice(0);
    const removed = new Set(await this.journal.catchUp());
    if (timed(blocked, () => this.session.mergeJournal(entries, removed)) > 0) this.dirty = true;
  }

  /**
   * Someone else saved the file: their version replaces ours, then every journaled clip it lacks is
   * appended again. A file caught half-written is left for the next poll.
   */
  private async rereadFile(): Promise<void> {
    const { entries, removed } = await this.journal.contents();
    try {
      await this.session.reload();
    } catch (error) {
      this.waiting = true;
      if (this.lastOutcome !== 'failed')
        this.options.report?.({
          kind: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        });
      this.lastOutcome = 'failed';
      return;
    }
    if (this.session.mergeJournal(entries, removed) > 0) this.dirty = true;
  }
}
