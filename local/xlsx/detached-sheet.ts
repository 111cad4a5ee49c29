/**
 * The rows of a tab kept outside exceljs (Evidence, which grows with every clip): only their values
 * are held, compactly, for the core to read; their XML stays in the file on disk and is streamed from
 * it into the next save (see xlsx-package), followed by the rows appended since. Rows of the frame
 * (the header row) stay in exceljs with the rest of the tab: its notes, widths and frozen pane.
 */
import type { CellValue } from '../../shared/cells';
import { rowXml } from './sheet-xml';
import type { PieceMark } from './zip-archive';

/**
 * The start of the tab's part in the file last written, up to the end of its rows, when a next save
 * may copy it as it is: what it begins with (`head`), how many rows it holds, and where it ends.
 */
export interface WrittenPrefix {
  head: string;
  rows: number;
  mark: PieceMark;
}

/** Rows up to this number stay in exceljs (the header). */
export const FRAME_ROWS = 1;

export class DetachedSheet {
  /** values[r] holds row r + 1; the frame's rows are left empty here. */
  readonly values: CellValue[][] = [];
  /** The last row read from or written to the file; rows after it are appended since. */
  private savedRows = FRAME_ROWS;
  /** Rows of the file (numbered as the file numbers them) removed since it was read or written. */
  private readonly dropped: number[] = [];
  /**
   * The shared-string table of the file the rows were read from, while its rows still use it (until
   * our first save writes them with their text inline); undefined when not known.
   */
  fileStrings: string[] | undefined;
  /** See WrittenPrefix; null when the next save must write every row again. */
  private prefix: WrittenPrefix | null = null;

  constructor(readonly name: string) {
    for (let r = 0; r < FRAME_ROWS; r++) this.values.push([]);
  }

  /** A row as read from the file (rows come in order; a gap stays an empty row). */
  readRow(number: number, values: CellValue[]): void {
    while (this.values.length < number - 1) this.values.push([]);
    this.values[number - 1] = values;
    this.savedRows = Math.max(this.savedRows, number);
  }

  /** Appends rows after the last one; they are written by the next save. */
  append(rows: CellValue[][]): void {
    for (const row of rows) {
      this.values.push(row);
    }
  }

  /** Removes row `number` (1-based, below the frame); the rows after it move up. */
  remove(number: number): void {
    if (number <= FRAME_ROWS || number > this.values.length) return;
    this.values.splice(number - 1, 1);
    this.prefix = null;
    if (number > this.savedRows) return;
    let inFile = number;
    for (const row of [...this.dropped].sort((a, b) => a - b)) if (row <= inFile) inFile++;
    this.dropped.push(inFile);
    this.savedRows--;
  }

  /** Where a row of the file goes in the next save: its new number, or null when it was removed. */
  placeOfFileRow(): (number: number) => number | null {
    const dropped = new Set(this.dropped);
    let shift = 0;
    return (number) => {
      if (dropped.has(number)) {
        shift++;
        return null;
      }
      return number - shift;
    };
  }

  /** The rows after row `from` (default: the rows appended since the last save), as XML in pieces. */
  *appendedXml(from = this.savedRows): Generator<string> {
    for (let r = from; r < this.values.length; r += 500) {
      let piece = '';
      for (let i = r; i < Math.min(r + 500, this.values.length); i++)
        piece += rowXml(i + 1, this.values[i]);
      yield piece;
    }
  }

  /** The prefix a save may copy from the file, when the tab still begins with `head` there. */
  reusablePrefix(head: string): WrittenPrefix | null {
    return this.prefix?.head === head && this.dropped.length === 0 ? this.prefix : null;
  }

  /** The save that wrote every row succeeded: the file now holds them all (and `prefix`, if any). */
  saved(prefix: WrittenPrefix | null): void {
    this.prefix = prefix;
    this.fileStrings = [];
    this.savedRows = this.values.length;
    this.dropped.length = 0;
  }
}
