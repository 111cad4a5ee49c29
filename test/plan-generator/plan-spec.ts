/**
 * A plan's features, picked once from its seed: layout, value styles, due convention, header
 * variants, series, rows around the key results… Everything later steps need to know about the
 * plan as a whole.
 */
import { FEATURE_GROUPS, type FeaturePicker } from './features';
import type { HeaderMode } from './header-rows';
import type { LayoutName, RowExtras } from './layouts';
import type { ValueStyle } from './model';
import { seriesNamesYear, type SeriesKind } from './series';
import type { Measure } from './vocabulary';

export type DueMode =
  | 'column-date'
  | 'column-text'
  | 'target-header'
  | 'value-phrase'
  | 'smart'
  | 'none';

export interface PlanSpec {
  layout: LayoutName;
  due: DueMode;
  styles: Set<ValueStyle>;
  /** Which vocabulary measures this plan can use. */
  measureFilter: (m: Measure) => boolean;
  /** No target column: each "N of M" gives M as the target. */
  ratioTarget: boolean;
  annotation: boolean;
  missingCurrent: boolean;
  owner: boolean;
  bracket: boolean;
  question: boolean;
  titleRows: boolean;
  /** Where the plan says leading/lagging: a column, group rows, a bracket after the title, or nowhere. */
  indicator: 'column' | 'group-rows' | 'title-bracket' | null;
  headerMode: HeaderMode;
  series: SeriesKind | null;
  extras: RowExtras;
  /** Every key result written as a SMART sentence, with a progress column for current. */
  smart: boolean;
}

const STYLE_FEATURES = [
  'values:percent-text',
  'values:percent-format',
  'values:decimal-comma',
  'values:thousands',
  'values:units',
  'values:out-of',
  'values:ratio',
  'values:ratio-percent',
] as const;

/** The plan's features. */
export function pickSpec(picker: FeaturePicker): PlanSpec {
  const layout = picker
    .one(FEATURE_GROUPS.layout, [14, 10, 10, 14, 8, 6, 6, 6, 10, 10])
    .slice('layout:'.length) as LayoutName;
  const smart = layout !== 'outline' && picker.maybe('smart:sentences', 0.12);
  const seriesFeature =
    layout === 'outline' || smart ? null : picker.oneOrNone(FEATURE_GROUPS.series, 0.3);
  const series = seriesFeature ? (seriesFeature.slice('series:'.length) as SeriesKind) : null;
  const ratioTarget =
    !series && !smart && layout !== 'outline' && picker.maybe('values:ratio-target', 0.06);
  const dueOptions = smart
    ? (['due:smart'] as const)
    : FEATURE_GROUPS.due.filter(
        (d) =>
          d !== 'due:smart' &&
          (!ratioTarget || d === 'due:column-date' || d === 'due:none') &&
          !(series && seriesNamesYear(series) && d === 'due:target-header'),
      );
  const due = picker.one(dueOptions).slice('due:'.length) as DueMode;
  const styles = pickStyles(picker, ratioTarget, smart);
  return {
    layout,
    due,
    styles,
    measureFilter: (m) =>
      ratioTarget
        ? m.kind === 'ratio'
        : !smart || m.kind === 'percent' || m.kind === 'count' || m.kind === 'score',
    ratioTarget,
    annotation: picker.maybe('values:annotation', 0.25),
    missingCurrent: picker.maybe('values:missing-current', 0.25),
    owner: picker.maybe('columns:owner', 0.5),
    bracket: picker.maybe('headers:bracket-qualifiers', 0.4),
    question: picker.maybe('headers:question', 0.15),
    titleRows: picker.maybe('headers:title-rows', 0.6) || smart,
    indicator: pickIndicator(picker, layout, smart),
    series,
    headerMode: picker
      .one(smart ? FEATURE_GROUPS.headerRows.slice(0, 2) : FEATURE_GROUPS.headerRows, [70, 15, 15])
      .slice('headers:'.length) as HeaderMode,
    extras: {
      rationale: picker.maybe('rows:rationale', 0.3),
      totals: picker.maybe('rows:totals', 0.2) && layout !== 'outline',
      blankRows: picker.maybe('rows:blank', 0.3),
      headerRepeat: picker.maybe('rows:header-repeat', 0.1),
      footnotes: picker.maybe('rows:footnote', 0.2),
      krLabels: picker.maybe('titles:kr-labels', 0.2),
    },
    smart,
  };
}

function pickIndicator(
  picker: FeaturePicker,
  layout: LayoutName,
  smart: boolean,
): PlanSpec['indicator'] {
  const options = FEATURE_GROUPS.indicator.filter(
    (f) =>
      (f !== 'indicator:group-rows' || layout !== 'outline') &&
      (f !== 'indicator:title-bracket' || !smart),
  );
  const picked = picker.oneOrNone(options, 0.55);
  return picked ? (picked.slice('indicator:'.length) as PlanSpec['indicator']) : null;
}

/** Value styles: a random mix, only "N of M" in a plan without target column, "42%" in SMART plans. */
function pickStyles(picker: FeaturePicker, ratioTarget: boolean, smart: boolean): Set<ValueStyle> {
  if (smart) picker.mark('smart:sentences');
  if (ratioTarget || smart) return new Set<ValueStyle>([smart ? 'percent-text' : 'ratio']);
  return new Set<ValueStyle>([
    'plain',
    ...picker.some(STYLE_FEATURES, 0.45).map((f) => f.slice('values:'.length) as ValueStyle),
  ]);
}
