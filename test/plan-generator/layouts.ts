/**
 * Layouts of a single plan table: an objective column (on every row, merged, or only on the first
 * row), section rows ("Objective 2: …") above their key results, or objectives as rows in the same
 * column as their key results (numbered "O2"/"KR 2.3", lettered "A."/"A.1", indented, or bold).
 * Rows that are not key results (rationale lines, totals, blank rows, repeated headers, footnotes)
 * are written here too; none of them is ever in the truth.
 */
import type { Column, RowData } from './columns';
import { headerWord } from './headers';
import { writeHeaderRows, type HeaderMode } from './header-rows';
import type { FeaturePicker } from './features';
import {
  pickOnce,
  schoolYearLabel,
  writtenTitle,
  type ObjectiveModel,
  type PlanContext,
} from './model';
import { cell, type Cell, type SheetBuilder } from './sheet-builder';
import { FOOTNOTES } from './vocabulary';
import { numberText } from './values';

export const TABLE_LAYOUTS = [
  'objective-column',
  'objective-merged',
  'objective-first-row',
  'section-rows',
  'objective-rows-numbered',
  'objective-rows-letters',
  'objective-rows-indented',
  'objective-rows-bold',
] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];
export type LayoutName = TableLayout | 'outline' | 'tab-per-objective';
/** A table inside one objective's own tab: no objective column, no section rows. */
type InnerLayout = TableLayout | 'objective-tab';

/** Rows around the key results that a plan writes (each a feature when on). */
export interface RowExtras {
  rationale: boolean;
  totals: boolean;
  blankRows: boolean;
  headerRepeat: boolean;
  footnotes: boolean;
  krLabels: boolean;
}

export interface LayoutInput {
  ctx: PlanContext;
  picker: FeaturePicker;
  layout: InnerLayout;
  objectives: ObjectiveModel[];
  /** Index of the first objective (tabs write one objective each). */
  objectiveOffset?: number;
  /** Value and competing columns, right of the objective/title columns. */
  columns: Column[];
  headerMode: HeaderMode;
  extras: RowExtras;
  /** Rows written after a key result's row (per-school breakdown), never key results. */
  rowsAfter?: (row: RowData, columns: Column[]) => Cell[][];
  /** Rows written before a key result's row (indicator group rows), never key results. */
  rowsBefore?: (row: RowData, columns: Column[]) => Cell[][];
}

/** Title and vision lines above the table. */
export function writeTitleRows(sheet: SheetBuilder, ctx: PlanContext): void {
  const sy = schoolYearLabel(ctx.year);
  const titles =
    ctx.language === 'fr'
      ? [
          `Plan d'amélioration en mathématiques ${sy}`,
          `Plan stratégique de mathématiques – ${ctx.year}-${ctx.year + 1}`,
        ]
      : [`${sy} District Math Improvement Plan`, `Math Strategic Plan ${sy}`];
  sheet.add([cell(ctx.rng.pick(titles), undefined, true)]);
  if (ctx.rng.chance(0.5))
    sheet.add([
      ctx.language === 'fr'
        ? 'Vision : chaque élève se voit comme capable en mathématiques.'
        : 'Vision: every student sees themselves as a capable mathematician.',
    ]);
  if (ctx.rng.chance(0.6)) sheet.add([]);
}

/** The objective label of a section row or tab title: "Objective 2: …", "Objectif 1 – …", "Goal B. …". */
export function sectionLabel(ctx: PlanContext, index: number, title: string): string {
  const letter = String.fromCharCode(65 + index);
  const n = index + 1;
  const forms =
    ctx.language === 'fr'
      ? [
          `Objectif ${n} : ${title}`,
          `Objectif ${n} – ${title}`,
          `But ${n}. ${title}`,
          `Objectif ${letter} : ${title}`,
        ]
      : [
          `Objective ${n}: ${title}`,
          `Goal ${n}: ${title}`,
          `Goal ${letter}. ${title}`,
          `Objective ${n} – ${title}`,
        ];
  return pickOnce(ctx, 'section-label', forms);
}

