/**
 * The clip journal: an append-only file beside the workbook (`.NAME.throughline-journal`), one JSON
 * line per accepted clip (its id and its Evidence row). A clip is acknowledged only once its line is
 * fsync'd, so neither an office suite holding the workbook, nor someone else's save over it, nor a
 * crash can lose it: the workbook is merged from the journal, never the other way round.
 */
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { CellValue } from '../../shared/cells';
import { oneRunQueued } from '../../shared/one-run-queued';

/** One accepted clip: its id and its row in EVIDENCE_TAB column order. */
export interface JournalEntry {
  id: string;
  row: CellValue[];
}

/** What a journal holds: accepted clips, and the ids of clips the coordinator removed for good. */
export interface JournalContents {
  entries: JournalEntry[];
  removed: Set<string>;
}

export function journalPathFor(workbookPath: string): string {
  return path.join(
    path.dirname(workbookPath),
    `.${path.basename(workbookPath)}.throughline-journal`,
  );
}

export class ClipJournal {
  private readonly ids = new Set<string>();
  private staged: JournalEntry[] = [];
  private readonly writes = oneRunQueued(() => this.writeStaged());
  private durableBytes: number;
  /** How far `catchUp` has read the file for lines other processes appended. */
  private scanned: number;
  private closed = false;
  private readonly durableListeners: ((entries: JournalEntry[]) => void)[] = [];

  /** Clips the coordinator removed for good: never merged again, and a resent one is a duplicate. */
  readonly removed: Set<string>;

  private constructor(
    readonly filePath: string,
    private readonly handle: FileHandle,
    contents: JournalContents,
    bytes: number,
  ) {
    for (const entry of contents.entries) this.ids.add(entry.id);
    this.removed = contents.removed;
    for (const id of contents.removed) this.ids.add(id);
    this.durableBytes = bytes;
    this.scanned = bytes;
  }

  /**
   * Opens (or creates) the workbook's journal; a line torn by a crash mid-write is cut off. With
   * `compactHeld`, clips it says the workbook on disk durably holds are first dropped (see compact).
   */
  static async open(
    workbookPath: string,
    options: { compactHeld?: (id: string) => boolean } = {},
  ): Promise<{ journal: ClipJournal } & JournalContents> {
    const filePath = journalPathFor(workbookPath);
    await fs.rm(compactionPathFor(filePath), { force: true });
    let read = await readJournal(filePath);
    if (options.compactHeld && (await compact(filePath, read, options.compactHeld)))
      read = await readJournal(filePath);
    const handle = await fs.open(filePath, 'a+');
    if ((await handle.stat()).size !== read.bytes) await handle.truncate(read.bytes);
    return { journal: new ClipJournal(filePath, handle, read, read.bytes), ...read };
  }

