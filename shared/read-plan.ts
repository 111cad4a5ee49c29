/**
 * Reads a district's plan from its workbook: picks the sheet, finds and maps the header, groups key
 * results under objectives and reads their values. Pure: hosts hand in tables, get back a Plan
 * (zod-validated), the column mapping to confirm, and diagnostics pointing at cells.
 */
import type { SheetTable } from './cells';
import type { Bilingual, Diagnostic } from './messages';
import { planSchema, type Plan } from './plan-schema';
import { bilingual } from './i18n';
import { cellText } from './reading/cell-text';
import { inferDayOrder } from './reading/day-order';
import { isFrenchHeader } from './reading/header-match';
import { findHeaderRow, mapHeaderRow, type HeaderMapping } from './reading/header-mapping';
import { mappingDiagnostics } from './reading/mapping-diagnostics';
import { mergeAwareReader } from './reading/merged-cells';
import { buildObjectives } from './reading/build-objectives';
import type { PlanField } from './reading/plan-fields';
import { readTitleAndVision } from './reading/plan-title';
import { chooseSheet, type SheetCandidate } from './reading/sheet-choice';
import { normalizeWords } from './reading/normalize-text';

export type { PlanField } from './reading/plan-fields';
export type { SheetCandidate } from './reading/sheet-choice';

/** Which column holds which field, as found (or as the coordinator confirmed it). */
export interface ColumnMapping {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<PlanField, number>>;
  reasons: Partial<Record<PlanField, string>>;
  /** Benchmark-window columns ("Fall | Winter | Spring") whose latest filled value is the current one, when no Current column exists. */
  periods?: number[];
}

/** What the host already knows: the sheet to read, a confirmed mapping, stable ids by row. */
export interface ReadPlanOptions {
  sheet?: string;
  mapping?: ColumnMapping;
  /** 0-based sheet row → stable id given by the host (e.g. Sheets developer metadata). */
  keyResultIds?: Record<number, string>;
}

/** The plan with its mapping and diagnostics, or why no plan could be read (with every sheet looked at). */
export type PlanReading =
  | { ok: true; plan: Plan; mapping: ColumnMapping; headers: string[]; diagnostics: Diagnostic[]; candidates: SheetCandidate[] }
  | { ok: false; error: { code: 'no-plan-table' | 'sheet-not-found'; message: Bilingual }; candidates: SheetCandidate[]; diagnostics: Diagnostic[] };

/** The plan held by `sheets`, or why none could be read. */
export function readPlan(sheets: SheetTable[], options: ReadPlanOptions = {}): PlanReading {
  const { candidates, best } = chooseSheet(sheets);
  const wanted = options.mapping?.sheet ?? options.sheet;
  if (wanted !== undefined) {
    const table = findSheet(sheets, wanted);
    if (!table) return { ok: false, error: { code: 'sheet-not-found', message: bilingual('error.sheetNotFound', { sheet: wanted, sheets: sheets.map((s) => s.name).join(', ') }) }, candidates, diagnostics: [] };
    const mapping = options.mapping ? fromColumnMapping(options.mapping) : findHeaderRow(table);
    if (!mapping) return noPlanTable(candidates.filter((c) => c.sheet === table.name));
    return readPlanTable(table, mapping, candidates, options);
  }
  if (!best) return noPlanTable(candidates);
  return readPlanTable(best.table, best.mapping, candidates, options);
}

function findSheet(sheets: SheetTable[], name: string): SheetTable | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => normalizeWords(s.name) === normalizeWords(name));
}

function noPlanTable(candidates: SheetCandidate[]): PlanReading {
  if (candidates.length === 0) return { ok: false, error: { code: 'no-plan-table', message: bilingual('error.noSheets') }, candidates, diagnostics: [] };
  const looked = candidates.map((c) => `'${c.sheet}' (${c.reason.en})`).join('; ');
  const lookedFr = candidates.map((c) => `'${c.sheet}' (${c.reason.fr})`).join('; ');
  const en = bilingual('error.noPlanTable', { sheets: looked }).en;
  const fr = bilingual('error.noPlanTable', { sheets: lookedFr }).fr;
  return { ok: false, error: { code: 'no-plan-table', message: { en, fr } }, candidates, diagnostics: [] };
}

function fromColumnMapping(mapping: ColumnMapping): HeaderMapping {
  return { headerRow: mapping.headerRow, columns: { ...mapping.columns }, reasons: { ...mapping.reasons }, ambiguous: [], periods: mapping.periods };
}

function readPlanTable(table: SheetTable, mapping: HeaderMapping, candidates: SheetCandidate[], options: ReadPlanOptions): PlanReading {
  const headers = (table.values[mapping.headerRow] ?? []).map((value) => cellText(value));
  for (const [field, col] of Object.entries(mapping.columns)) headers[col] = mapping.reasons[field as PlanField] ?? headers[col] ?? '';
  const french = headers.filter(isFrenchHeader).length > headers.filter((h) => h !== '').length / 3;
  const dateColumns = [mapping.columns.start, mapping.columns.due].filter((c): c is number => c !== undefined);
  const ctx = { table, columns: mapping.columns, cell: mergeAwareReader(table), dayOrder: inferDayOrder(table.values, dateColumns, mapping.headerRow, french), periods: mapping.periods, french };
  const { objectives, diagnostics } = buildObjectives(ctx, mapping.headerRow, headers, options.keyResultIds ?? {});
  const { title, vision } = readTitleAndVision(table, mapping.headerRow);
  const plan = planSchema.parse({ sheet: table.name, title, vision, headerRow: mapping.headerRow, objectives });
  const columnMapping: ColumnMapping = { sheet: table.name, headerRow: mapping.headerRow, columns: mapping.columns, reasons: mapping.reasons, ...(mapping.periods ? { periods: mapping.periods } : {}) };
  const sectionObjectives = objectives.length > 0 && !diagnostics.some((d) => d.code === 'key-result-without-objective');
  const foundElsewhere: PlanField[] = [...(sectionObjectives ? ['objective' as const] : []), ...(mapping.periods?.length ? ['current' as const] : [])];
  const columnNotes = mappingDiagnostics(table, mapping, headers, foundElsewhere);
  return { ok: true, plan, mapping: columnMapping, headers, diagnostics: [...columnNotes, ...diagnostics], candidates };
}

