/**
 * How well a reading explains the cells: key results with titles and values that parse, due dates
 * that read, baselines and targets on one scale, objectives that hold key results, a header that
 * names many plan fields — minus cells the reading cannot read, rows it takes as key results with
 * nothing to measure, hidden columns it leans on, and tabs that only explain or copy the plan.
 * The reader keeps the reading with the best fit; each rule it knows is a term here, not a branch.
 */
import type { Diagnostic } from '../messages';
import type { Objective } from '../plan-schema';
import { headerStrength, type HeaderMapping } from './header-mapping';
import type { PlanMap } from './plan-map';
import { isHelperTabName } from './sheet-choice';

/** The weights of the evidence; named so a change of weight is a change of one line. */
export const FIT_WEIGHTS = {
  keyResult: 2,
  value: 1,
  due: 0.5,
  sameScale: 0.5,
  nothingToMeasure: -3.5,
  unreadableValue: -1.5,
  unreadableDate: -0.5,
  emptyObjective: -1,
  objectiveWithKeyResults: 1,
  keyResultWithoutObjective: -3,
  headerField: 2,
  hiddenColumn: -3,
  headerLineLeftOut: -8,
  helperTab: -1000,
} as const;

/** What a reading produced, as far as its fit is concerned. */
export interface ReadingOutcome {
  objectives: Objective[];
  diagnostics: Diagnostic[];
  /** The reading skipped the line under its header, though that line reads as one more line of it. */
  headerLineLeftOut?: boolean;
}

/** The fit of one reading: higher explains the cells better. */
export function readingFit(
  map: PlanMap,
  header: HeaderMapping | null,
  hiddenColumns: number[],
  outcome: ReadingOutcome,
): number {
  let fit = header ? headerStrength(header) * FIT_WEIGHTS.headerField : 0;
  for (const objective of outcome.objectives) {
    fit +=
      objective.keyResults.length === 0
        ? FIT_WEIGHTS.emptyObjective
        : FIT_WEIGHTS.objectiveWithKeyResults;
    for (const kr of objective.keyResults) fit += keyResultFit(kr);
  }
  for (const d of outcome.diagnostics) {
    if (d.code === 'unreadable-number') fit += FIT_WEIGHTS.unreadableValue;
    if (d.code === 'unreadable-date') fit += FIT_WEIGHTS.unreadableDate;
    if (d.code === 'key-result-without-objective') fit += FIT_WEIGHTS.keyResultWithoutObjective;
  }
  const hidden = new Set(hiddenColumns);
  fit +=
    Object.values(map.columns).filter((col) => hidden.has(col)).length * FIT_WEIGHTS.hiddenColumn;
  if ([map.sheet, ...(map.moreSheets ?? [])].every(isHelperTabName)) fit += FIT_WEIGHTS.helperTab;
  if (outcome.headerLineLeftOut) fit += FIT_WEIGHTS.headerLineLeftOut;
  return fit;
}

function keyResultFit(kr: Objective['keyResults'][number]): number {
  const values = [kr.baseline, kr.target, kr.current].filter((v) => v !== null) as number[];
  let fit = FIT_WEIGHTS.keyResult + values.length * FIT_WEIGHTS.value;
  if (kr.due !== null) fit += FIT_WEIGHTS.due;
  if (values.length === 0 && kr.due === null) fit += FIT_WEIGHTS.nothingToMeasure;
  if (kr.baseline !== null && kr.target !== null && sameScale(kr.baseline, kr.target))
    fit += FIT_WEIGHTS.sameScale;
  return fit;
}

/** Two values a key result could move between: same sign, within a factor of 50. */
function sameScale(a: number, b: number): boolean {
  if (a === 0 || b === 0) return true;
  if (Math.sign(a) !== Math.sign(b)) return false;
  const ratio = Math.abs(a) / Math.abs(b);
  return ratio < 50 && ratio > 1 / 50;
}
