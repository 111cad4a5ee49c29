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

export type DueMode = 'column-date' | 'column-text' | 'target-header' | 'value-phrase' | 'none';

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
  indicatorColumn: boolean;
  headerMode: HeaderMode;
  series: SeriesKind | null;
  extras: RowExtras;
}

const STYLE_FEATURES = ['values:percent-text', 'values:percent-format', 'values:decimal-comma', 'values:thousands', 'values:units', 'values:out-of', 'values:ratio', 'values:ratio-percent'] as const;

/** The plan's features. */
export function pickSpec(picker: FeaturePicker): PlanSpec {
  const layout = picker.one(FEATURE_GROUPS.layout, [14, 10, 10, 14, 8, 6, 6, 6, 10, 10]).slice('layout:'.length) as LayoutName;
  const seriesFeature = layout === 'outline' ? null : picker.oneOrNone(FEATURE_GROUPS.series, 0.3);
  const series = seriesFeature ? (seriesFeature.slice('series:'.length) as SeriesKind) : null;
  const ratioTarget = !series && layout !== 'outline' && picker.maybe('values:ratio-target', 0.06);
  const dueOptions = FEATURE_GROUPS.due.filter((d) => (!ratioTarget || d === 'due:column-date' || d === 'due:none') && !(series && seriesNamesYear(series) && d === 'due:target-header'));
  const due = picker.one(dueOptions).slice('due:'.length) as DueMode;
  const styles = new Set<ValueStyle>(['plain', ...picker.some(STYLE_FEATURES, 0.45).map((f) => f.slice('values:'.length) as ValueStyle)]);
  if (ratioTarget) {
    styles.clear();
    styles.add('ratio');
  }
  return {
    layout,
    due,
    styles,
    measureFilter: (m) => !ratioTarget || m.kind === 'ratio',
    ratioTarget,
    annotation: picker.maybe('values:annotation', 0.25),
    missingCurrent: picker.maybe('values:missing-current', 0.25),
    owner: picker.maybe('columns:owner', 0.5),
    bracket: picker.maybe('headers:bracket-qualifiers', 0.4),
    question: picker.maybe('headers:question', 0.15),
    titleRows: picker.maybe('headers:title-rows', 0.6),
    indicatorColumn: picker.maybe('indicator:column', 0.4),
    series,
    headerMode: picker.one(FEATURE_GROUPS.headerRows, [70, 15, 15]).slice('headers:'.length) as HeaderMode,
    extras: {
      rationale: picker.maybe('rows:rationale', 0.3),
      totals: picker.maybe('rows:totals', 0.2) && layout !== 'outline',
      blankRows: picker.maybe('rows:blank', 0.3),
      headerRepeat: picker.maybe('rows:header-repeat', 0.1),
      footnotes: picker.maybe('rows:footnote', 0.2),
      krLabels: picker.maybe('titles:kr-labels', 0.2),
    },
  };
}
