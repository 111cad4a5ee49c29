/**
 * The plan's objectives and key results as the truth knows them: titles, measures, numbers, due
 * dates by the plan's due convention, and missing or annotated current values.
 */
import { drawDue, duePhrase } from './due';
import type { FeaturePicker } from './features';
import { makeKeyResult } from './key-results';
import { lastDayOfMonth, type KrModel, type ObjectiveModel, type PlanContext } from './model';
import type { PlanSpec } from './plan-spec';
import { MEASURES, OBJECTIVES, RATIONALES } from './vocabulary';
import { writeSentence } from './smart';

/** `wanted` key results spread over 1–12 objectives, each objective with at least one. */
export function makeObjectives(ctx: PlanContext, wanted: number, spec: PlanSpec): ObjectiveModel[] {
  const { rng } = ctx;
  const objectiveCount = Math.max(
    1,
    Math.min(OBJECTIVES.length, Math.round(wanted / rng.int(2, 4))),
  );
  const titles = rng.sample(OBJECTIVES, objectiveCount).map((o) => o[ctx.language]);
  const measures = MEASURES.filter((m) => spec.measureFilter(m));
  let pool = rng.shuffle(measures);
  const objectives: ObjectiveModel[] = titles.map((title) => ({
    title,
    keyResults: [],
    rationale: rng.pick(RATIONALES)[ctx.language],
  }));
  for (let i = 0; i < wanted; i++) {
    if (i > 0 && i % pool.length === 0) pool = rng.shuffle(measures);
    const kr: KrModel = makeKeyResult(ctx, pool[i % pool.length], { styles: spec.styles });
    if (spec.smart) writeSentence(ctx, kr);
    if (spec.ratioTarget) {
      kr.target = kr.measure.total!;
      ctx.features.add('values:ratio-target');
    }
    objectives[i < objectiveCount ? i : rng.int(0, objectiveCount - 1)].keyResults.push(kr);
  }
  return objectives;
}

/** Due dates by the plan's due convention; returns the month named in the target header, if any. */
export function applyDue(
  ctx: PlanContext,
  spec: PlanSpec,
  krs: KrModel[],
  picker: FeaturePicker,
): { month: number; year: number } | undefined {
  const y = ctx.year + 1;
  if (spec.due === 'column-date' || spec.due === 'column-text')
    for (const kr of krs) kr.due = drawDue(ctx);
  if (spec.due === 'target-header') {
    const month = ctx.rng.pick([5, 6]);
    for (const kr of krs) kr.due = lastDayOfMonth(y, month);
    return { month, year: y };
  }
  if (spec.due === 'value-phrase') {
    for (const kr of krs) {
      if (kr.sentence || !ctx.rng.chance(0.75)) continue;
      const phrase = duePhrase(ctx, ctx.rng.pick([1, 3, 5, 6]), y);
      kr.dueText = phrase.text;
      kr.due = phrase.due;
    }
    if (!krs.some((kr) => kr.dueText)) picker.used.delete('due:value-phrase');
  }
  return undefined;
}

/** Missing words and annotations on current values. */
export function applyCurrentNotes(
  ctx: PlanContext,
  spec: PlanSpec,
  krs: KrModel[],
  picker: FeaturePicker,
): void {
  for (const kr of krs) {
    if (spec.missingCurrent && ctx.rng.chance(0.3)) {
      kr.current = null;
      kr.currentNote = 'missing';
      picker.mark('values:missing-current');
    } else if (
      spec.annotation &&
      kr.current !== null &&
      kr.style !== 'ratio' &&
      kr.style !== 'ratio-percent' &&
      kr.style !== 'percent-format' &&
      ctx.rng.chance(0.4)
    ) {
      kr.currentNote = 'annotation';
      picker.mark('values:annotation');
    }
  }
}
