/**
 * Value series (category 3): school-year columns, Baseline/Actual/Mid-year/Target, quarters,
 * trimesters, BOY/MOY/EOY, Fall/Winter/Spring and dated checkpoints. Periods fill from the left;
 * the truth is: baseline = the explicit baseline column, else the first filled period; current =
 * the latest filled period after the baseline (null when none); target = the explicit target.
 */
import type { Column } from './columns';
import { headerWord } from './headers';
import { roundTo, schoolYearLabel, type KrModel, type PlanContext } from './model';
import { cell, utcDate, type Cell } from './sheet-builder';
import { MISSING_WORDS, writeValue } from './values';
import { numberCell } from './table-columns';

export const SERIES_KINDS = [
  'years',
  'baseline-actual-mid-target',
  'quarters',
  'trimesters',
  'boy-moy-eoy',
  'seasons',
  'dated-checkpoints',
] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

interface SeriesShape {
  periods: Array<string | Date>;
  periodFormat?: string;
  /** Header of the explicit baseline column, when the series has one. */
  baseline: string | null;
  target: string;
  /** Series whose target header names only a school year (no due date from it). */
  yearTarget: boolean;
}

/** True when the series' target header names a school year, so it cannot also carry a due month. */
export function seriesNamesYear(kind: SeriesKind): boolean {
  return kind === 'years' || kind === 'baseline-actual-mid-target';
}

function yearLabel(ctx: PlanContext, year: number): string {
  return ctx.language === 'fr' ? `${year}-${year + 1}` : schoolYearLabel(year);
}

function shapeOf(ctx: PlanContext, kind: SeriesKind): SeriesShape {
  const { rng, year } = ctx;
  const fr = ctx.language === 'fr';
  const baselineWord = () => (rng.chance(0.5) ? headerWord('baseline', ctx.language, rng) : null);
  const target = () => headerWord('target', ctx.language, rng);
  switch (kind) {
    case 'years': {
      const periods = [year - 3, year - 2, year - 1].map((y) => yearLabel(ctx, y));
      return {
        periods,
        baseline: null,
        target: fr
          ? `Cible ${yearLabel(ctx, year)}`
          : rng.pick([`${yearLabel(ctx, year)} target`, `${yearLabel(ctx, year)} Goal`]),
        yearTarget: true,
      };
    }
    case 'baseline-actual-mid-target':
      return {
        periods: fr
          ? [`Résultat ${yearLabel(ctx, year - 1)}`, `Mi-année ${yearLabel(ctx, year)}`]
          : [`Actual ${yearLabel(ctx, year - 1)}`, `Mid-year ${yearLabel(ctx, year)}`],
        baseline: fr
          ? `Point de départ ${yearLabel(ctx, year - 2)}`
          : `Baseline ${yearLabel(ctx, year - 2)}`,
        target: fr ? `Cible ${yearLabel(ctx, year)}` : `Target ${yearLabel(ctx, year)}`,
        yearTarget: true,
      };
    case 'quarters':
      return {
        periods: fr ? ['T1', 'T2', 'T3', 'T4'] : ['Q1', 'Q2', 'Q3', 'Q4'],
        baseline: baselineWord(),
        target: target(),
        yearTarget: false,
      };
    case 'trimesters':
      return {
        periods: fr
          ? rng.pick([
              ['T1', 'T2', 'T3'],
              ['Étape 1', 'Étape 2', 'Étape 3'],
            ])
          : ['T1', 'T2', 'T3'],
        baseline: baselineWord(),
        target: target(),
        yearTarget: false,
      };
    case 'boy-moy-eoy':
      return {
        periods: fr ? ["Début d'année", 'Mi-année', "Fin d'année"] : ['BOY', 'MOY', 'EOY'],
        baseline: baselineWord(),
        target: fr ? 'Cible' : rng.pick(['EOY goal', 'Target']),
        yearTarget: false,
      };
    case 'seasons':
      return {
        periods: fr ? ['automne', 'hiver', 'printemps'] : ['Fall', 'Winter', 'Spring'],
        baseline: baselineWord(),
        target: target(),
        yearTarget: false,
      };
    case 'dated-checkpoints': {
      const dates = [`${year}-10-15`, `${year}-12-15`, `${year + 1}-02-16`, `${year + 1}-04-15`];
      const asDates = rng.chance(0.6);
      const periods = asDates
        ? dates.map(utcDate)
        : dates.map((d) =>
            fr
              ? `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
              : `${Number(d.slice(5, 7))}/${Number(d.slice(8))}/${d.slice(0, 4)}`,
          );
      return {
        periods,
        periodFormat: asDates ? rng.pick(['yyyy-mm-dd', 'mmm d', 'd mmm yyyy']) : undefined,
        baseline: baselineWord(),
        target: target(),
        yearTarget: false,
      };
    }
  }
}

/** Fills each key result's series and sets its true baseline and current from it. */
export function fillSeries(
  ctx: PlanContext,
  kr: KrModel,
  periods: number,
  explicitBaseline: boolean,
  leadingBlanks: boolean,
): void {
  const { rng } = ctx;
  const start = !explicitBaseline && leadingBlanks && rng.chance(0.3) ? 1 : 0;
  const room = periods - start;
  const filled = explicitBaseline ? rng.int(0, room) : rng.int(1, room);
  const values: Array<number | null> = Array(periods).fill(null);
  const b = kr.baseline!;
  const c = kr.current ?? b;
  const points = explicitBaseline ? filled : filled - 1;
  for (let i = 0; i < filled; i++) {
    const step = explicitBaseline ? i + 1 : i;
    const v = points === 0 ? b : b + ((c - b) * step) / points;
    values[start + i] = i === filled - 1 && points > 0 ? c : snap(kr, v);
  }
  kr.series = values;
  kr.current = points > 0 ? c : null;
  kr.currentNote = undefined;
}

function snap(kr: KrModel, v: number): number {
  return kr.measure.kind === 'big' ? Math.round(v / 100) * 100 : roundTo(v, kr.measure.decimals);
}

/** The series columns (explicit baseline, periods, target) for a plan. */
export function seriesColumns(
  ctx: PlanContext,
  kind: SeriesKind,
  krs: KrModel[],
  missingWords: boolean,
  targetHeader?: string,
): Column[] {
  const shape = shapeOf(ctx, kind);
  if (targetHeader) shape.target = targetHeader;
  const explicit = shape.baseline !== null;
  for (const kr of krs) fillSeries(ctx, kr, shape.periods.length, explicit, kind === 'years');
  const columns: Column[] = [];
  if (shape.baseline)
    columns.push({
      role: 'baseline',
      header: shape.baseline,
      write: (r) => numberCell(ctx, r, 'baseline'),
    });
  shape.periods.forEach((header, i) => {
    const headerFormat = header instanceof Date ? shape.periodFormat : undefined;
    columns.push({
      role: 'series',
      header,
      headerFormat,
      write: (r) => periodCell(ctx, r.kr, i, missingWords),
    });
  });
  columns.push({
    role: 'target',
    header: shape.target,
    write: (r) => numberCell(ctx, r, 'target'),
  });
  return columns;
}

function periodCell(ctx: PlanContext, kr: KrModel, i: number, missingWords: boolean): Cell {
  const v = kr.series![i];
  if (v !== null) return writeValue(kr, v, null, ctx.language, ctx.rng);
  const firstUnfilled = kr.series!.findIndex(
    (x, j) => x === null && j > kr.series!.findIndex((y) => y !== null),
  );
  return missingWords && i === firstUnfilled
    ? cell(ctx.rng.pick(MISSING_WORDS[ctx.language]))
    : { v: null };
}