  /**
   * Records that the coordinator removed a clip for good, durably, whether or not a server has the
   * journal open (it appends too, and picks the line up with `catchUp`).
   */
  static async recordRemoval(workbookPath: string, id: string): Promise<void> {
    const handle = await fs.open(journalPathFor(workbookPath), 'a');
    try {
      await handle.write(`${JSON.stringify({ removed: id })}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** True when the clip is journaled, or staged by a request still waiting for its fsync. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** True when the file grew past what this journal wrote or read: another process appended lines. */
  async appendedElsewhere(): Promise<boolean> {
    if (this.writes.pending() || this.closed) return false;
    return (await this.handle.stat()).size > Math.max(this.scanned, this.durableBytes);
  }

  /** Removals another process (the command line) appended since; their ids. */
  async catchUp(): Promise<string[]> {
    if (this.closed) return [];
    const { size } = await this.handle.stat();
    if (size <= this.scanned) return [];
    const buffer = Buffer.alloc(size - this.scanned);
    await this.handle.read(buffer, 0, buffer.length, this.scanned);
    const complete = buffer.lastIndexOf(0x0a) + 1;
    this.scanned += complete;
    const added = parseLines(buffer.subarray(0, complete));
    const fresh = [...added.removed].filter((id) => !this.removed.has(id));
    for (const id of fresh) {
      this.removed.add(id);
      this.ids.add(id);
    }
    return fresh;
  }

  /** Counts as known at once (so a concurrent retry is a duplicate); durable once `flush()` resolves. */
  stage(entries: JournalEntry[]): void {
    for (const entry of entries) this.ids.add(entry.id);
    this.staged.push(...entries);
  }

  /** Called with each batch of entries once it is on disk (the workbook merges them from there). */
  onDurable(listener: (entries: JournalEntry[]) => void): void {
    this.durableListeners.push(listener);
  }

  /**
   * Resolves once everything staged so far is fsync'd; rejects when that write failed, in which case
   * those entries are forgotten (the file is cut back to its last good line) and their senders retry.
   * Requests arriving while one write runs share the next one (group commit).
   */
  flush(): Promise<void> {
    if (this.staged.length === 0) return this.writes.pending() ?? Promise.resolve();
    return this.writes.run();
  }

  /** Every entry on disk, in order, and the removals (read again when the workbook lost rows it once held). */
  async contents(): Promise<JournalContents> {
    await this.flush().catch(() => undefined);
    const { entries, removed } = await readJournal(this.filePath);
    return { entries, removed };
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.closed = true;
    await this.handle.close();
    // A journal that never held a clip is no record: leave no file behind (a refused workbook's folder stays as it was).
    if (this.durableBytes === 0) await fs.rm(this.filePath, { force: true });
  }

  private writeStaged(): Promise<void> {
    const batch = this.staged;
    this.staged = [];
    const data = batch.map((entry) => `${JSON.stringify(entry)}\n`).join('');
    return this.append(data, batch);
  }

  private async append(data: string, batch: JournalEntry[]): Promise<void> {
    try {
      await this.handle.write(data);
      await this.handle.sync();
    } catch (error) {
      for (const entry of batch) this.ids.delete(entry.id);
      await this.handle.truncate(this.durableBytes).catch(() => undefined);
      throw error;
    }
    this.durableBytes += Buffer.byteLength(data);
    for (const listener of this.durableListeners) listener(batch);
  }
}

/** Where a compaction writes the journal's new content before it replaces the journal. */
function compactionPathFor(journalPath: string): string {
  return `${journalPath}.compacting`;
}

/**
 * Rewrites the journal without the clips the workbook on disk holds (`held`), keeping every other
 * clip and every removal; false when there was nothing to drop. Crash-safe: the new content is
 * written and fsync'd beside the journal, then renamed over it, so a crash at any point leaves
 * either the old journal or the new one, whole (a leftover temporary file is removed at the next open).
 */
async function compact(
  filePath: string,
  read: JournalContents,
  held: (id: string) => boolean,
): Promise<boolean> {
  const kept = read.entries.filter((entry) => !held(entry.id) && !read.removed.has(entry.id));
  if (kept.length === read.entries.length) return false;
  const lines = [
    ...kept.map((entry) => JSON.stringify(entry)),
    ...[...read.removed].map((id) => JSON.stringify({ removed: id })),
  ];
  const temp = compactionPathFor(filePath);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.write(lines.map((line) => `${line}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, filePath);
  const dir = await fs.open(path.dirname(filePath), 'r');
  await dir.sync().finally(() => dir.close());
  return true;
}

/** The journal's complete lines; `bytes` is where the last complete line ends. */
async function readJournal(filePath: string): Promise<JournalContents & { bytes: number }> {
  const buffer = await fs.readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  const bytes = buffer.lastIndexOf(0x0a) + 1;
  return { ...parseLines(buffer.subarray(0, bytes)), bytes };
}

function parseLines(buffer: Buffer): JournalContents {
  const entries: JournalEntry[] = [];
  const removed = new Set<string>();
  for (const line of buffer.toString('utf8').split('\n')) {
    const parsed = parseLine(line);
    if (parsed && 'removed' in parsed) removed.add(parsed.removed);
    else if (parsed) entries.push(parsed);
  }
  return { entries, removed };
}

function parseLine(line: string): JournalEntry | { removed: string } | null {
  if (line.trim() === '') return null;
  try {
    const value = JSON.parse(line) as Partial<JournalEntry> & { removed?: unknown };
    if (typeof value.removed === 'string') return { removed: value.removed };
    return typeof value.id === 'string' && Array.isArray(value.row)
      ? { id: value.id, row: value.row }
      : null;
  } catch {
    return null;
  }
}
