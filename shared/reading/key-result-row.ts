/**
 * Reads the values of one key result row: numbers on one scale, owners, dates, indicator type and
 * direction. Every cell it cannot read becomes a diagnostic pointing at that cell.
 */
import { a1, type SheetTable } from '../cells';
import type { Diagnostic } from '../messages';
import type { Direction, Indicator } from '../plan-schema';
import { message } from '../i18n';
import { cellText } from './cell-text';
import { readNumber, type NumberReading } from './cell-values';
import { readDate, type DayOrder } from './dates';
import { readIndicator } from './indicator';
import { formatAt, type CellReader } from './merged-cells';
import { readOwners } from './owners';
import { keyResultValues } from './key-result-values';
import { readGoalSentence } from './goal-sentence';
import type { PlanField } from './plan-fields';

/** What the reader needs to read any row of the chosen table. */
export interface RowReadContext {
  table: SheetTable;
  columns: Partial<Record<PlanField, number>>;
  cell: CellReader;
  dayOrder: DayOrder;
  /** Benchmark-window columns, left to right, read when there is no Current column. */
  periods?: number[];
  /** True when the headers are mostly French (dates like 05/06 then read day first). */
  french?: boolean;
  /** Due date written in a header ("Goal (May 2026)"), for rows whose own cells give none. */
  headerDue?: string | null;
  /** Columns the coordinator hid. */
  hidden?: Set<number>;
  /** True when the coordinator said the plan has no objectives to read: every key result under "(no objective)". */
  noObjectives?: boolean;
  /** First row of the header (the row above `headerRow` when the header spans two rows). */
  headerTop?: number;
  /** Names of the schools in the Schools tab (normalized): rows named after one are a breakdown, not key results. */
  schoolNames?: Set<string>;
  /** Every word of the header cells (all header rows), to tell a repeated header from a key result. */
  headerWords?: Set<string>;
  /** 30 June of the plan's school year, for "by the end of the year" in a goal sentence. */
  yearEnd?: string | null;
}

/** A key result's values as read from its row, before it gets an id. */
export interface KeyResultFields {
  title: string;
  indicator: Indicator | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  unit: string | null;
  owners: string[];
  start: string | null;
  due: string | null;
  direction: Direction | null;
}

/** Target above baseline is an increase, below a decrease; equal or missing says nothing. */
export function directionOf(baseline: number | null, target: number | null): Direction | null {
  if (baseline === null || target === null || baseline === target) return null;
  return target > baseline ? 'increase' : 'decrease';
}

/** "Classrooms using models (leading)": the kind written in brackets in the title, when no column says. */
export function indicatorInTitle(title: string): Indicator | null {
  const bracketed = title.match(/[([][^)\]]*[)\]]/g) ?? [];
  for (const words of bracketed) {
    const inner = words.slice(1, -1);
    // "(leading)", "[indicateur de résultat]", never "(lead: principals)".
    const kind =
      inner.includes(':') || inner.trim().split(/\s+/).length > 4 ? null : readIndicator(inner);
    if (kind) return kind;
  }
  return null;
}

/** Text of a field's cell on this row ('' when the column is not mapped). */
export function fieldText(ctx: RowReadContext, row: number, field: PlanField): string {
  const col = ctx.columns[field];
  return col === undefined ? '' : cellText(ctx.cell(row, col));
}

