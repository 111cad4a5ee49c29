/**
 * Finds the plan table's header row (anywhere in the first 25 rows, under title rows and a vision
 * line) and maps its columns to plan fields by meaning. Ambiguous or missing columns become
 * diagnostics; nothing is guessed silently.
 */
import { isBlank, type CellValue, type SheetTable } from '../cells';
import { cellText } from './cell-text';
import { matchHeader } from './header-match';
import { readIndicator } from './indicator';
import type { PlanField } from './plan-fields';
import { columnProfile, type ColumnProfile } from './column-content';
import { readNumberText } from './cell-values';
import { foldText, normalizeWords } from './normalize-text';
import { isPeriodHeader, periodColumns } from './period-columns';

/** Title rows, a vision line and notes rarely push the header below row 25. */
export const HEADER_SEARCH_ROWS = 25;

/** Where the table starts and which column holds which field (0-based). */
export interface HeaderMapping {
  headerRow: number;
  columns: Partial<Record<PlanField, number>>;
  reasons: Partial<Record<PlanField, string>>;
  /** Columns that also looked like a field already taken: [field, losing column, winning column]. */
  ambiguous: Array<{ field: PlanField; col: number; chosen: number }>;
  /** Benchmark-window columns ("Fall | Winter | Spring") that give the current value when no Current column exists. */
  periods?: number[];
  /** True when the objective column was recognized by its content under a blank header cell. */
  unheadedObjective?: boolean;
  /** 2 when the header is written on two rows (the row above `headerRow` is part of it). */
  headerRows?: number;
}

interface Candidate {
  col: number;
  field: PlanField;
  score: number;
}

/** The best header row of a sheet, or null when no row names a key result column and a value column. */
export function findHeaderRow(table: SheetTable): HeaderMapping | null {
  return headerCandidates(table, 1)[0] ?? null;
}

/**
 * Every row of the first 25 that reads as a plan header (on one row, or on two: a header written on
 * two lines, or a group cell merged over its columns), strongest first: the readings the reader weighs.
 */
export function headerCandidates(table: SheetTable, limit = 3): HeaderMapping[] {
  let all = headersByTable.get(table);
  if (!all) {
    all = findHeaders(table);
    headersByTable.set(table, all);
  }
  return all.slice(0, limit);
}

/** Tables are read-only once handed in: their header candidates are found once. */
const headersByTable = new WeakMap<SheetTable, HeaderMapping[]>();

function findHeaders(table: SheetTable): HeaderMapping[] {
  const found: Array<{ mapping: HeaderMapping; strength: number }> = [];
  const last = Math.min(table.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const single = mayName(table.values[row] ?? []) ? mapHeaderRow(table, row) : null;
    if (single && isPlanHeader(single))
      found.push({ mapping: single, strength: headerStrength(single) });
    if (row === 0) continue;
    const floor = single && isPlanHeader(single) ? headerStrength(single) : 0;
    if (!mayBeHeaderLine(table.values[row] ?? [], table.values[row - 1] ?? [])) continue;
    for (const cells of twoRowHeaders(table, row)) {
      if (!mayName(cells)) continue;
      const double = { ...mapHeaderRow(table, row, cells), headerRows: 2 };
      if (isPlanHeader(double) && headerStrength(double) >= floor)
        found.push({ mapping: double, strength: headerStrength(double) - 0.5 });
    }
  }
  // A header repeated over each block reads the same columns, whatever its wording there: only its
  // first occurrence is a candidate (readings of the same lines stay alternatives), so repeats never
  // crowd out other readings of the header.
  const top = (m: HeaderMapping) => m.headerRow - ((m.headerRows ?? 1) - 1);
  const firstSeen = new Map<string, number>();
  const exact = new Set<string>();
  const firsts = [...found]
    .sort((a, b) => top(a.mapping) - top(b.mapping))
    .filter(({ mapping }) => {
      const whole = JSON.stringify(mapping);
      if (exact.has(whole)) return false;
      exact.add(whole);
      const key = JSON.stringify([mapping.columns, mapping.periods ?? [], mapping.headerRows ?? 1]);
      const seenEnd = firstSeen.get(key);
      if (seenEnd !== undefined && seenEnd < top(mapping)) return false;
      if (seenEnd === undefined || mapping.headerRow < seenEnd)
        firstSeen.set(key, mapping.headerRow);
      return true;
    });
  return firsts
    .sort((a, b) => b.strength - a.strength || a.mapping.headerRow - b.mapping.headerRow)
    .map(({ mapping }) => mapping);
}

