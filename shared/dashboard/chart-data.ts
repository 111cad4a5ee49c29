/**
 * The two Dashboard charts and the small tables they draw from: key-result progress against the
 * share of the period gone (bar), and evidence per week by type (stacked columns).
 */
import type { Locale } from '../messages';
import type { Plan } from '../plan-schema';
import type { EvidenceRecord, KeyResultPace } from '../records';
import { EVIDENCE_TYPES } from '../evidence-vocabulary';
import { t } from '../i18n';
import type { LayoutGrid } from './layout-grid';
import { evidencePerWeek, typeLabel } from './evidence-counts';

const shortTitle = (title: string) => (title.length > 42 ? `${title.slice(0, 40)}…` : title);

/** Appends the chart tables at the bottom and anchors both charts to the right of the key results. */
export function addCharts(grid: LayoutGrid, plan: Plan, paces: KeyResultPace[], evidence: EvidenceRecord[], today: string, locale: Locale, anchorCol: number): void {
  grid.addRow();
  grid.addLine(t(locale, 'addon.dashboard.chartData'), { bold: true, color: '#5f6368', background: '#f1f3f4' });
  const paceById = new Map(paces.map((p) => [p.keyResultId, p]));
  const progressTop = grid.addRow([t(locale, 'addon.dashboard.col.keyResult'), t(locale, 'addon.dashboard.col.progress'), t(locale, 'addon.dashboard.col.elapsed')], { bold: true, wrap: true });
  for (const kr of plan.objectives.flatMap((o) => o.keyResults)) {
    const pace = paceById.get(kr.id);
    const row = grid.addRow([shortTitle(kr.title), pace?.progress ?? 0, pace?.elapsed ?? 0]);
    grid.style({ row, col: 1, rows: 1, cols: 2 }, { numberFormat: '0%' });
  }
  const progressRows = grid.nextRow - progressTop;
  grid.chart({ kind: 'bar', title: t(locale, 'addon.dashboard.chartProgress'), data: { row: progressTop, col: 0, rows: progressRows, cols: 3 }, anchor: { row: 3, col: anchorCol } });

  grid.addRow();
  const types = EVIDENCE_TYPES.filter((type) => evidence.some((e) => e.type === type));
  const shown = types.length > 0 ? types : (['observation'] as const);
  const weekTop = grid.addRow([t(locale, 'addon.dashboard.weeksAgo'), ...shown.map((type) => typeLabel(type, locale))], { bold: true, wrap: true });
  for (const week of evidencePerWeek(evidence, today)) {
    const label = week.weekEnding === 0 ? t(locale, 'addon.dashboard.thisWeek') : t(locale, 'addon.dashboard.weeksAgoN', { n: week.weekEnding });
    grid.addRow([label, ...shown.map((type) => week.counts.get(type) ?? 0)]);
  }
  grid.chart({
    kind: 'column', stacked: true, title: t(locale, 'addon.dashboard.chartEvidence'),
    data: { row: weekTop, col: 0, rows: grid.nextRow - weekTop, cols: shown.length + 1 }, anchor: { row: 22, col: anchorCol },
  });
}
