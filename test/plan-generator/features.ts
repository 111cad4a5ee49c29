/**
 * The feature catalogue and the chooser that picks a plan's features from its seed, or from the
 * caller's list ("force/limit"): when a list is given, every group takes only what the list names
 * and falls back to its plain default otherwise. Features are recorded when they are really written.
 */
import type { Rng } from './prng';

/** Every feature the generator can write, by group; the first of a one-of group is its default. */
export const FEATURE_GROUPS = {
  lang: ['lang:en', 'lang:fr'],
  layout: [
    'layout:objective-column',
    'layout:objective-merged',
    'layout:objective-first-row',
    'layout:section-rows',
    'layout:objective-rows-numbered',
    'layout:objective-rows-letters',
    'layout:objective-rows-indented',
    'layout:objective-rows-bold',
    'layout:outline',
    'layout:tab-per-objective',
  ],
  rows: [
    'rows:rationale',
    'rows:totals',
    'rows:blank',
    'rows:header-repeat',
    'rows:footnote',
    'titles:kr-labels',
  ],
  headers: ['headers:bracket-qualifiers', 'headers:question', 'headers:title-rows'],
  headerRows: ['headers:one-row', 'headers:two-line', 'headers:two-level'],
  values: [
    'values:plain',
    'values:percent-text',
    'values:percent-format',
    'values:decimal-comma',
    'values:thousands',
    'values:units',
    'values:out-of',
    'values:ratio',
    'values:ratio-percent',
    'values:ratio-target',
    'values:annotation',
    'values:missing-current',
  ],
  due: [
    'due:column-date',
    'due:column-text',
    'due:target-header',
    'due:value-phrase',
    'due:none',
    'due:smart',
  ],
  smart: ['smart:sentences'],
  breakdown: ['breakdown:indented', 'breakdown:schools-tab'],
  distractors: [
    'distractor:readme',
    'distractor:budget',
    'distractor:lists',
    'distractor:copy-of-plan',
    'distractor:old-plan',
  ],
  series: [
    'series:years',
    'series:baseline-actual-mid-target',
    'series:quarters',
    'series:trimesters',
    'series:boy-moy-eoy',
    'series:seasons',
    'series:dated-checkpoints',
  ],
  columns: [
    'columns:owner',
    'columns:hidden-duplicate',
    'columns:status',
    'columns:score-confidence',
    'columns:notes-numbers',
    'columns:comments',
  ],
  indicator: ['indicator:column', 'indicator:group-rows', 'indicator:title-bracket'],
  indicatorWords: [
    'indicator-words:leading-lagging',
    'indicator-words:lead-lag',
    'indicator-words:process-outcome',
    'indicator-words:implementation-impact',
    'indicator-words:input-output',
    'indicator-words:formative-summative',
    'indicator-words:processus-resultat',
    'indicator-words:mise-en-oeuvre-impact',
    'indicator-words:avance-retarde',
    'indicator-words:leading-lagging-fr',
  ],
} as const;

export const ALL_FEATURES: string[] = Object.values(FEATURE_GROUPS).flat();

const FRENCH_FAMILIES = [
  'processus-resultat',
  'mise-en-oeuvre-impact',
  'avance-retarde',
  'leading-lagging-fr',
];

/** A forced feature list with what each feature needs to be written at all (a French word family needs a French plan…). */
function withPrerequisites(features: string[]): Set<string> {
  const out = new Set(features);
  const needs = (feature: string, group: readonly string[], fallback: string) => {
    if (out.has(feature) && !group.some((g) => out.has(g))) out.add(fallback);
  };
  for (const f of features) {
    if (f.startsWith('indicator-words:')) {
      needs(f, FEATURE_GROUPS.indicator, 'indicator:column');
      needs(
        f,
        FEATURE_GROUPS.lang,
        FRENCH_FAMILIES.includes(f.slice('indicator-words:'.length)) ? 'lang:fr' : 'lang:en',
      );
    }
  }
  needs('values:decimal-comma', FEATURE_GROUPS.lang, 'lang:fr');
  needs('due:smart', FEATURE_GROUPS.smart, 'smart:sentences');
  needs('rows:rationale', FEATURE_GROUPS.layout, 'layout:section-rows');
  return out;
}

export class FeaturePicker {
  readonly used = new Set<string>();
  private readonly forced: Set<string> | null;

  constructor(
    private readonly rng: Rng,
    forced?: string[],
  ) {
    this.forced = forced ? withPrerequisites(forced) : null;
  }

  /** One option of a group (recorded). */
  one<T extends string>(options: readonly T[], weights?: number[]): T {
    const allowed = this.forced ? options.filter((o) => this.forced!.has(o)) : [...options];
    if (this.forced && allowed.length === 0) return this.record(options[0]);
    if (!weights || this.forced) return this.record(this.rng.pick(allowed));
    const total = weights.reduce((a, b) => a + b, 0);
    let roll = this.rng.next() * total;
    for (let i = 0; i < options.length; i++) {
      roll -= weights[i];
      if (roll < 0) return this.record(options[i]);
    }
    return this.record(options[options.length - 1]);
  }

  /** Whether an optional feature is on (not yet recorded: call `mark` when it is written). */
  maybe(feature: string, p: number): boolean {
    if (this.forced) return this.forced.has(feature);
    return this.rng.chance(p);
  }

  /** One option of a group with probability p, else null (recorded when picked). */
  oneOrNone<T extends string>(options: readonly T[], p: number): T | null {
    if (this.forced) {
      const allowed = options.filter((o) => this.forced!.has(o));
      return allowed.length ? this.record(this.rng.pick(allowed)) : null;
    }
    return this.rng.chance(p) ? this.record(this.rng.pick(options)) : null;
  }

  /** The subset of options that are on, each with probability p. */
  some<T extends string>(options: readonly T[], p: number): T[] {
    return options.filter((o) => this.maybe(o, p));
  }

  /** Among options, the ones the caller forced (all of them when nothing was forced or none of them is listed). */
  allowedOf<T extends string>(options: readonly T[]): T[] {
    const allowed = this.forced ? options.filter((o) => this.forced!.has(o)) : [...options];
    return allowed.length ? allowed : [...options];
  }

  mark(feature: string): void {
    this.used.add(feature);
  }

  private record<T extends string>(feature: T): T {
    this.used.add(feature);
    return feature;
  }
}