/** How much of a plan a header names: one point per field, a little more for the value and title fields. */
export function headerStrength(mapping: HeaderMapping): number {
  const core = (['keyResult', 'baseline', 'target', 'current', 'due'] as const).filter(
    (f) => mapping.columns[f] !== undefined,
  ).length;
  // A series of columns gives the current value: it counts as the Current column would.
  const series =
    mapping.columns.current === undefined && (mapping.periods?.length ?? 0) > 0 ? 1.25 : 0;
  return Object.keys(mapping.columns).length + core * 0.25 + series;
}

/** A plan header names key results and at least one of baseline, target or current (or benchmark windows). */
export function isPlanHeader(mapping: HeaderMapping): boolean {
  const { columns } = mapping;
  const values =
    columns.baseline !== undefined ||
    columns.target !== undefined ||
    columns.current !== undefined ||
    (mapping.periods?.length ?? 0) > 0;
  return columns.keyResult !== undefined && values;
}

/** A quick look before the column-by-column one: some cell names a title field and some cell a value or a period. */
function mayName(cells: CellValue[]): boolean {
  let title = false;
  let value = false;
  for (const cell of cells) {
    if (isPeriodHeader(cell)) value = true;
    if (typeof cell !== 'string' || cell.length > 60) continue;
    for (const { field } of matchHeader(cell)) {
      if (field === 'keyResult' || field === 'objective') title = true;
      else value = true;
    }
  }
  return title && value;
}

/**
 * The row under a one-line header reads as that header's second line: short words only, each under
 * a header cell ("d'année" under "Début", "target" under "2025-26").
 */
export function continuesHeader(table: SheetTable, headerRow: number): boolean {
  const header = table.values[headerRow] ?? [];
  const next = table.values[headerRow + 1] ?? [];
  const filled = next.map((value, col) => ({ value, col })).filter(({ value }) => !isBlank(value));
  return (
    filled.every(({ col }) => typeof header[col] === 'string' && !isBlank(header[col])) &&
    mayBeHeaderLine(next, header)
  );
}

/**
 * The row above a header groups its columns ("Résultats" merged over "de départ | actuels | visés"):
 * every filled cell is merged across two header columns or more, and holds short words.
 */
export function groupsHeader(table: SheetTable, headerTop: number): boolean {
  if (headerTop < 1) return false;
  const header = table.values[headerTop] ?? [];
  const line = table.values[headerTop - 1] ?? [];
  const filled = line.map((value, col) => ({ value, col })).filter(({ value }) => !isBlank(value));
  const groupCell = (col: number) =>
    (table.merges ?? []).some(
      (m) =>
        m.row === headerTop - 1 &&
        m.col === col &&
        m.rows === 1 &&
        m.cols >= 2 &&
        Array.from({ length: m.cols }, (_, i) => header[col + i]).every((h) => !isBlank(h)),
    );
  return (
    filled.length > 0 && filled.every(({ col }) => groupCell(col)) && mayBeHeaderLine(line, [])
  );
}

/**
 * The lower line of a two-row header is short words naming columns ("de départ | actuels | visés",
 * "area | result | 2024-25", "(KR) | (Sept 2026)", "jour" under "Mise à"), not a data row: none of
 * its cells a value or a long text.
 */
