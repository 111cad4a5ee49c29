/**
 * Walks the rows under the header and groups key results under their objectives, in every shape
 * districts use: an objective on every row, merged objective cells, blank cells meaning "same as
 * above", and section rows ("Objective 2: …") alone above their key results. Footer and note rows
 * are skipped.
 */
import { a1, isBlank, type CellValue } from '../cells';
import type { Diagnostic } from '../messages';
import { message } from '../i18n';
import { cellText } from './cell-text';
import { readNumber } from './cell-values';
import type { Indicator } from '../plan-schema';
import { readIndicator } from './indicator';
import { fieldText, type RowReadContext } from './key-result-row';
import { normalizeWords } from './normalize-text';
import {
  isNoteText,
  isRationaleText,
  isSummaryText,
  sectionTitle,
  stripSectionPrefix,
} from './row-patterns';
import type { SkipReason } from './plan-map';
import { outlineLevel } from './outline-level';

/** A row under the header that is not a key result, and why (for the PlanMap and Set up). */
export interface SkippedRow {
  row: number;
  why: SkipReason;
}

/** What one row of the table is. */
export type RowKind =
  | { kind: 'skip' }
  | { kind: 'header-repeat' }
  | { kind: 'summary' }
  | { kind: 'rationale' }
  | { kind: 'note'; text: string }
  | { kind: 'section'; title: string; level: number }
  | { kind: 'action-step' }
  | { kind: 'breakdown' }
  | { kind: 'indicator-group'; indicator: Indicator; objective?: string }
  | { kind: 'keyResult'; objective: string; title: string; level?: number }
  | { kind: 'values-without-title' };

/** An objective and the rows of its key results, in sheet order. */
export interface ObjectiveGroup {
  /** Null: key results the plan lists under no objective. */
  title: string | null;
  row: number;
  /** Key result rows; `indicator` is set when a group row ("Leading indicators") above says so. */
  keyResultRows: Array<{ row: number; title: string; indicator: Indicator | null }>;
}

/**
 * Groups the key result rows of the table (rows after `headerRow`) under their objectives;
 * `tabObjective` opens the objective a whole tab belongs to (one tab per objective).
 */
