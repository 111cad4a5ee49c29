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
 *   else null. A bare school year in a header ("2025-26 target") gives NO due date, nor do the
 *   dates of checkpoint headers or of a baseline header ("Starting point (Oct 2025)").
 * - Direction: target above baseline = increase, below = decrease; when baseline or target is
 *   missing, a direction word of the title or sentence decides (reduce, decrease, lower, below,
 *   under, réduire, diminuer, baisser, sous → decrease; increase, raise, rise, improve, augmenter
 *   → increase); else null. Words never disagree with the numbers.
 * - Indicator: from an indicator column, a group row ("Leading indicators") or a bracket in the
 *   title ("(lag)"); null when the plan does not say. Titles are expected without that bracket.
 * - Rows that are not key results (totals, averages, "Goal 2 mean", footnotes, rationale lines,
 *   action steps, per-school breakdown rows, title and vision rows, blank rows, repeated headers)
 *   never appear in expected.
 * - A SMART key result's title is its whole sentence, as written.
 * - Objective titles are expected without their label ("Objective 2:", "O2", "Goal B."), key-result
 *   titles without theirs ("KR 1.2", "1.2", "a)", "•"); `comparePlan` strips labels on both sides.
 */
// Usage: generatePlan(seed) → sheets for readPlan, planSheets, expected; comparePlan(reading.plan,
// plan.expected) → mismatches. generatePlan(seed, { features: ['layout:outline', 'lang:fr'] }) limits
// a plan to the listed features (plus what they need); `npx tsx scripts/generated-plans-report.ts`
// reports the reader's pass rate per feature, `--seed S` shows one plan, `--xlsx DIR` saves .xlsx.
import type { SheetTable } from '../../shared/cells';
import { FeaturePicker, FEATURE_GROUPS } from './features';
import type { ExpectedKeyResult, ObjectiveModel, PlanContext } from './model';
import { applyCurrentNotes, applyDue, makeObjectives } from './objectives';
import { planColumns } from './plan-columns';
import { pickSpec } from './plan-spec';
import { Rng } from './prng';
import { directionOf } from './truth';
import { writePlanTabs } from './workbook';
import { planBreakdown } from './breakdown';
import { groupRows, titleBrackets } from './indicator';
import { withDistractors } from './distractors';

export {
  comparePlan,
  normalizeKeyResultTitle,
  normalizeObjectiveTitle,
  type PlanLike,
  type ExpectedPlan,
} from './compare';
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
  /** The day the plan is read: mid-way through its school year, as a host would pass it. */
  today: string;
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
  const ctx: PlanContext = {
    rng,
    language,
    year: rng.pick([2025, 2026]),
    features: picker.used,
    memo: new Map(),
  };
  const spec = pickSpec(picker);
  const objectives = makeObjectives(ctx, options.keyResults ?? rng.int(2, 12), spec);
  const krs = objectives.flatMap((o) => o.keyResults);
  const headerDue = applyDue(ctx, spec, krs, picker);
  if (!spec.series) applyCurrentNotes(ctx, spec, krs, picker);
  const columns = planColumns(ctx, spec, picker, objectives, headerDue);
  const rowsBefore =
    spec.indicator === 'group-rows'
      ? groupRows(ctx, picker, objectives, spec.layout.startsWith('objective-rows'))
      : undefined;
  if (spec.indicator === 'title-bracket') titleBrackets(ctx, picker, krs);
  const breakdown =
    spec.layout === 'outline' || spec.smart
      ? null
      : planBreakdown(ctx, picker, krs, spec.layout !== 'objective-rows-indented');
  const tabs = writePlanTabs(ctx, spec, picker, objectives, columns, {
    rowsAfter: breakdown?.rowsAfter,
    rowsBefore,
  });
  const others = breakdown?.schoolsTab ? [breakdown.schoolsTab.toTable()] : [];
  const sheets = withDistractors(
    ctx,
    picker,
    tabs.sheets.map((s) => s.toTable()),
    tabs.planSheets,
    others,
  );
  for (const kr of krs) picker.mark(`values:${kr.style}`);
  for (const kr of krs) kr.direction = directionOf(kr.baseline, kr.target, kr.sentence ?? kr.title);
  return {
    seed,
    language,
    features: [...picker.used].sort(),
    sheets,
    planSheets: tabs.planSheets,
    expected: expectedOf(objectives),
    today: `${ctx.year + 1}-01-15`,
  };
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
