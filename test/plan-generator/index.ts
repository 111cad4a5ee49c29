/**
 * The plan generator for tests: a seeded, combinatorial generator of plan workbooks that mixes
 * the categories of issue 8 and writes the true reading alongside, plus `comparePlan` to check a
 * reader's plan against it.
 *
 * Truth conventions (what "read right" means):
 * - Values are on the sheet's own scale: a key result written in percent ("42%", or a
 *   percent-formatted 0.42) has values in percent points (42). One key result keeps one scale.
 * - A ratio "N of M" / "N/M" gives N. With no target column in the plan, M is the target. When a
 *   percent is written beside the ratio ("11/30 classrooms (37%)"), the value is the percent and
 *   all of that key result's values are percents.
 * - Units ("14 cycles", "3.1 out of 5", "3,2 sur 4"), annotations ("61% (fall)", "≈ 30", "42 *")
 *   never change a value. Missing words ("TBD", "n/a until spring", "à venir") appear only for
 *   current and make it null.
 * - Series: baseline = the explicit baseline column, else the first filled value of the series;
 *   current = the latest filled value after the baseline (null if none); target = the explicit
 *   target column.
 * - Due: the due column; else a month in the target header ("Goal (May 2026)" → 2026-05-31,
 *   month-only means the month's last day); else a due phrase in the target value ("45 % d'ici mai
 *   2026"); else the SMART sentence ("By May 2026" → 2026-05-31; "by the end of the year" / "d'ici
 *   la fin de l'année" → 30 June ending the plan's school year, which the plan's title or tab names);
 *   else null. A bare school year in a header ("2025-26 target") gives NO due date.
 * - Direction: target above baseline = increase, below = decrease; when baseline or target is
 *   missing, a direction word of the title or sentence decides (reduce, decrease, lower, below,
 *   under, réduire, diminuer, baisser, sous → decrease; increase, raise, rise, improve, augmenter,
 *   passera → increase); else null. Words never disagree with the numbers.
 * - Indicator: from an indicator column, a group row ("Leading indicators") or a bracket in the
 *   title ("(lag)"); null when the plan does not say. Titles are expected without that bracket.
 * - Rows that are not key results (totals, averages, "Goal 2 mean", footnotes, rationale lines,
 *   action steps, per-school breakdown rows, title and vision rows, blank rows, repeated headers)
 *   never appear in expected.
 * - Objective titles are expected without their label ("Objective 2:", "O2", "Goal B."), key-result
 *   titles without theirs ("KR 1.2", "1.2", "a)", "•"); `comparePlan` strips labels on both sides.
 */
import type { SheetTable } from '../../shared/cells';
import { FeaturePicker, FEATURE_GROUPS } from './features';
import { makeKeyResult } from './key-results';
import { writeTable, writeTitleRows, type LayoutName } from './layouts';
import type { ExpectedKeyResult, KrModel, ObjectiveModel, PlanContext, ValueStyle } from './model';
import { Rng } from './prng';
import { dueColumns, ownerColumn, valueColumns, type ColumnPlan } from './table-columns';
import { seriesColumns } from './series';
import { datedTargetHeader } from './headers';
import { drawDue, duePhrase } from './due';
import { pickSpec, type PlanSpec } from './plan-spec';
import { directionOf } from './truth';
import { lastDayOfMonth } from './model';
import { cell, SheetBuilder } from './sheet-builder';
import { indicatorWord, naturalIndicator, pickFamily } from './indicator';
import type { Column } from './columns';
import { headerWord } from './headers';
import { MEASURES, OBJECTIVES } from './vocabulary';

export { comparePlan, normalizeKeyResultTitle, normalizeObjectiveTitle, type PlanLike, type ExpectedPlan } from './compare';
export { ALL_FEATURES, FEATURE_GROUPS } from './features';
export type { ExpectedKeyResult } from './model';

export interface GeneratedPlan {
  seed: number;
  language: 'en' | 'fr';
  features: string[];
  sheets: SheetTable[];
  /** The tab(s) holding the plan, in reading order. */
  planSheets: string[];
  expected: { objectives: Array<{ title: string; keyResults: ExpectedKeyResult[] }> };
}

