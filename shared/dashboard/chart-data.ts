/**
 * The two Dashboard charts and the small tables they draw from: key-result progress beside the
 * share of the period gone (bars side by side, key results without data left out), and evidence per
 * week by type (stacked columns). The charts sit near the top, where a coordinator sees them without
 * scrolling sideways; their tables go right of the Dashboard, in columns the host hides.
 */
import type { Locale } from '../messages';
import type { Plan } from '../plan-schema';
import type { EvidenceRecord, KeyResultPace } from '../records';
import { EVIDENCE_TYPES } from '../evidence-vocabulary';
import { t } from '../i18n';
import type { LayoutGrid } from './layout-grid';
import { evidencePerWeek, typeLabel } from './evidence-counts';

const shortTitle = (title: string) => (title.length > 42 ? `${title.slice(0, 40)}…` : title);

/** Rows kept empty under the headline for the charts (300 px tall at Sheets' 21 px rows). */
export const CHART_ROWS = 16;
/** Where the second chart starts: right of the first one's 520 px (the first five columns are 660 px). */
const SECOND_CHART_COL = 5;

/** Writes the chart tables from column `dataCol` on and anchors both charts at `anchorRow`. */
export function addCharts(
  grid: LayoutGrid,
  plan: Plan,
  paces: KeyResultPace[],
  evidence: EvidenceRecord[],
  today: string,
  locale: Locale,
  anchorRow: number,
  dataCol: number,
): void {
  const paceById = new Map(paces.map((p) => [p.keyResultId, p]));
  const header = { bold: true };
  [
    t(locale, 'addon.dashboard.col.keyResult'),
    t(locale, 'addon.dashboard.col.progress'),
    t(locale, 'addon.dashboard.col.elapsed'),
  ].forEach((text, c) => grid.setHelper(0, dataCol + c, text, header));
  let row = 1;
  for (const kr of plan.objectives.flatMap((o) => o.keyResults)) {
    const pace = paceById.get(kr.id);
    if (!pace || pace.progress === null) continue; // no data: a 0% bar would read as no progress
    grid.setHelper(row, dataCol, shortTitle(kr.title));
    grid.setHelper(row, dataCol + 1, pace.progress, { numberFormat: '0%' });
    grid.setHelper(row, dataCol + 2, pace.elapsed, { numberFormat: '0%' });
    row++;
  }
  grid.chart({
    kind: 'bar',
    stacked: false,
    title: t(locale, 'addon.dashboard.chartProgress'),
    data: { row: 0, col: dataCol, rows: Math.max(2, row), cols: 3 },
    anchor: { row: anchorRow, col: 0 },
  });

  const weekTop = row + 1;
  const types = EVIDENCE_TYPES.filter((type) => evidence.some((e) => e.type === type));
  const shown = types.length > 0 ? types : (['observation'] as const);
  [t(locale, 'addon.dashboard.weeksAgo'), ...shown.map((type) => typeLabel(type, locale))].forEach(
    (text, c) => grid.setHelper(weekTop, dataCol + c, text, header),
  );
  const weeks = evidencePerWeek(evidence, today);
  weeks.forEach((week, i) => {
    const label =
      week.weekEnding === 0
        ? t(locale, 'addon.dashboard.thisWeek')
        : t(locale, 'addon.dashboard.weeksAgoN', { n: week.weekEnding });
    [label, ...shown.map((type) => week.counts.get(type) ?? 0)].forEach((value, c) =>
      grid.setHelper(weekTop + 1 + i, dataCol + c, value),
    );
  });
  grid.chart({
    kind: 'column',
    stacked: true,
    title: t(locale, 'addon.dashboard.chartEvidence'),
    data: { row: weekTop, col: dataCol, rows: weeks.length + 1, cols: shown.length + 1 },
    anchor: { row: anchorRow, col: SECOND_CHART_COL },
  });
}