export function groupObjectives(
  ctx: RowReadContext,
  headerRow: number,
  headers: string[],
  tabObjective?: string,
): { objectives: ObjectiveGroup[]; diagnostics: Diagnostic[]; skipped: SkippedRow[] } {
  const objectives: ObjectiveGroup[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped: SkippedRow[] = [];
  let current: ObjectiveGroup | null = null;
  let groupIndicator: Indicator | null = null;
  const open = (title: string | null, row: number): ObjectiveGroup => {
    const key = normalizeWords(title ?? '');
    const existing = objectives.find((o) => normalizeWords(o.title ?? '') === key);
    if (existing) return existing;
    const created: ObjectiveGroup = { title, row, keyResultRows: [] };
    objectives.push(created);
    return created;
  };
  const kinds = ctx.table.values.map((_, row) =>
    row > headerRow ? classifyRow(ctx, row, headers) : ({ kind: 'skip' } as RowKind),
  );
  const objectiveLevel = shallowestSection(kinds);
  let lastKeyResultIndent: number | null = null;
  let groupJustSet = false;
  const above = ctx.noObjectives
    ? null
    : tabObjective !== undefined
      ? { title: tabObjective, row: 0 }
      : ctx.columns.objective === undefined
        ? sectionAboveHeader(ctx, headerRow)
        : null;
  if (above) current = open(above.title, above.row);
  for (let row = headerRow + 1; row < ctx.table.values.length; row++) {
    const kind = breakdownOf(
      deeperThan(kinds[row], objectiveLevel, ctx.noObjectives),
      ctx,
      row,
      lastKeyResultIndent,
    );
    if (kind.kind === 'keyResult') lastKeyResultIndent = titleIndent(ctx, row);
    const why = SKIP_REASON[kind.kind];
    if (why) skipped.push({ row, why });
    if (kind.kind === 'section') {
      current = open(kind.title, row);
      groupIndicator = null;
    } else if (kind.kind === 'indicator-group') {
      if (kind.objective) current = open(kind.objective, row);
      groupIndicator = kind.indicator;
      groupJustSet = true;
    } else if (kind.kind === 'keyResult') {
      if (
        kind.objective !== '' &&
        normalizeWords(kind.objective) !== normalizeWords(current?.title ?? '')
      ) {
        current = open(kind.objective, row);
        // A group row just above the objective's first key result ("Input measures") belongs to it.
        if (!groupJustSet) groupIndicator = null;
      }
      groupJustSet = false;
      if (!current) {
        diagnostics.push({
          severity: 'warning',
          code: 'key-result-without-objective',
          message: message('diag.noObjective', { title: kind.title }),
          cell: a1(ctx.table.name, row, ctx.columns.keyResult ?? 0),
        });
        current = open(null, row);
      }
      current.keyResultRows.push({ row, title: kind.title, indicator: groupIndicator });
    } else if (kind.kind === 'values-without-title') {
      diagnostics.push({
        severity: 'warning',
        code: 'values-without-key-result',
        message: message('diag.valuesWithoutTitle'),
        cell: a1(ctx.table.name, row, ctx.columns.keyResult ?? 0),
      });
    }
  }
  return { objectives: dropTrailingEmpty(objectives, ctx, diagnostics), diagnostics, skipped };
}

const SKIP_REASON: Partial<Record<RowKind['kind'], SkipReason>> = {
  skip: 'blank',
  'header-repeat': 'header-repeat',
  summary: 'summary-row',
  rationale: 'rationale',
  note: 'note',
  section: 'objective',
  'indicator-group': 'indicator-group',
  'values-without-title': 'no-title',
  'action-step': 'action-step',
  breakdown: 'breakdown',
};

/**
 * A district key result's rows per school are a breakdown of it, not key results: a title naming a
 * school of the Schools tab, or a title indented under the key result above it.
 */
function breakdownOf(
  kind: RowKind,
  ctx: RowReadContext,
  row: number,
  lastKeyResultIndent: number | null,
): RowKind {
  if (kind.kind !== 'keyResult') return kind;
  if (ctx.schoolNames?.has(normalizeWords(kind.title))) return { kind: 'breakdown' };
  if (lastKeyResultIndent !== null && titleIndent(ctx, row) > lastKeyResultIndent)
    return { kind: 'breakdown' };
  return kind;
}

/** Leading spaces (or a "↳", "–" marker) before a key result's title. */
function titleIndent(ctx: RowReadContext, row: number): number {
  const col = ctx.columns.keyResult;
  const value = col === undefined ? null : ctx.table.values[row]?.[col];
  if (typeof value !== 'string') return 0;
  const lead = /^[\s\u00a0]*/.exec(value)?.[0].length ?? 0;
  return lead + (/^[\s\u00a0]*(↳|→|[-–—•]\s)/.test(value) ? 2 : 0);
}

/** The level of the shallowest row that would open an objective: the plan's objective level. */
function shallowestSection(kinds: RowKind[]): number {
  let level = Infinity;
  // Only a section with a key result under it counts: a note under the table is not an objective.
  let pending: number | null = null;
  for (const kind of kinds) {
    if (kind.kind === 'section')
      pending = pending === null ? kind.level : Math.min(pending, kind.level);
    if (kind.kind === 'keyResult' && pending !== null) {
      level = Math.min(level, pending);
      pending = null;
    }
    // "Goal 1: …" on the row of its first key result is an objective row too.
    if (kind.kind === 'keyResult' && kind.objective !== '')
      level = Math.min(level, kind.level ?? 1);
  }
  return level;
}

/** A section row deeper than the plan's objectives (a strategy or action step with no measure), or an action row's values, is an action step. */
function deeperThan(kind: RowKind, objectiveLevel: number, noObjectives = false): RowKind {
  if (noObjectives && kind.kind === 'section') return { kind: 'note', text: kind.title };
  if (noObjectives && (kind.kind === 'keyResult' || kind.kind === 'indicator-group'))
    return { ...kind, objective: '' };
  if (kind.kind === 'section' && kind.level > objectiveLevel) return { kind: 'action-step' };
  // "Strategy 1.1" in the objective column under "Goal 1": the key result stays under the goal.
  if (kind.kind === 'keyResult' && kind.objective !== '' && (kind.level ?? 1) > objectiveLevel)
    return { ...kind, objective: '' };
  return kind;
}

/**
 * Plans laid out in blocks repeat the header under each "Objective 1: …" row, so the first
 * objective sits just above the header row that was found.
 */
function sectionAboveHeader(
  ctx: RowReadContext,
  headerRow: number,
): { title: string; row: number } | null {
  for (let row = (ctx.headerTop ?? headerRow) - 1; row >= 0; row--) {
    const cells = (ctx.table.values[row] ?? []).filter((value) => !isBlank(value));
    if (cells.length === 0) continue;
    const text = cells.length === 1 && typeof cells[0] === 'string' ? cellText(cells[0]) : '';
    if (isRationaleText(text)) continue;
    const title = sectionTitle(text);
    return title ? { title, row } : null;
  }
  return null;
}

/** Objectives opened by a lone row after the last key result are notes under the table, not objectives. */
function dropTrailingEmpty(
  objectives: ObjectiveGroup[],
  ctx: RowReadContext,
  diagnostics: Diagnostic[],
): ObjectiveGroup[] {
  const lastWithKeyResults = objectives.reduce(
    (last, o, i) => (o.keyResultRows.length > 0 ? i : last),
    -1,
  );
  for (const dropped of objectives.slice(lastWithKeyResults + 1)) {
    diagnostics.push({
      severity: 'info',
      code: 'note-row-ignored',
      message: message('diag.noteIgnored', { text: dropped.title ?? '' }),
      cell: a1(ctx.table.name, dropped.row, ctx.columns.objective ?? 0),
    });
  }
  return objectives.slice(0, lastWithKeyResults + 1);
}

/** Decides what a row is from its cells (merged objective cells read from their top cell). */
export function classifyRow(ctx: RowReadContext, row: number, headers: string[]): RowKind {
  const raw = (ctx.table.values[row] ?? [])
    .map((value, col) => ({ value, col }))
    .filter(({ value }) => !isBlank(value));
  const objectiveCol = ctx.columns.objective;
  const keyResultCol = ctx.columns.keyResult;
  if (raw.length === 0) return { kind: 'skip' };
  const firstText = cellText(raw[0].value);
  const keyResultCell = keyResultCol === undefined ? null : ctx.cell(row, keyResultCol);
  const title = typeof keyResultCell === 'string' ? cellText(keyResultCell) : '';
  if (
    isHeaderRepeat(
      ctx,
      raw.map(({ value }) => cellText(value)),
      headers,
    )
  )
    return { kind: 'header-repeat' };
  if (isSummaryText(title || firstText)) return { kind: 'summary' };
  if (isRationaleText(firstText) && (title === '' || title === firstText))
    return { kind: 'rationale' };
  const level = outlineLevel(typeof raw[0].value === 'string' ? raw[0].value : firstText);
  if (raw.length === 1 && typeof raw[0].value === 'string')
    return classifyLoneText(firstText, level, raw[0].col, objectiveCol, keyResultCol);
  if (isNoteText(firstText) && (title === '' || (title === firstText && isShortNote(firstText))))
    return { kind: 'note', text: firstText };
  const objective =
    objectiveCol === undefined
      ? labelledObjective(ctx, row, keyResultCol)
      : stripSectionPrefix(fieldText(ctx, row, 'objective'));
  // "Impact measures" in the key-result column beside its objective: a group label, not a key result.
  const group = title !== '' && !hasValues(ctx, row) ? indicatorGroup(title) : null;
  if (group) return { kind: 'indicator-group', indicator: group, objective };
  if (title === '') {
    if (objective !== '' && !hasValues(ctx, row))
      return { kind: 'section', title: objective, level };
    if (level > 1) return { kind: 'action-step' };
    return hasValues(ctx, row)
      ? { kind: 'values-without-title' }
      : { kind: 'note', text: firstText };
  }
  const objectiveRaw =
    objectiveCol === undefined ? labelCell(ctx, row, keyResultCol) : ctx.cell(row, objectiveCol);
  return {
    kind: 'keyResult',
    objective,
    title,
    level: outlineLevel(typeof objectiveRaw === 'string' ? objectiveRaw : ''),
  };
}

/**
 * A repeat of the header under the table ("Objective | Key result | Baseline …" again, one line of a
 * two-row header, or its words split over two lines another way): every cell's words are header words.
 */
function isHeaderRepeat(ctx: RowReadContext, texts: string[], headers: string[]): boolean {
  const known =
    ctx.headerWords ??
    new Set(headers.flatMap((h) => normalizeWords(h).split(' ')).filter((w) => w !== ''));
  // Cells of brackets or punctuation only ("(KR)") say nothing either way.
  const worded = texts
    .map((text) =>
      normalizeWords(text)
        .split(' ')
        .filter((w) => w !== ''),
    )
    .filter((words) => words.length > 0);
  return worded.length > 0 && worded.every((words) => words.every((w) => known.has(w)));
}

/**
 * With no objective column, a cell left of the key result that is labelled like an objective
 * ("Goal 4: …", "But 4 : …", "O4 …") opens that objective on the same row as its key result.
 */
function labelledObjective(
  ctx: RowReadContext,
  row: number,
  keyResultCol: number | undefined,
): string {
  return sectionTitle(cellText(labelCell(ctx, row, keyResultCol))) ?? '';
}

/** The first cell left of the key result labelled like an objective, else null. */
function labelCell(ctx: RowReadContext, row: number, keyResultCol: number | undefined): CellValue {
  for (let col = 0; col < (keyResultCol ?? 0); col++) {
    const value = ctx.cell(row, col);
    if (sectionTitle(cellText(value))) return value;
  }
  return null;
}

function classifyLoneText(
  text: string,
  level: number,
  col: number,
  objectiveCol: number | undefined,
  keyResultCol: number | undefined,
): RowKind {
  // "(proposed)", "[draft]": a qualifier left alone on a line is never an objective or a key result.
  if (/^\s*[([][^)\]]*[)\]]\s*$/.test(text)) return { kind: 'note', text };
  const section = sectionTitle(text);
  if (section) return { kind: 'section', title: section, level };
  if (isNoteText(text)) return { kind: 'note', text };
  const indicator = indicatorGroup(text);
  if (indicator) return { kind: 'indicator-group', indicator };
  if (col === keyResultCol && objectiveCol !== undefined)
    return { kind: 'keyResult', objective: '', title: text };
  if (objectiveCol === undefined || col === objectiveCol)
    return { kind: 'section', title: text, level };
  return { kind: 'note', text };
}

/** "Leading indicators", "Indicateurs retardés": a short row naming the kind of the key results below it. */
function indicatorGroup(text: string): Indicator | null {
  return text.split(/\s+/).length <= 6 && !/\d/.test(text) ? readIndicator(text) : null;
}

/** "Total", "Total key results: 5": a note label, not a key result someone named "Total…" at length. */
function isShortNote(text: string): boolean {
  return text.includes(':') || text.split(/\s+/).length <= 3;
}

/** True when the baseline, target or current cell of the row holds a number. */
function hasValues(ctx: RowReadContext, row: number): boolean {
  return (['baseline', 'target', 'current'] as const).some((field) => {
    const col = ctx.columns[field];
    return col !== undefined && readNumber(ctx.table.values[row]?.[col]).kind === 'number';
  });
}
