/**
 * The clip journal: an append-only file beside the workbook (`.NAME.throughline-journal`), one JSON
 * line per accepted clip (its id and its Evidence row). A clip is acknowledged only once its line is
 * fsync'd, so neither an office suite holding the workbook, nor someone else's save over it, nor a
 * crash can lose it: the workbook is merged from the journal, never the other way round.
 */
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { CellValue } from '../shared/cells';
import { oneRunQueued } from '../shared/one-run-queued';

/** One accepted clip: its id and its row in EVIDENCE_TAB column order. */
export interface JournalEntry {
  id: string;
  row: CellValue[];
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
  private readonly durableListeners: ((entries: JournalEntry[]) => void)[] = [];

  private constructor(
    readonly filePath: string,
    private readonly handle: FileHandle,
    entries: JournalEntry[],
    bytes: number,
  ) {
    for (const entry of entries) this.ids.add(entry.id);
    this.durableBytes = bytes;
  }

  /** Opens (or creates) the workbook's journal; a line torn by a crash mid-write is cut off. */
  static async open(
    workbookPath: string,
  ): Promise<{ journal: ClipJournal; entries: JournalEntry[] }> {
    const filePath = journalPathFor(workbookPath);
    const { entries, bytes } = await readJournal(filePath);
    const handle = await fs.open(filePath, 'a');
    if ((await handle.stat()).size !== bytes) await handle.truncate(bytes);
    return { journal: new ClipJournal(filePath, handle, entries, bytes), entries };
  }

  /** True when the clip is journaled, or staged by a request still waiting for its fsync. */
  has(id: string): boolean {
    return this.ids.has(id);
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

  /** Every entry on disk, in order (read again when the workbook lost rows it once held). */
  async entries(): Promise<JournalEntry[]> {
    await this.flush().catch(() => undefined);
    return (await readJournal(this.filePath)).entries;
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
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

/** The journal's complete lines; `bytes` is where the last complete line ends. */
async function readJournal(filePath: string): Promise<{ entries: JournalEntry[]; bytes: number }> {
  const buffer = await fs.readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  const bytes = buffer.lastIndexOf(0x0a) + 1;
  const entries: JournalEntry[] = [];
  for (const line of buffer.subarray(0, bytes).toString('utf8').split('\n')) {
    const entry = parseLine(line);
    if (entry) entries.push(entry);
  }
  return { entries, bytes };
}

function parseLine(line: string): JournalEntry | null {
  if (line.trim() === '') return null;
  try {
    const value = JSON.parse(line) as Partial<JournalEntry>;
    return typeof value.id === 'string' && Array.isArray(value.row)
      ? { id: value.id, row: value.row }
      : null;
  } catch {
    return null;
  }
}
