/**
 * The plan table's columns: which roles a plan has, their header wordings, and what each writes on
 * a key-result row. A column writes only what its role means; competing columns (status, score,
 * notes full of numbers, a hidden proposed target) write values that must not be read as progress.
 */
import type { Cell } from './sheet-builder';
import type { KrModel, ObjectiveModel } from './model';
import type { Role } from './headers';

/** One key-result row as a column sees it. */
export interface RowData {
  kr: KrModel;
  objective: ObjectiveModel;
  objectiveIndex: number;
  krIndex: number;
}

export interface Column {
  role: Role | 'series' | 'hidden';
  /** Header text as one string (two-line headers split it over two rows). */
  header: string | Date;
  /** Number format of a header cell holding a date (dated checkpoints). */
  headerFormat?: string;
  /** Group cell merged over several columns in a two-level header ("Results"). */
  group?: string;
  /** The sub-header written under the group, when it is not the whole header ("visés" under "Résultats"). */
  sub?: string;
  hidden?: boolean;
  write: (row: RowData) => Cell;
}