/** All fields of a key result row, with diagnostics for the cells that could not be read. */
export function readKeyResultFields(
  ctx: RowReadContext,
  row: number,
  title: string,
): { fields: KeyResultFields; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const series = ctx.columns.current === undefined ? seriesValues(ctx, row, diagnostics) : null;
  const numbers = [
    series && ctx.columns.baseline === undefined
      ? series.first
      : readNumberField(ctx, row, 'baseline', diagnostics),
    readNumberField(ctx, row, 'target', diagnostics),
    series
      ? ctx.columns.baseline === undefined
        ? series.afterFirst
        : series.latest
      : readNumberField(ctx, row, 'current', diagnostics),
  ];
  const scaled = keyResultValues(numbers);
  if (scaled.liftedFractions) {
    diagnostics.push({
      severity: 'info',
      code: 'fraction-read-as-percent',
      message: message('diag.fractionAsPercent', { title }),
      cell: cellRef(ctx, row, 'baseline'),
    });
  }
  const { baseline: fromCells, target: targetFromCells, current } = scaled;
  // A goal written as a sentence states what no column gives ("… from 38% to 50% by May 2026").
  const sentence = readGoalSentence(title, ctx.yearEnd ?? null);
  const baseline = fromCells ?? sentence.baseline ?? null;
  const target = targetFromCells ?? sentence.target ?? null;
  const indicatorText = fieldText(ctx, row, 'indicator');
  const indicator =
    readIndicator(indicatorText) ?? (indicatorText === '' ? indicatorInTitle(title) : null);
  if (indicatorText !== '' && indicator === null) {
    diagnostics.push({
      severity: 'info',
      code: 'unreadable-indicator',
      message: message('diag.unreadableIndicator', { text: indicatorText }),
      cell: cellRef(ctx, row, 'indicator'),
    });
  }
  const unit = fieldText(ctx, row, 'unit');
  const fields: KeyResultFields = {
    title,
    indicator,
    baseline,
    target,
    current,
    unit: unit !== '' ? unit : scaled.percent || sentence.percent ? '%' : null,
    owners: readOwners(rawText(ctx, row, 'owner')),
    start: readDateField(ctx, row, 'start', diagnostics),
    due:
      readDateField(ctx, row, 'due', diagnostics) ??
      scaled.due ??
      sentence.due ??
      ctx.headerDue ??
      null,
    direction: directionOf(baseline, target) ?? sentence.direction ?? null,
  };
  return { fields, diagnostics };
}

/**
 * A row's values along the series columns: the first filled (the baseline when no column names one),
 * the latest filled, and the latest filled after the first ("– | 31% | 29%" → 31, 29, 29; "1500 | – | –" → 1500, 1500, none).
 */
function seriesValues(
  ctx: RowReadContext,
  row: number,
  diagnostics: Diagnostic[],
): { first: NumberReading; latest: NumberReading; afterFirst: NumberReading } {
  const filled = (ctx.periods ?? [])
    .map((col) => readNumberAt(ctx, row, col, diagnostics))
    .filter((r) => r.kind === 'number');
  const missing: NumberReading = { kind: 'missing' };
  return {
    first: filled[0] ?? missing,
    latest: filled[filled.length - 1] ?? missing,
    afterFirst: filled.length > 1 ? filled[filled.length - 1] : missing,
  };
}

function readNumberField(
  ctx: RowReadContext,
  row: number,
  field: PlanField,
  diagnostics: Diagnostic[],
): NumberReading {
  const col = ctx.columns[field];
  return col === undefined ? { kind: 'missing' } : readNumberAt(ctx, row, col, diagnostics);
}

/** What spreadsheet programs show in a cell whose formula failed. */
const FORMULA_ERROR = /^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i;

function readNumberAt(
  ctx: RowReadContext,
  row: number,
  col: number,
  diagnostics: Diagnostic[],
): NumberReading {
  const reading = readNumber(ctx.cell(row, col), formatAt(ctx.table, row, col));
  if (reading.kind === 'invalid') {
    const formulaError = FORMULA_ERROR.test(reading.text);
    const note = message(formulaError ? 'diag.formulaError' : 'diag.unreadableNumber', {
      text: reading.text,
    });
    diagnostics.push({
      severity: 'warning',
      code: formulaError ? 'formula-error' : 'unreadable-number',
      message: note,
      cell: a1(ctx.table.name, row, col),
    });
  }
  return reading;
}

function readDateField(
  ctx: RowReadContext,
  row: number,
  field: PlanField,
  diagnostics: Diagnostic[],
): string | null {
  const col = ctx.columns[field];
  if (col === undefined) return null;
  const reading = readDate(ctx.cell(row, col), formatAt(ctx.table, row, col), ctx.dayOrder);
  if (reading.kind === 'invalid') {
    diagnostics.push({
      severity: 'warning',
      code: 'unreadable-date',
      message: message('diag.unreadableDate', { text: reading.text }),
      cell: a1(ctx.table.name, row, col),
    });
  }
  return reading.kind === 'date' ? reading.iso : null;
}

/** A field's text with its line breaks kept (several owners are often one per line). */
function rawText(ctx: RowReadContext, row: number, field: PlanField): string {
  const col = ctx.columns[field];
  const value = col === undefined ? null : ctx.cell(row, col);
  return typeof value === 'string' ? value : cellText(value);
}

/** A1 reference of a field's cell on a row; the row's first cell when the field has no column. */
export function cellRef(ctx: RowReadContext, row: number, field: PlanField): string {
  return a1(ctx.table.name, row, ctx.columns[field] ?? 0);
}