function mayBeHeaderLine(cells: CellValue[], above: CellValue[]): boolean {
  const filled = cells.map((value, col) => ({ value, col })).filter(({ value }) => !isBlank(value));
  // "1 | 2 | 3" under "Étape | Étape | Étape" numbers the columns above.
  const numbering = (value: CellValue, col: number) =>
    /^\s*(?:[1-9]|1[0-2])\s*$/.test(String(value)) && typeof above[col] === 'string';
  const wordy = filled.filter(
    ({ value, col }) =>
      isPeriodHeader(value) ||
      numbering(value, col) ||
      (typeof value === 'string' && value.length <= 40 && readNumberText(value).kind !== 'number'),
  );
  return filled.length >= 1 && wordy.length === filled.length;
}

/**
 * The two ways a header on two rows reads: a group cell over its columns ("Results" merged over
 * "Fall | Winter | Target": the lower row, or the upper where the lower is blank), and one header
 * written on two lines ("Key" over "result", "Baseline" over "2024-25": both lines joined).
 */
function twoRowHeaders(table: SheetTable, row: number): CellValue[][] {
  const upper = table.values[row - 1] ?? [];
  const lower = table.values[row] ?? [];
  const width = Math.max(upper.length, lower.length);
  const grouped = Array.from({ length: width }, (_, col) =>
    isBlank(lower[col]) ? (upper[col] ?? null) : lower[col],
  );
  const joined = Array.from(
    { length: width },
    (_, col) =>
      [upper[col], lower[col]]
        .filter((v) => !isBlank(v))
        .map((v) => cellText(v))
        .join(' ') || null,
  );
  return [grouped, joined];
}

/** Maps one row's cells to fields, letting the column's content settle "Indicator" (leading/lagging words). */
export function mapHeaderRow(
  table: SheetTable,
  headerRow: number,
  cells: CellValue[] = table.values[headerRow] ?? [],
): HeaderMapping {
  const first = mapHeaderCells(table, headerRow, cells);
  if (first.columns.keyResult === undefined) return first;
  // Judge each column by what it holds on key-result rows only: action steps' "Done" or "2 of 5 held" do not make a value column words.
  const second = mapHeaderCells(table, headerRow, cells, first.columns.keyResult);
  return headerStrength(second) > headerStrength(first) ? second : first;
}

function mapHeaderCells(
  table: SheetTable,
  headerRow: number,
  cells: CellValue[],
  keyResultCol?: number,
): HeaderMapping {
  const found: Candidate[] = [];
  cells.forEach((value, col) => {
    const candidates: Candidate[] = [];
    if (typeof value !== 'string' || isBlank(value)) return;
    const content = columnProfile(table, headerRow, col, keyResultCol);
    // "Fin d'année", "End of year": a window of a series unless the column holds dates.
    const window = isPeriodHeader(value) && content.kind !== 'dates';
    for (const match of matchHeader(value)) {
      if (window && (match.field === 'due' || match.field === 'start')) continue;
      if (fitsContent(match.field, content)) candidates.push({ col, ...match });
      else if (match.field === 'target' && content.kind === 'dates')
        candidates.push({ col, field: 'due', score: 90 });
      else if (match.field === 'start' && !isPeriodHeader(value))
        candidates.push({ col, field: 'baseline', score: 90 });
      else if (match.field === 'objective') candidates.push({ col, field: 'target', score: 95 });
    }
    if (columnHoldsIndicators(table, headerRow, col))
      candidates.push({ col, field: 'indicator', score: 150 });
    // A hidden column, or one marked as a draft ("Goal (proposed)", "Cible (ancienne)"), loses to any other of the same meaning, even one named only by a cue word.
    const hidden =
      (table.hiddenColumns?.includes(col) ? HIDDEN_PENALTY : 0) +
      (typeof value === 'string' && DRAFT.test(foldText(value)) ? DRAFT_PENALTY : 0);
    found.push(...candidates.map((c) => ({ ...c, score: c.score - hidden })));
  });
  const candidates = found;
  const headers = cells.map((value) => cellText(value));
  const assigned = withCurrentRivals(
    withKeyResultFromObjectiveRival(assignColumns(candidates, headers, headerRow), headers),
    candidates,
  );
  return withPeriods(table, withUnheadedObjective(table, assigned, cells), cells);
}

