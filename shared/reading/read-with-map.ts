/**
 * Reads the plan a PlanMap describes: the tab(s), the header, the column of each field, the series
 * columns and where objectives come from. Every candidate reading the reader weighs goes through
 * here, and so does a coordinator's saved map: one reading path, whoever made the choices.
 */
import { isBlank, type SheetTable } from '../cells';
import type { Diagnostic } from '../messages';
import type { Objective } from '../plan-schema';
import { buildObjectives } from './build-objectives';
import { cellText } from './cell-text';
import { continuesHeader, groupsHeader } from './header-mapping';
import { inferDayOrder } from './day-order';
import { isFrenchHeader } from './header-match';
import type { RowReadContext } from './key-result-row';
import { mergeAwareReader } from './merged-cells';
import type { PlanMap } from './plan-map';
import type { PlanField } from './plan-fields';
import { readTitleAndVision } from './plan-title';
import type { SkippedRow } from './objective-structure';
import { schoolYearInName } from './sheet-choice';
import { normalizeWords } from './normalize-text';

/** One tab read with a map: its objectives, what was skipped, diagnostics, and its header texts. */
export interface TabReading {
  sheet: string;
  objectives: Objective[];
  skipped: SkippedRow[];
  /** The line under the header, skipped here, reads as one more line of it. */
  headerLineLeftOut: boolean;
  diagnostics: Diagnostic[];
  headers: string[];
  title: string | null;
  vision: string | null;
  french: boolean;
}

/** The header texts of the map's header rows, one per column (a two-row header joins its lines). */
export function headerTexts(
  table: SheetTable,
  map: Pick<PlanMap, 'headerRow' | 'headerRows'>,
): string[] {
  const rows = Array.from(
    { length: map.headerRows ?? 1 },
    (_, i) => table.values[map.headerRow - i] ?? [],
  ).reverse();
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, col) => {
    const lower = cellText(rows[rows.length - 1][col]);
    return lower !== ''
      ? lower
      : rows
          .map((r) => cellText(r[col]))
          .filter((t) => t !== '')
          .join(' ');
  });
}

/** The row-reading context for one tab under a map. */
/** What the rest of the workbook tells about every tab: its Schools tab's names, the school year its cover or tabs name. */
export interface WorkbookContext {
  schoolNames: Set<string>;
  year: number | null;
}

export function rowContext(
  table: SheetTable,
  map: PlanMap,
  headers: string[],
  workbook?: WorkbookContext,
): RowReadContext {
  const french = headers.filter(isFrenchHeader).length > headers.filter((h) => h !== '').length / 3;
  const columns =
    map.objectives === 'column' || map.objectives === undefined
      ? map.columns
      : withoutField(map.columns, 'objective');
  const dateColumns = [columns.start, columns.due].filter((c): c is number => c !== undefined);
  return {
    table,
    columns,
    cell: mergeAwareReader(table),
    dayOrder: inferDayOrder(table.values, dateColumns, map.headerRow, french),
    periods: map.series,
    french,
    headerDue: map.due ?? null,
    hidden: new Set(table.hiddenColumns ?? []),
    yearEnd: planYearEnd(table, map, workbook?.year ?? null),
    headerWords: headerWordsOf(table, map),
    schoolNames: workbook?.schoolNames,
    headerTop: map.headerRow - ((map.headerRows ?? 1) - 1),
    noObjectives: map.objectives === 'none',
  };
}

/** Reads one tab with the map; `objectiveTitle` names its objective when the plan keeps one tab per objective. */
export function readTabWithMap(
  table: SheetTable,
  map: PlanMap,
  keyResultIds: Record<number, string>,
  objectiveTitle?: string,
  workbook?: WorkbookContext,
): TabReading {
  const headers = headerTexts(table, map);
  for (const [field, col] of Object.entries(map.columns))
    headers[col] = headers[col] || (map.reasons[field as PlanField] ?? '');
  const ctx = rowContext(table, map, headers, workbook);
  const { objectives, diagnostics, skipped } = buildObjectives(
    ctx,
    map.headerRow,
    headers,
    keyResultIds,
    objectiveTitle,
  );
  const { title, vision } = readTitleAndVision(table, map.headerRow - ((map.headerRows ?? 1) - 1));
  return {
    sheet: table.name,
    objectives,
    skipped,
    diagnostics,
    headers,
    title,
    vision,
    french: ctx.french ?? false,
    headerLineLeftOut: leavesOutHeaderLine(table, map, skipped),
  };
}

/** Every word of every header cell, on every header row (normalized). */
function headerWordsOf(table: SheetTable, map: PlanMap): Set<string> {
  const rows = Array.from(
    { length: map.headerRows ?? 1 },
    (_, i) => table.values[map.headerRow - i] ?? [],
  );
  return new Set(
    rows
      .flat()
      .flatMap((value) => normalizeWords(cellText(value)).split(' '))
      .filter((word) => word !== ''),
  );
}

/** 30 June of the school year the tab's name or title names ("2025-26 Plan" → 2026-06-30), else null. */
function planYearEnd(table: SheetTable, map: PlanMap, workbookYear: number | null): string | null {
  const above = table.values
    .slice(0, map.headerRow)
    .flat()
    .filter((v): v is string => typeof v === 'string');
  const year = [table.name, ...above].map(schoolYearInName).find((y) => y !== null) ?? workbookYear;
  return year ? `${year}-06-30` : null;
}

function withoutField(columns: PlanMap['columns'], field: PlanField): PlanMap['columns'] {
  const { [field]: _dropped, ...rest } = columns;
  return rest;
}

/**
 * The reading left out a line of its header: the line above groups its columns, or the line under
 * it, skipped as a repeat or a note, reads as one more header line (two cells or more, or header words only).
 */
function leavesOutHeaderLine(table: SheetTable, map: PlanMap, skipped: SkippedRow[]): boolean {
  if (groupsHeader(table, map.headerRow - ((map.headerRows ?? 1) - 1))) return true;
  const next = skipped.find((s) => s.row === map.headerRow + 1);
  if (!next || (next.why !== 'header-repeat' && next.why !== 'note')) return false;
  const filled = (table.values[next.row] ?? []).filter((v) => !isBlank(v)).length;
  return (next.why === 'header-repeat' || filled >= 2) && continuesHeader(table, map.headerRow);
}
