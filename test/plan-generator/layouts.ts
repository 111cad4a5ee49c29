/**
 * Layouts: how objectives and key results are arranged on the plan tab — an objective column
 * (written on every row, merged, or only on the first row), or section rows ("Objective 2: …")
 * above their key results. Title rows above the header are written here too.
 */
import type { Column, RowData } from './columns';
import { headerWord } from './headers';
import type { FeaturePicker } from './features';
import { schoolYearLabel, type ObjectiveModel, type PlanContext } from './model';
import { cell, type Cell, type SheetBuilder } from './sheet-builder';
import { writeHeaderRows, type HeaderMode } from './header-rows';

export type LayoutName = 'objective-column' | 'objective-merged' | 'objective-first-row' | 'section-rows';

export interface LayoutInput {
  ctx: PlanContext;
  picker: FeaturePicker;
  layout: LayoutName;
  objectives: ObjectiveModel[];
  /** Value and competing columns, right of the objective/title columns. */
  columns: Column[];
  titleRows: boolean;
  headerMode: HeaderMode;
}

/** Title and vision lines above the table. */
export function writeTitleRows(sheet: SheetBuilder, ctx: PlanContext): void {
  const sy = schoolYearLabel(ctx.year);
  const titles =
    ctx.language === 'fr'
      ? [`Plan d'amélioration en mathématiques ${sy}`, `Plan stratégique de mathématiques – ${ctx.year}-${ctx.year + 1}`]
      : [`${sy} District Math Improvement Plan`, `Math Strategic Plan ${sy}`];
  sheet.add([cell(ctx.rng.pick(titles), undefined, true)]);
  if (ctx.rng.chance(0.5)) sheet.add([ctx.language === 'fr' ? 'Vision : chaque élève se voit comme capable en mathématiques.' : 'Vision: every student sees themselves as a capable mathematician.']);
  if (ctx.rng.chance(0.6)) sheet.add([]);
}

/** The objective label of a section row: "Objective 2: …", "Objectif 1 – …", "Goal B. …". */
export function sectionLabel(ctx: PlanContext, index: number, title: string): string {
  const letter = String.fromCharCode(65 + index);
  const n = index + 1;
  const forms =
    ctx.language === 'fr'
      ? [`Objectif ${n} : ${title}`, `Objectif ${n} – ${title}`, `But ${n}. ${title}`, `Objectif ${letter} : ${title}`]
      : [`Objective ${n}: ${title}`, `Goal ${n}: ${title}`, `Goal ${letter}. ${title}`, `Objective ${n} – ${title}`];
  return ctx.rng.pick(forms);
}

/** Writes the header and the rows of the plan table in the chosen layout. */
export function writeTable(sheet: SheetBuilder, input: LayoutInput): void {
  const { ctx, layout, objectives } = input;
  const titleColumn: Column = { role: 'title', header: headerWord('title', ctx.language, ctx.rng), write: (r) => cell(r.kr.title) };
  const sectioned = layout === 'section-rows';
  const leading: Column[] = sectioned ? [titleColumn] : [objectiveColumn(input), titleColumn];
  const columns = [...leading, ...input.columns];
  writeHeaderRows(sheet, columns, input.headerMode, ctx.rng);
  columns.forEach((c, i) => c.hidden && sheet.hidden.add(i));
  objectives.forEach((objective, objectiveIndex) => {
    if (sectioned) sheet.add([cell(sectionLabel(ctx, objectiveIndex, objective.title), undefined, ctx.rng.chance(0.5))]);
    const first = sheet.rowCount;
    objective.keyResults.forEach((kr, krIndex) => {
      const row: RowData = { kr, objective, objectiveIndex, krIndex };
      sheet.add(columns.map((c) => c.write(row)));
    });
    if (layout === 'objective-merged') sheet.merge(first, 0, objective.keyResults.length, 1);
  });
}

function objectiveColumn(input: LayoutInput): Column {
  const { ctx, layout } = input;
  const header = headerWord('objective', ctx.language, ctx.rng, ['goal', 'but']);
  const write = (r: RowData): Cell => (layout === 'objective-column' || r.krIndex === 0 ? cell(r.objective.title) : { v: null });
  return { role: 'objective', header, write };
}
