/**
 * Key-result models: a measure from the vocabulary, a value style it can be written in, its true
 * numbers, due date, indicator and direction. Everything the truth needs is decided here.
 */
import { directionOf } from './truth';
import type { KrModel, PlanContext, ValueStyle } from './model';
import { drawNumbers } from './numbers';
import type { Measure } from './vocabulary';
import { PEOPLE } from './vocabulary';

/** The value styles a measure can be written in. */
export function stylesFor(measure: Measure, language: 'en' | 'fr'): ValueStyle[] {
  switch (measure.kind) {
    case 'percent':
      return ['plain', 'percent-text', 'percent-format'];
    case 'count':
      return ['plain', 'units'];
    case 'score':
      return [
        'plain',
        ...(measure.outOf ? (['out-of'] as const) : []),
        ...(language === 'fr' && measure.decimals > 0 ? (['decimal-comma'] as const) : []),
      ];
    case 'big':
      return ['plain', 'thousands', 'units'];
    case 'ratio':
      return ['ratio', 'ratio-percent', 'plain'];
  }
}

/** Style name → feature name. */
export function styleFeature(style: ValueStyle): string {
  return `values:${style}`;
}

export interface KrOptions {
  /** Styles the plan allows (a KR falls back to its measure's first style). */
  styles: Set<ValueStyle>;
}

/** A key result for `measure` with its true numbers. */
export function makeKeyResult(ctx: PlanContext, measure: Measure, options: KrOptions): KrModel {
  const rng = ctx.rng;
  const possible = stylesFor(measure, ctx.language);
  const allowed = possible.filter((s) => options.styles.has(s));
  const style = allowed.length ? rng.pick(allowed) : possible[0];
  const drawn = drawNumbers(rng, measure);
  const kr: KrModel = {
    measure,
    title: measure.title[ctx.language],
    style,
    baseline: drawn.baseline,
    current: drawn.current,
    target: drawn.target,
    due: null,
    indicator: null,
    direction: null,
    owner: rng.pick(PEOPLE),
  };
  if (style === 'ratio-percent') {
    const total = measure.total!;
    kr.counts = { baseline: drawn.baseline, current: drawn.current, target: drawn.target };
    kr.baseline = Math.round((drawn.baseline / total) * 100);
    kr.current = Math.round((drawn.current / total) * 100);
    kr.target = Math.round((drawn.target / total) * 100);
    if (kr.target === kr.baseline) kr.target = Math.min(100, kr.baseline + 5);
  }
  kr.direction = directionOf(kr.baseline, kr.target, kr.title);
  return kr;
}
