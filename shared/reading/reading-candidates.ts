/**
 * The readings of a workbook worth weighing: for each tab that may hold the plan, its strongest
 * header rows (one-line and two-line), each with the objective sources that fit (a column, or rows
 * of their own), the alternatives for a field two columns compete for (a hidden "Goal (proposed)"
 * beside the visible "Goal"), and, when several tabs share one layout, one tab per objective.
 * Nothing is decided here: read-plan.ts reads each candidate and keeps the one that fits best.
 */
import { isBlank, type SheetTable } from '../cells';
import { cellText } from './cell-text';
import { normalizeWords } from './normalize-text';
import { readDateText } from './dates';
import { headerCandidates, type HeaderMapping } from './header-mapping';
import { headerTexts } from './read-with-map';
import { PLAN_MAP_VERSION, type PlanMap } from './plan-map';
import type { PlanField } from './plan-fields';
import { isOwnedTabName } from '../owned-tabs';
import { isHelperTabName, schoolYearInName } from './sheet-choice';

/** A map to try, with what its header search learned (for diagnostics). */
export interface CandidateReading {
  map: PlanMap;
  header: HeaderMapping;
  /** The table the map's `sheet` names. */
  table: SheetTable;
}

const HEADERS_PER_TAB = 5;

/** Every candidate reading of the workbook, in no particular order. */
export function candidateReadings(
  sheets: SheetTable[],
  asked = false,
  workbookYear: number | null = null,
  thisYear: number | null = null,
): CandidateReading[] {
  const perTab = sheets
    .filter((table) => mayHoldPlan(table, asked))
    .map((table) => ({ table, headers: headerCandidates(table, HEADERS_PER_TAB) }));
  const candidates: CandidateReading[] = [];
  for (const { table, headers } of perTab) {
    for (const header of headers) {
      for (const map of mapVariants(table, header)) candidates.push({ map, header, table });
    }
  }
  candidates.push(...tabPerObjective(perTab, workbookYear, thisYear));
  return candidates;
}

/** Tabs the product owns never hold the plan unless the coordinator asks for one by name; empty tabs never do. */
function mayHoldPlan(table: SheetTable, asked: boolean): boolean {
  return (
    (asked || !isOwnedTabName(table.name)) &&
    table.values.some((row) => row.some((value) => !isBlank(value)))
  );
}

/** The map a header gives, then its variants: objectives from rows instead of a column, and competing columns swapped. */
function mapVariants(table: SheetTable, header: HeaderMapping): PlanMap[] {
  const base = mapFromHeader(table, header);
  const variants: PlanMap[] = [base];
  if (base.columns.objective !== undefined) variants.push({ ...base, objectives: 'rows' });
  for (const { field, col } of header.ambiguous) {
    variants.push({
      ...base,
      columns: { ...base.columns, [field]: col },
      reasons: { ...base.reasons, [field]: cellText(table.values[header.headerRow]?.[col]) },
    });
  }
  return variants;
}

/** The PlanMap a header mapping stands for. */
export function mapFromHeader(table: SheetTable, header: HeaderMapping): PlanMap {
  const due = dueInHeaders(table, header);
  return {
    v: PLAN_MAP_VERSION,
    sheet: table.name,
    headerRow: header.headerRow,
    ...(header.headerRows && header.headerRows > 1 ? { headerRows: header.headerRows } : {}),
    columns: { ...header.columns },
    reasons: { ...header.reasons },
    ...(header.periods?.length ? { series: withoutHiddenCopies(table, header) } : {}),
    objectives: header.columns.objective !== undefined ? 'column' : 'rows',
    ...(due ? { due } : {}),
    setBy: 'reader',
  };
}

/**
 * The series columns, less a hidden copy of a visible one ("Current" hidden beside "Current"): the
 * coordinator hid last year's numbers, which are not this series' latest value. A hidden column with
 * a header of its own (an older year folded away) stays in the series.
 */
function withoutHiddenCopies(table: SheetTable, header: HeaderMapping): number[] {
  const periods = header.periods ?? [];
  const hidden = new Set(table.hiddenColumns ?? []);
  const headers = headerTexts(table, header);
  const text = (col: number) => normalizeWords(headers[col] ?? '');
  const visible = new Set(periods.filter((col) => !hidden.has(col)).map(text));
  const kept = periods.filter((col) => !hidden.has(col) || !visible.has(text(col)));
  return kept.length > 0 ? kept : periods;
}

/** "Goal (May 2026)", "Cible (juin 2026)": a date written in the target's (or current's) header, for key results whose row gives none. */
function dueInHeaders(table: SheetTable, header: HeaderMapping): string | undefined {
  for (const field of ['target', 'current'] as PlanField[]) {
    const col = header.columns[field];
    if (col === undefined) continue;
    const text = [header.headerRow, header.headerRow - 1]
      .slice(0, header.headerRows ?? 1)
      .map((row) => cellText(table.values[row]?.[col]))
      .join(' ');
    for (const part of text.match(/\(([^)]*)\)|\[([^\]]*)\]/g) ?? []) {
      const iso = readDateText(part.slice(1, -1));
      if (iso) return iso;
    }
  }
  return undefined;
}

/**
 * A plan kept one tab per objective: two or more tabs (not helpers) whose best header maps the same
 * fields to the same columns. Each tab is one objective, titled by the line above its header or its name.
 */
function tabPerObjective(
  perTab: Array<{ table: SheetTable; headers: HeaderMapping[] }>,
  workbookYear: number | null,
  thisYear: number | null,
): CandidateReading[] {
  const plans = perTab.filter(
    ({ table, headers }) => headers.length > 0 && !isHelperTabName(table.name),
  );
  // This year is the one the cover or any tab names; a tab naming an earlier one is last year's copy,
  // and so is one naming a school year that has ended when another tab names none. Copies are never
  // one of this year's objectives.
  const years = plans.map(({ table }) => schoolYearInName(table.name));
  const named = years.filter((y): y is number => y !== null);
  const latest = Math.max(workbookYear ?? 0, ...named);
  const ended = thisYear !== null && latest < thisYear && named.length < years.length;
  const current = plans
    .filter((_, i) => years[i] === null || (years[i] === latest && !ended))
    .map(({ table, headers }) => ({ table, header: headers[0] }));
  const groups = new Map<string, Array<{ table: SheetTable; header: HeaderMapping }>>();
  for (const tab of current) {
    const key = JSON.stringify(Object.entries(tab.header.columns).sort());
    groups.set(key, [...(groups.get(key) ?? []), tab]);
  }
  // Tabs of one plan may differ a little (one more column, a two-line header): all of them together is a reading too.
  const together =
    current.length >= 2 && ![...groups.values()].some((g) => g.length === current.length)
      ? [current]
      : [];
  return [...groups.values(), ...together]
    .filter((group) => group.length >= 2)
    .map((group) => {
      const [first, ...rest] = group;
      const map: PlanMap = {
        ...mapFromHeader(first.table, first.header),
        moreSheets: rest.map((g) => g.table.name),
        objectives: 'tabs',
      };
      return { map, header: first.header, table: first.table };
    });
}
