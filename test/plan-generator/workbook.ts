/**
 * Puts a plan on its tabs: one table in the chosen layout (under title rows when the plan has
 * them), an outline plan, or one tab per objective with a cover and a lists tab.
 */
import type { Column } from './columns';
import type { FeaturePicker } from './features';
import { writeTable, writeTitleRows, type LayoutInput, type TableLayout } from './layouts';
import type { ObjectiveModel, PlanContext } from './model';
import { writeOutline } from './outline';
import type { PlanSpec } from './plan-spec';
import { SheetBuilder } from './sheet-builder';
import { writeObjectiveTabs } from './tabs';

export interface PlanTabs {
  sheets: SheetBuilder[];
  planSheets: string[];
}

/** The plan's own tab(s). */
export function writePlanTabs(
  ctx: PlanContext,
  spec: PlanSpec,
  picker: FeaturePicker,
  objectives: ObjectiveModel[],
  columns: Column[],
  hooks: Pick<LayoutInput, 'rowsAfter' | 'rowsBefore'>,
): PlanTabs {
  if (spec.layout === 'tab-per-objective') {
    return writeObjectiveTabs({
      ctx,
      picker,
      objectives,
      columns: () => columns,
      headerMode: spec.headerMode,
      extras: spec.extras,
      ...hooks,
    });
  }
  const sheet = new SheetBuilder(planTabName(ctx));
  if (spec.titleRows) {
    writeTitleRows(sheet, ctx);
    picker.mark('headers:title-rows');
  }
  if (spec.layout === 'outline')
    writeOutline(sheet, ctx, picker, objectives, columns, spec.headerMode);
  else
    writeTable(sheet, {
      ctx,
      picker,
      layout: spec.layout as TableLayout,
      objectives,
      columns,
      headerMode: spec.headerMode,
      extras: spec.extras,
      ...hooks,
    });
  return { sheets: [sheet], planSheets: [sheet.name] };
}

function planTabName(ctx: PlanContext): string {
  const fr = ctx.language === 'fr';
  return ctx.rng.pick(
    fr
      ? ['Plan', `Plan ${ctx.year}-${ctx.year + 1}`, 'Plan de district']
      : ['Plan', 'Math Plan', 'District Plan', `${ctx.year}-${String((ctx.year + 1) % 100)} Plan`],
  );
}
