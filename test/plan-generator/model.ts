/**
 * The generator's inner model of one plan: what every objective and key result truly is, and the
 * choices (language, school year, value styles) that decide how it will be written on the sheet.
 * The expected reading is derived from this model, never from the written cells.
 */
import type { Rng } from './prng';
import type { Bi, Language, Measure } from './vocabulary';

export interface ExpectedKeyResult {
  objective: string;
  title: string;
  baseline: number | null;
  current: number | null;
  target: number | null;
  due: string | null;
  indicator: 'leading' | 'lagging' | null;
  direction: 'increase' | 'decrease' | null;
}

/** How the numbers of one key result are written. */
export type ValueStyle =
  | 'plain'
  | 'percent-text'
  | 'percent-format'
  | 'decimal-comma'
  | 'thousands'
  | 'units'
  | 'out-of'
  | 'ratio'
  | 'ratio-percent';

export interface KrModel {
  measure: Measure;
  /** The title as written in the title cell (labels and indicator brackets are added by layouts). */
  title: string;
  style: ValueStyle;
  /** True values on the sheet's scale. */
  baseline: number | null;
  current: number | null;
  target: number | null;
  /** Counts behind a ratio ("N of M"): N for baseline/current/target, M = measure.total. */
  counts?: { baseline: number | null; current: number | null; target: number | null };
  /** Series values (one per series column, null when not yet filled). */
  series?: Array<number | null>;
  due: string | null;
  indicator: 'leading' | 'lagging' | null;
  direction: 'increase' | 'decrease' | null;
  /** How current is written when missing ("TBD"), or an annotation on it. */
  currentNote?: 'missing' | 'annotation';
  /** Due phrase written after the target value ("50% by May 2026"). */
  dueText?: string;
  /** SMART sentence replacing the title (carries baseline/target/due). */
  sentence?: string;
  /** Indicator word as written on the sheet, when the plan says it. */
  indicatorWord?: string;
  owner: string;
  /** Written after the title on the sheet ("(lag)"), never part of the true title. */
  titleSuffix?: string;
}

/** The title as written on the sheet. */
export function writtenTitle(kr: KrModel): string {
  return kr.titleSuffix ? `${kr.title} ${kr.titleSuffix}` : kr.title;
}

export interface ObjectiveModel {
  title: string;
  keyResults: KrModel[];
  rationale?: string;
}

export interface PlanContext {
  rng: Rng;
  language: Language;
  /** First calendar year of the school year (2025 for 2025-26). */
  year: number;
  features: Set<string>;
  /** Choices made once per plan (a label style is used on every row of a plan). */
  memo: Map<string, number>;
}

/** The option chosen for `key` the first time it is asked, the same one ever after in this plan. */
export function pickOnce<T>(ctx: PlanContext, key: string, options: readonly T[]): T {
  let index = ctx.memo.get(key);
  if (index === undefined) {
    index = ctx.rng.int(0, options.length - 1);
    ctx.memo.set(key, index);
  }
  return options[index % options.length];
}

/** "2025-26" for 2025. */
export function schoolYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The last day of a month, ISO. */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function text(bi: Bi, language: Language): string {
  return bi[language];
}

/** Rounds to a measure's decimals. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
