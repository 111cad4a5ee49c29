/**
 * A plan's features, picked once from its seed: layout, value styles, due convention, header
 * variants, competing columns… Everything later steps need to know about the plan as a whole.
 */
import { FEATURE_GROUPS, type FeaturePicker } from './features';
import type { LayoutName } from './layouts';
import type { ValueStyle } from './model';
import type { HeaderMode } from './header-rows';
import { seriesNamesYear, type SeriesKind } from './series';

export type DueMode = 'column-date' | 'column-text' | 'target-header' | 'value-phrase' | 'none';

export interface PlanSpec {
  layout: LayoutName;
  due: DueMode;
  styles: Set<ValueStyle>;
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
}

const STYLE_FEATURES = ['values:percent-text', 'values:percent-format', 'values:decimal-comma', 'values:thousands', 'values:units', 'values:out-of', 'values:ratio', 'values:ratio-percent'] as const;

/** The plan's features. */
export function pickSpec(picker: FeaturePicker): PlanSpec {
  const layout = picker.one(FEATURE_GROUPS.layout).slice('layout:'.length) as LayoutName;
  const seriesFeature = picker.oneOrNone(FEATURE_GROUPS.series, 0.35);
  const series = seriesFeature ? (seriesFeature.slice('series:'.length) as SeriesKind) : null;
  const ratioTarget = !series && picker.maybe('values:ratio-target', 0.06);
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
  };
}
