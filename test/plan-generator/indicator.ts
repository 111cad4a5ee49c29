/**
 * Indicator words (category 8): leading/lagging written as lead/lag, process/outcome,
 * implementation/impact, input/output, formative/summative, or their French forms. A plan picks
 * one family and says it in a column, a group row or a bracket after the title.
 */
import type { Column, RowData } from './columns';
import type { FeaturePicker } from './features';
import type { KrModel, ObjectiveModel, PlanContext } from './model';
import { cell, type Cell } from './sheet-builder';
import type { Language } from './vocabulary';

export interface IndicatorFamily {
  name: string;
  leading: string;
  lagging: string;
  /** Group-row wording ("Leading indicators", "Indicateurs de processus"). */
  groupLeading: string;
  groupLagging: string;
}

const FAMILIES: Record<Language, IndicatorFamily[]> = {
  en: [
    {
      name: 'leading-lagging',
      leading: 'Leading',
      lagging: 'Lagging',
      groupLeading: 'Leading indicators',
      groupLagging: 'Lagging indicators',
    },
    {
      name: 'lead-lag',
      leading: 'Lead',
      lagging: 'Lag',
      groupLeading: 'Lead measures',
      groupLagging: 'Lag measures',
    },
    {
      name: 'process-outcome',
      leading: 'Process',
      lagging: 'Outcome',
      groupLeading: 'Process measures',
      groupLagging: 'Outcome measures',
    },
    {
      name: 'implementation-impact',
      leading: 'Implementation',
      lagging: 'Impact',
      groupLeading: 'Implementation measures',
      groupLagging: 'Impact measures',
    },
    {
      name: 'input-output',
      leading: 'Input',
      lagging: 'Output',
      groupLeading: 'Input measures',
      groupLagging: 'Output measures',
    },
    {
      name: 'formative-summative',
      leading: 'Formative',
      lagging: 'Summative',
      groupLeading: 'Formative measures',
      groupLagging: 'Summative measures',
    },
  ],
  fr: [
    {
      name: 'processus-resultat',
      leading: 'Indicateur de processus',
      lagging: 'Indicateur de résultat',
      groupLeading: 'Indicateurs de processus',
      groupLagging: 'Indicateurs de résultat',
    },
    {
      name: 'mise-en-oeuvre-impact',
      leading: 'De mise en œuvre',
      lagging: "D'impact",
      groupLeading: 'Indicateurs de mise en œuvre',
      groupLagging: "Indicateurs d'impact",
    },
    {
      name: 'avance-retarde',
      leading: 'Avancé',
      lagging: 'Retardé',
      groupLeading: 'Indicateurs avancés',
      groupLagging: 'Indicateurs retardés',
    },
    {
      name: 'leading-lagging-fr',
      leading: 'Leading',
      lagging: 'Lagging',
      groupLeading: 'Indicateurs leading',
      groupLagging: 'Indicateurs lagging',
    },
  ],
};

/** A word family for the plan. */
export function pickFamily(ctx: PlanContext, picker: FeaturePicker): IndicatorFamily {
  const families = FAMILIES[ctx.language];
  const names = picker.allowedOf(families.map((f) => `indicator-words:${f.name}`));
  return ctx.rng.pick(families.filter((f) => names.includes(`indicator-words:${f.name}`)));
}

/** Whether a measure is naturally leading (adult practice, participation) or lagging (results). */
export function naturalIndicator(kr: KrModel): 'leading' | 'lagging' {
  return kr.measure.kind === 'count' ||
    kr.measure.kind === 'ratio' ||
    kr.measure.kind === 'big' ||
    kr.measure.kind === 'score'
    ? 'leading'
    : 'lagging';
}

/** The word for an indicator in the family (lower case in brackets, as people write "(lag)"). */
export function indicatorWord(family: IndicatorFamily, indicator: 'leading' | 'lagging'): string {
  return indicator === 'leading' ? family.leading : family.lagging;
}

/** Gives key results an indicator (the natural one, sometimes the other; some none) and its word. */
export function assignIndicators(
  ctx: PlanContext,
  picker: FeaturePicker,
  krs: KrModel[],
  source: 'column' | 'group-rows' | 'title-bracket',
  noneRate: number,
): IndicatorFamily {
  const family = pickFamily(ctx, picker);
  picker.mark(`indicator:${source}`);
  picker.mark(`indicator-words:${family.name}`);
  for (const kr of krs) {
    const natural = naturalIndicator(kr);
    kr.indicator = ctx.rng.chance(noneRate)
      ? null
      : ctx.rng.chance(0.8)
        ? natural
        : natural === 'leading'
          ? 'lagging'
          : 'leading';
    kr.indicatorWord = kr.indicator ? indicatorWord(family, kr.indicator) : undefined;
  }
  return family;
}

/** Group rows: each objective's key results ordered leading first, with a "Leading indicators" row above each group. */
export function groupRows(
  ctx: PlanContext,
  picker: FeaturePicker,
  objectives: ObjectiveModel[],
  objectivesBold: boolean,
): (row: RowData, columns: Column[]) => Cell[][] {
  const family = assignIndicators(
    ctx,
    picker,
    objectives.flatMap((o) => o.keyResults),
    'group-rows',
    0,
  );
  for (const o of objectives)
    o.keyResults.sort((a, b) =>
      a.indicator === b.indicator ? 0 : a.indicator === 'leading' ? -1 : 1,
    );
  // Where bold marks objectives, group rows are never bold, so boldness stays unambiguous.
  const bold = !objectivesBold && ctx.rng.chance(0.5);
  return (row, columns) => {
    const previous = row.objective.keyResults[row.krIndex - 1];
    if (previous && previous.indicator === row.kr.indicator) return [];
    const label = row.kr.indicator === 'leading' ? family.groupLeading : family.groupLagging;
    return [columns.map((c) => (c.role === 'title' ? cell(label, undefined, bold) : { v: null }))];
  };
}

/** Title brackets: "Classrooms using daily number talks (lead)"; the truth keeps the bare title. */
export function titleBrackets(ctx: PlanContext, picker: FeaturePicker, krs: KrModel[]): void {
  assignIndicators(ctx, picker, krs, 'title-bracket', 0.2);
  const lower = ctx.rng.chance(0.6);
  for (const kr of krs)
    if (kr.indicatorWord)
      kr.titleSuffix = `(${lower ? kr.indicatorWord.toLowerCase() : kr.indicatorWord})`;
}
