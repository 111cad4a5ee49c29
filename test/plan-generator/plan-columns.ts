/**
 * All the columns right of the title for a plan: indicator, values (plain or a series), due,
 * owner and the competing columns, with two-level groups when the header has them.
 */
import type { Column } from './columns';
import type { FeaturePicker } from './features';
import { datedTargetHeader, headerWord } from './headers';
import { assignIndicators } from './indicator';
import type { KrModel, ObjectiveModel, PlanContext } from './model';
import type { PlanSpec } from './plan-spec';
import { seriesColumns } from './series';
import { addCompetingColumns } from './competing';
import { progressColumn } from './smart';
import { cell } from './sheet-builder';
import { dueColumns, ownerColumn, valueColumns, type ColumnPlan } from './table-columns';

/** The plan's columns right of the title column. */
export function planColumns(
  ctx: PlanContext,
  spec: PlanSpec,
  picker: FeaturePicker,
  objectives: ObjectiveModel[],
  headerDue: ColumnPlan['headerDue'],
): Column[] {
  const krs = objectives.flatMap((o) => o.keyResults);
  const plan: ColumnPlan = {
    ...spec,
    objectiveColumn: true,
    targetColumn: !spec.ratioTarget,
    dueMode: spec.due,
    headerDue,
  };
  const columns = spec.smart
    ? [progressColumn(ctx)]
    : spec.series
      ? seriesTableColumns(ctx, spec, plan, krs)
      : valueColumns(ctx, plan, picker);
  if (spec.series && spec.missingCurrent && krs.some((kr) => kr.series!.includes(null)))
    picker.mark('values:missing-current');
  if (spec.indicator === 'column') columns.unshift(indicatorColumn(ctx, picker, krs));
  if (spec.owner) {
    columns.push(ownerColumn(ctx));
    picker.mark('columns:owner');
  }
  if (spec.headerMode === 'two-level') groupValueColumns(ctx, columns, headerDue !== undefined);
  addCompetingColumns(ctx, picker, columns);
  return columns;
}

/** An indicator column in one word family; some key results leave it blank (indicator null). */
function indicatorColumn(ctx: PlanContext, picker: FeaturePicker, krs: KrModel[]): Column {
  assignIndicators(ctx, picker, krs, 'column', 0.15);
  return {
    role: 'indicator',
    header: headerWord('indicator', ctx.language, ctx.rng),
    write: (r) => cell(r.kr.indicatorWord ?? null),
  };
}

/** A series plan's columns: the series (with its own baseline and target headers), then the due column. */
function seriesTableColumns(
  ctx: PlanContext,
  spec: PlanSpec,
  plan: ColumnPlan,
  krs: KrModel[],
): Column[] {
  const dated = plan.headerDue
    ? datedTargetHeader(ctx.language, plan.headerDue.month, plan.headerDue.year, ctx.rng)
    : undefined;
  return [
    ...seriesColumns(ctx, spec.series!, krs, spec.missingCurrent, dated),
    ...dueColumns(ctx, plan),
  ];
}

const FR_FRAGMENTS: Record<string, string[]> = {
  baseline: ['de départ', 'initiaux'],
  current: ['actuels', 'obtenus'],
  target: ['visés', 'attendus'],
};

/** Two-level header: a "Results" group over the value columns, French sub-headers as fragments ("visés"). */
function groupValueColumns(ctx: PlanContext, columns: Column[], datedTarget: boolean): void {
  const group =
    ctx.language === 'fr' ? 'Résultats' : ctx.rng.pick(['Results', 'Data', 'Progress data']);
  for (const c of columns) {
    if (c.role !== 'baseline' && c.role !== 'current' && c.role !== 'target' && c.role !== 'series')
      continue;
    c.group = group;
    if (ctx.language === 'fr' && FR_FRAGMENTS[c.role] && !(datedTarget && c.role === 'target'))
      c.sub = ctx.rng.pick(FR_FRAGMENTS[c.role]);
  }
}