/** Every other column that reads as a current value ("Actual 2024-25" beside "Mid-year 2025-26") is a rival, so they form a series. */
function withCurrentRivals(mapping: HeaderMapping, candidates: Candidate[]): HeaderMapping {
  const chosen = mapping.columns.current;
  if (chosen === undefined) return mapping;
  const taken = new Set(Object.values(mapping.columns));
  const rivals = candidates.filter(
    (c) =>
      c.field === 'current' && !taken.has(c.col) && !mapping.ambiguous.some((a) => a.col === c.col),
  );
  const unique = [...new Set(rivals.map((c) => c.col))];
  return unique.length === 0
    ? mapping
    : {
        ...mapping,
        ambiguous: [
          ...mapping.ambiguous,
          ...unique.map((col) => ({ field: 'current' as const, col, chosen })),
        ],
      };
}

/**
 * "Goal | SMART goal | Progress": two columns named like objectives and none like key results. A plan
 * has key results and objectives sit left of them, so the right one holds the key results.
 */
function withKeyResultFromObjectiveRival(mapping: HeaderMapping, headers: string[]): HeaderMapping {
  const rival = mapping.ambiguous.find((a) => a.field === 'objective');
  if (mapping.columns.keyResult !== undefined || !rival) return mapping;
  const [objective, keyResult] = [rival.col, rival.chosen].sort((a, b) => a - b);
  const reasons = {
    ...mapping.reasons,
    objective: headers[objective],
    keyResult: headers[keyResult],
  };
  return {
    ...mapping,
    columns: { ...mapping.columns, objective, keyResult },
    reasons,
    ambiguous: mapping.ambiguous.filter((a) => a !== rival),
  };
}

/**
 * A column of words with a blank header cell, left of the key results, is the objective column
 * when no header names one (the header cell above a merged objective is often left empty).
 */
function withUnheadedObjective(
  table: SheetTable,
  mapping: HeaderMapping,
  cells: CellValue[],
): HeaderMapping {
  const keyResult = mapping.columns.keyResult;
  if (mapping.columns.objective !== undefined || keyResult === undefined) return mapping;
  const taken = new Set(Object.values(mapping.columns));
  for (let col = keyResult - 1; col >= 0; col--) {
    if (taken.has(col) || !isBlank(cells[col])) continue;
    if (columnProfile(table, mapping.headerRow, col).kind !== 'words') continue;
    return {
      ...mapping,
      columns: { ...mapping.columns, objective: col },
      reasons: { ...mapping.reasons, objective: '' },
      unheadedObjective: true,
    };
  }
  return mapping;
}

/**
 * Values as a time series: benchmark windows or school years ("Fall | Winter | Spring", "2023-24 |
 * 2024-25"), or several columns that each read as the current value ("Actual 2024-25 | Mid-year
 * 2025-26"). With no Baseline column, a row's first filled value is its baseline; the latest filled
 * one after the baseline is current. A single Current column stays as it is.
 */
function withPeriods(table: SheetTable, mapping: HeaderMapping, cells: CellValue[]): HeaderMapping {
  const rivals = mapping.ambiguous.filter((a) => a.field === 'current').map((a) => a.col);
  const { current, baseline } = mapping.columns;
  const taken = new Set(Object.values(mapping.columns));
  const windows = periodColumns(table, mapping.headerRow, cells, taken);
  // "Début d'année | Mi-année | Fin d'année", "BOY | MOY | EOY": windows named as baseline or current are part of the series.
  const windowBaseline =
    baseline !== undefined &&
    isPeriodHeader(cells[baseline]) &&
    (windows.length > 0 || (current !== undefined && isPeriodHeader(cells[current])));
  const windowCurrent =
    current !== undefined && isPeriodHeader(cells[current]) && windows.length > 0;
  if (current !== undefined && rivals.length === 0 && !windowCurrent) return mapping;
  const series = [
    ...new Set([
      ...(current !== undefined ? [current] : []),
      ...rivals,
      ...windows,
      ...(windowBaseline ? [baseline] : []),
    ]),
  ].sort((a, b) => a - b);
  if (series.length === 0) return mapping;
  const { current: _current, ...kept } = mapping.columns;
  const columns = windowBaseline ? withoutBaseline(kept) : kept;
  const { current: _reason, ...reasons } = mapping.reasons;
  const ambiguous = mapping.ambiguous.filter((a) => a.field !== 'current');
  return {
    ...mapping,
    ambiguous,
    columns,
    reasons,
    periods: series.filter((col) => col !== columns.baseline),
  };
}