function objectiveRowText(
  layout: TableLayout,
  ctx: PlanContext,
  index: number,
  title: string,
): string {
  const n = index + 1;
  const letter = String.fromCharCode(65 + index);
  if (layout === 'objective-rows-numbered')
    return pickOnce(ctx, 'objective-label', [
      `O${n} ${title}`,
      `O${n}: ${title}`,
      `O${n} – ${title}`,
    ]);
  if (layout === 'objective-rows-letters')
    return pickOnce(ctx, 'objective-label', [`${letter}. ${title}`, `${letter}) ${title}`]);
  return title;
}

/** The key-result title as written in this layout ("KR 2.3 …", "A.1 …", indented). */
function keyResultText(input: LayoutInput, row: RowData, labelled: boolean): string {
  const { layout, ctx } = input;
  const o = row.objectiveIndex + 1;
  const k = row.krIndex + 1;
  const title = writtenTitle(row.kr);
  const kr = ctx.language === 'fr' ? 'RC' : 'KR';
  if (layout === 'objective-rows-numbered')
    return pickOnce(ctx, 'kr-label', [
      `${kr} ${o}.${k} ${title}`,
      `${kr} ${o}.${k}${ctx.language === 'fr' ? ' :' : ':'} ${title}`,
      `${o}.${k} ${title}`,
    ]);
  if (layout === 'objective-rows-letters') return `${String.fromCharCode(64 + o)}.${k} ${title}`;
  if (layout === 'objective-rows-indented')
    return `${pickOnce(ctx, 'indent', ['   ', '    ', '      ', '    • '])}${title}`;
  if (labelled)
    return pickOnce(ctx, 'kr-label', [
      `${kr} ${o}.${k} ${title}`,
      `${o}.${k} ${title}`,
      `• ${title}`,
      `- ${title}`,
    ]);
  return title;
}

/** Writes the header and the rows of the plan table in the chosen layout. */
export function writeTable(sheet: SheetBuilder, input: LayoutInput): void {
  const { ctx, layout, objectives, extras, picker } = input;
  const inRows =
    layout.startsWith('objective-rows') || layout === 'section-rows' || layout === 'objective-tab';
  const labelled = !layout.startsWith('objective-rows') && extras.krLabels;
  const titleHeader =
    layout.startsWith('objective-rows') && ctx.rng.chance(0.4)
      ? ctx.language === 'fr'
        ? 'Objectifs et résultats clés'
        : 'Objectives and key results'
      : headerWord('title', ctx.language, ctx.rng);
  const titleColumn: Column = {
    role: 'title',
    header: titleHeader,
    write: (r) => cell(keyResultText(input, r, labelled)),
  };
  const columns = [...(inRows ? [] : [objectiveColumn(input)]), titleColumn, ...input.columns];
  if (labelled) picker.mark('titles:kr-labels');
  writeHeaderRows(sheet, columns, input.headerMode, ctx.rng);
  columns.forEach((c, i) => c.hidden && sheet.hidden.add(i));
  objectives.forEach((objective, i) => {
    const objectiveIndex = i + (input.objectiveOffset ?? 0);
    if (i > 0 && extras.blankRows) addRow(picker, 'rows:blank', () => sheet.add([]));
    if (i > 0 && extras.headerRepeat)
      addRow(picker, 'rows:header-repeat', () =>
        writeHeaderRows(sheet, columns, input.headerMode, ctx.rng),
      );
    if (layout === 'section-rows')
      sheet.add([
        cell(sectionLabel(ctx, objectiveIndex, objective.title), undefined, ctx.rng.chance(0.5)),
      ]);
    if (layout.startsWith('objective-rows'))
      sheet.add([
        cell(
          objectiveRowText(layout as TableLayout, ctx, objectiveIndex, objective.title),
          undefined,
          layout === 'objective-rows-bold' || ctx.rng.chance(0.3),
        ),
      ]);
    if (inRows && layout !== 'objective-tab' && extras.rationale && objective.rationale)
      addRow(picker, 'rows:rationale', () => sheet.add([cell(objective.rationale!)]));
    const first = sheet.rowCount;
    objective.keyResults.forEach((kr, krIndex) => {
      const row: RowData = { kr, objective, objectiveIndex, krIndex };
      for (const extra of input.rowsBefore?.(row, columns) ?? []) sheet.add(extra);
      sheet.add(columns.map((c) => c.write(row)));
      for (const extra of input.rowsAfter?.(row, columns) ?? []) sheet.add(extra);
    });
    if (layout === 'objective-merged' || layout === 'objective-first-row')
      moveObjectiveUp(sheet, first, objective.title);
    if (layout === 'objective-merged') sheet.merge(first, 0, sheet.rowCount - first, 1);
    if (extras.totals)
      addRow(picker, 'rows:totals', () =>
        sheet.add(
          totalsRow(ctx, objective, objectiveIndex, columns, !layout.startsWith('objective-rows')),
        ),
      );
  });
  if (extras.footnotes) {
    sheet.add([]);
    addRow(picker, 'rows:footnote', () => sheet.add([ctx.rng.pick(FOOTNOTES)[ctx.language]]));
  }
}