export interface GenerateOptions {
  /** Only these features (each group falls back to its plain default when none of its features is listed). */
  features?: string[];
  /** Number of key results wanted overall (spread over objectives); random when absent. */
  keyResults?: number;
}

/** The plan workbook for `seed`, with its true reading. */
export function generatePlan(seed: number, options: GenerateOptions = {}): GeneratedPlan {
  const rng = new Rng(seed);
  const picker = new FeaturePicker(rng, options.features);
  const language = picker.one(FEATURE_GROUPS.lang) === 'lang:fr' ? 'fr' : 'en';
  const ctx: PlanContext = { rng, language, year: rng.pick([2025, 2026]), features: picker.used };
  const spec = pickSpec(picker);
  const objectives = makeObjectives(ctx, options.keyResults ?? rng.int(2, 12), spec);
  const krs = objectives.flatMap((o) => o.keyResults);
  const headerDue = applyDue(ctx, spec, krs, picker);
  const plan: ColumnPlan = { ...spec, objectiveColumn: spec.layout !== 'section-rows', indicatorColumn: spec.indicatorColumn, targetColumn: !spec.ratioTarget, dueMode: spec.due, headerDue };
  const columns = spec.series ? seriesTableColumns(ctx, spec, plan, krs) : valueColumns(ctx, plan, picker);
  if (!spec.series) applyCurrentNotes(ctx, spec, krs, picker);
  else if (spec.missingCurrent && krs.some((kr) => kr.series!.includes(null))) picker.mark('values:missing-current');
  if (spec.indicatorColumn) columns.unshift(indicatorColumn(ctx, picker, objectives));
  if (spec.owner) {
    columns.push(ownerColumn(ctx));
    picker.mark('columns:owner');
  }
  const sheet = new SheetBuilder(language === 'fr' ? rng.pick(['Plan', `Plan ${ctx.year}-${ctx.year + 1}`, 'Plan de district']) : rng.pick(['Plan', 'Math Plan', 'District Plan']));
  if (spec.titleRows) {
    writeTitleRows(sheet, ctx);
    picker.mark('headers:title-rows');
  }
  if (spec.headerMode === 'two-level') groupValueColumns(ctx, columns, headerDue !== undefined);
  writeTable(sheet, { ctx, picker, layout: spec.layout, objectives, columns, titleRows: spec.titleRows, headerMode: spec.headerMode });
  for (const kr of krs) picker.mark(`values:${kr.style}`);
  for (const kr of krs) kr.direction = directionOf(kr.baseline, kr.target, kr.sentence ?? kr.title);
  return {
    seed,
    language,
    features: [...picker.used].sort(),
    sheets: [sheet.toTable()],
    planSheets: [sheet.name],
    expected: expectedOf(objectives),
  };
}

function makeObjectives(ctx: PlanContext, wanted: number, spec: PlanSpec): ObjectiveModel[] {
  const { rng } = ctx;
  const objectiveCount = Math.max(1, Math.min(OBJECTIVES.length, Math.round(wanted / rng.int(2, 4))));
  const titles = rng.sample(OBJECTIVES, objectiveCount).map((o) => o[ctx.language]);
  const measures = spec.ratioTarget ? MEASURES.filter((m) => m.kind === 'ratio') : MEASURES;
  let pool = rng.shuffle(measures);
  const objectives: ObjectiveModel[] = titles.map((title) => ({ title, keyResults: [] }));
  for (let i = 0; i < wanted; i++) {
    if (i > 0 && i % pool.length === 0) pool = rng.shuffle(measures);
    const kr: KrModel = makeKeyResult(ctx, pool[i % pool.length], { styles: spec.styles });
    if (spec.ratioTarget) {
      kr.target = kr.measure.total!;
      ctx.features.add('values:ratio-target');
    }
    objectives[i < objectiveCount ? i : rng.int(0, objectiveCount - 1)].keyResults.push(kr);
  }
  return objectives;
}