function withoutBaseline(columns: HeaderMapping['columns']): HeaderMapping['columns'] {
  const { baseline: _baseline, ...rest } = columns;
  return rest;
}

const HIDDEN_PENALTY = 85;
const DRAFT_PENALTY = 85;
const DRAFT =
  /[([][^)\]]*\b(proposed|draft|old|previous|prior|superseded|tentative|propose|proposee|proposees|brouillon|ancien|ancienne|precedent|precedente|provisoire)\b[^)\]]*[)\]]/;

const NUMBER_FIELDS: PlanField[] = ['baseline', 'target', 'current'];
const WORD_FIELDS: PlanField[] = ['objective', 'keyResult', 'owner', 'indicator'];

/**
 * A header's field must fit what the column holds: no dates as values, no column of words ("On
 * track", "Behind") as values, no bare numbers as titles or owners. One odd cell decides nothing,
 * except a status word: that is never a value.
 */
function fitsContent(field: PlanField, { kind, filled, statuses }: ColumnProfile): boolean {
  if (NUMBER_FIELDS.includes(field))
    return (
      kind !== 'dates' &&
      !(kind === 'words' && filled >= 2) &&
      !(statuses > 0 && statuses === filled)
    );
  if (WORD_FIELDS.includes(field)) return kind !== 'numbers';
  if (field === 'start' || field === 'due') return kind !== 'numbers';
  return true;
}

function assignColumns(
  candidates: Candidate[],
  headers: string[],
  headerRow: number,
): HeaderMapping {
  const mapping: HeaderMapping = { headerRow, columns: {}, reasons: {}, ambiguous: [] };
  const taken = new Set<number>();
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.col - b.col);
  for (const { col, field } of sorted) {
    if (taken.has(col) || mapping.columns[field] !== undefined) continue;
    mapping.columns[field] = col;
    mapping.reasons[field] = headers[col];
    taken.add(col);
  }
  for (const { col, field, score } of sorted) {
    const chosen = mapping.columns[field];
    if (taken.has(col) || chosen === undefined || score < 100) continue;
    if (!mapping.ambiguous.some((a) => a.col === col))
      mapping.ambiguous.push({ field, col, chosen });
  }
  return mapping;
}

/** True when most non-blank cells under this header read as leading/lagging (measured once per column and header row). */
function columnHoldsIndicators(table: SheetTable, headerRow: number, col: number): boolean {
  let known = INDICATOR_COLUMNS.get(table);
  if (!known) {
    known = new Map();
    INDICATOR_COLUMNS.set(table, known);
  }
  const key = headerRow * 100_000 + col;
  let holds = known.get(key);
  if (holds === undefined) {
    holds = measureIndicators(table, headerRow, col);
    known.set(key, holds);
  }
  return holds;
}

const INDICATOR_COLUMNS = new WeakMap<SheetTable, Map<number, boolean>>();

function measureIndicators(table: SheetTable, headerRow: number, col: number): boolean {
  let filled = 0;
  let indicators = 0;
  // The header repeated over a later block is not one of the column's values.
  const header = normalizeWords(cellText(table.values[headerRow]?.[col]));
  for (let row = headerRow + 1; row < Math.min(table.values.length, headerRow + 40); row++) {
    const text = cellText(table.values[row]?.[col]);
    if (text === '' || normalizeWords(text) === header) continue;
    filled++;
    if (text.length <= 40 && readIndicator(text) !== null) indicators++;
  }
  return filled > 0 && indicators / filled >= 0.6;
}