/** Writes a row that is not a key result and records its feature. */
function addRow(picker: FeaturePicker, feature: string, write: () => unknown): void {
  write();
  picker.mark(feature);
}

function objectiveColumn(input: LayoutInput): Column {
  const { ctx, layout } = input;
  const header = headerWord('objective', ctx.language, ctx.rng, ['goal', 'but']);
  const write = (r: RowData): Cell =>
    layout === 'objective-column' || r.krIndex === 0 ? cell(r.objective.title) : { v: null };
  return { role: 'objective', header, write };
}

const VALUE_ROLES = new Set(['baseline', 'current', 'target', 'series']);

/** "Average", "Total", "Goal 2 mean": a row of means under an objective's key results. */
export function totalsRow(
  ctx: PlanContext,
  objective: ObjectiveModel,
  index: number,
  columns: Column[],
  mayBold: boolean,
): Cell[] {
  const n = index + 1;
  const label = pickOnce(
    ctx,
    'totals-label',
    ctx.language === 'fr'
      ? ['Moyenne', 'Total', `Moyenne objectif ${n}`, 'Score global']
      : ['Average', 'Total', `Goal ${n} mean`, 'Overall score', 'Mean'],
  );
  return columns.map((c, i) => {
    if (c.role === 'title') return cell(label, undefined, mayBold && ctx.rng.chance(0.5));
    if (!VALUE_ROLES.has(c.role)) return { v: null };
    const values = objective.keyResults
      .map((kr) => valueFor(c, i, columns, kr))
      .filter((v): v is number => v !== null);
    if (values.length === 0) return { v: null };
    const mean = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    return cell(
      ctx.language === 'fr' && !Number.isInteger(mean) && ctx.rng.chance(0.5)
        ? numberText(mean, 'fr')
        : mean,
    );
  });
}

function valueFor(
  c: Column,
  i: number,
  columns: Column[],
  kr: ObjectiveModel['keyResults'][number],
): number | null {
  if (c.role === 'series')
    return kr.series?.[columns.slice(0, i).filter((x) => x.role === 'series').length] ?? null;
  return kr[c.role as 'baseline' | 'current' | 'target'];
}

/** The objective's name sits on its first row, even when that row is a group row above the first key result. */
function moveObjectiveUp(sheet: SheetBuilder, first: number, title: string): void {
  const rows = sheet.rows.slice(first);
  const at = rows.findIndex((r) => r[0]?.v === title);
  if (at <= 0) return;
  rows[0][0] = rows[at][0];
  rows[at][0] = { v: null };
}