/** Due dates by the plan's due convention; returns the month named in the target header, if any. */
function applyDue(ctx: PlanContext, spec: PlanSpec, krs: KrModel[], picker: FeaturePicker): ColumnPlan['headerDue'] {
  const y = ctx.year + 1;
  if (spec.due === 'column-date' || spec.due === 'column-text') for (const kr of krs) kr.due = drawDue(ctx);
  if (spec.due === 'target-header') {
    const month = ctx.rng.pick([5, 6]);
    for (const kr of krs) kr.due = lastDayOfMonth(y, month);
    return { month, year: y };
  }
  if (spec.due === 'value-phrase') {
    for (const kr of krs) {
      if (!ctx.rng.chance(0.75)) continue;
      const phrase = duePhrase(ctx, ctx.rng.pick([1, 3, 5, 6]), y);
      kr.dueText = phrase.text;
      kr.due = phrase.due;
    }
    if (!krs.some((kr) => kr.dueText)) picker.used.delete('due:value-phrase');
  }
  return undefined;
}

/** Missing words and annotations on current values. */
function applyCurrentNotes(ctx: PlanContext, spec: PlanSpec, krs: KrModel[], picker: FeaturePicker): void {
  for (const kr of krs) {
    if (spec.missingCurrent && ctx.rng.chance(0.3)) {
      kr.current = null;
      kr.currentNote = 'missing';
      picker.mark('values:missing-current');
    } else if (spec.annotation && kr.current !== null && kr.style !== 'ratio' && kr.style !== 'ratio-percent' && kr.style !== 'percent-format' && ctx.rng.chance(0.4)) {
      kr.currentNote = 'annotation';
      picker.mark('values:annotation');
    }
  }
}

function expectedOf(objectives: ObjectiveModel[]): GeneratedPlan['expected'] {
  return {
    objectives: objectives.map((o) => ({
      title: o.title,
      keyResults: o.keyResults.map((kr) => ({
        objective: o.title,
        title: kr.title,
        baseline: kr.baseline,
        current: kr.current,
        target: kr.target,
        due: kr.due,
        indicator: kr.indicator,
        direction: kr.direction,
      })),
    })),
  };
}

/** An indicator column in one word family; some key results leave it blank (indicator null). */
function indicatorColumn(ctx: PlanContext, picker: FeaturePicker, objectives: ObjectiveModel[]): Column {
  const family = pickFamily(ctx);
  picker.mark('indicator:column');
  picker.mark(`indicator-words:${family.name}`);
  for (const kr of objectives.flatMap((o) => o.keyResults)) {
    kr.indicator = ctx.rng.chance(0.85) ? (ctx.rng.chance(0.8) ? naturalIndicator(kr) : naturalIndicator(kr) === 'leading' ? 'lagging' : 'leading') : null;
    kr.indicatorWord = kr.indicator ? indicatorWord(family, kr.indicator) : undefined;
  }
  return { role: 'indicator', header: headerWord('indicator', ctx.language, ctx.rng), write: (r) => cell(r.kr.indicatorWord ?? null) };
}

const FR_FRAGMENTS: Record<string, string[]> = { baseline: ['de départ', 'initiaux'], current: ['actuels', 'obtenus'], target: ['visés', 'attendus'] };

/** Two-level header: a "Results" group over the value columns, French sub-headers as fragments ("visés"). */
function groupValueColumns(ctx: PlanContext, columns: Column[], datedTarget: boolean): void {
  const group = ctx.language === 'fr' ? 'Résultats' : ctx.rng.pick(['Results', 'Data', 'Progress data']);
  for (const c of columns) {
    if (c.role !== 'baseline' && c.role !== 'current' && c.role !== 'target' && c.role !== 'series') continue;
    c.group = group;
    if (ctx.language === 'fr' && FR_FRAGMENTS[c.role] && !(datedTarget && c.role === 'target')) c.sub = ctx.rng.pick(FR_FRAGMENTS[c.role]);
  }
}

/** A series plan's columns: the series (with its own baseline and target headers), then the due column. */
function seriesTableColumns(ctx: PlanContext, spec: PlanSpec, plan: ColumnPlan, krs: KrModel[]): Column[] {
  const dated = plan.headerDue ? datedTargetHeader(ctx.language, plan.headerDue.month, plan.headerDue.year, ctx.rng) : undefined;
  return [...seriesColumns(ctx, spec.series!, krs, spec.missingCurrent, dated), ...dueColumns(ctx, plan)];
}
