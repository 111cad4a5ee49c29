/**
 * Indicator words (category 8): leading/lagging written as lead/lag, process/outcome,
 * implementation/impact, input/output, formative/summative, or their French forms. A plan picks
 * one family and says it in a column, a group row or a bracket after the title.
 */
import type { KrModel, PlanContext } from './model';
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
    { name: 'leading-lagging', leading: 'Leading', lagging: 'Lagging', groupLeading: 'Leading indicators', groupLagging: 'Lagging indicators' },
    { name: 'lead-lag', leading: 'Lead', lagging: 'Lag', groupLeading: 'Lead measures', groupLagging: 'Lag measures' },
    { name: 'process-outcome', leading: 'Process', lagging: 'Outcome', groupLeading: 'Process measures', groupLagging: 'Outcome measures' },
    { name: 'implementation-impact', leading: 'Implementation', lagging: 'Impact', groupLeading: 'Implementation measures', groupLagging: 'Impact measures' },
    { name: 'input-output', leading: 'Input', lagging: 'Output', groupLeading: 'Input measures', groupLagging: 'Output measures' },
    { name: 'formative-summative', leading: 'Formative', lagging: 'Summative', groupLeading: 'Formative measures', groupLagging: 'Summative measures' },
  ],
  fr: [
    { name: 'processus-resultat', leading: 'Indicateur de processus', lagging: 'Indicateur de résultat', groupLeading: 'Indicateurs de processus', groupLagging: 'Indicateurs de résultat' },
    { name: 'mise-en-oeuvre-impact', leading: 'De mise en œuvre', lagging: "D'impact", groupLeading: 'Indicateurs de mise en œuvre', groupLagging: "Indicateurs d'impact" },
    { name: 'avance-retarde', leading: 'Avancé', lagging: 'Retardé', groupLeading: 'Indicateurs avancés', groupLagging: 'Indicateurs retardés' },
    { name: 'leading-lagging-fr', leading: 'Leading', lagging: 'Lagging', groupLeading: 'Indicateurs leading', groupLagging: 'Indicateurs lagging' },
  ],
};

/** A word family for the plan. */
export function pickFamily(ctx: PlanContext): IndicatorFamily {
  return ctx.rng.pick(FAMILIES[ctx.language]);
}

/** Whether a measure is naturally leading (adult practice, participation) or lagging (results). */
export function naturalIndicator(kr: KrModel): 'leading' | 'lagging' {
  return kr.measure.kind === 'count' || kr.measure.kind === 'ratio' || kr.measure.kind === 'big' || kr.measure.kind === 'score' ? 'leading' : 'lagging';
}

/** The word for an indicator in the family (lower case in brackets, as people write "(lag)"). */
export function indicatorWord(family: IndicatorFamily, indicator: 'leading' | 'lagging'): string {
  return indicator === 'leading' ? family.leading : family.lagging;
}
