/**
 * The Dashboard tab, built whole from a snapshot: a banner saying it is generated, the headline
 * counts, then per objective its key results and supports, the school × practice evidence grid,
 * plan-health findings with links, and two charts. Pure: the host only paints the Layout.
 */

import { t } from '../i18n';
import type { Layout } from '../layout';
import type { Locale } from '../messages';
import type { PlanSnapshot } from '../plan-snapshot';
import type { EvidenceRecord } from '../records';
import { formatPercent } from './amounts';
import { addCharts, CHART_ROWS } from './chart-data';
import { recentEvidence } from './evidence-counts';
import { addFindings } from './findings-section';
import {
  addKeyResultRow,
  addObjectiveHeader,
  KR_COLUMN_WIDTHS,
  KR_COLUMNS,
} from './key-result-rows';
import { LayoutGrid } from './layout-grid';
import { addSchoolPracticeGrid } from './school-practice-grid';
import { addSupportsRow } from './supports-row';

/**
 * The banner every generated tab starts with. `wrap` keeps it inside a one-column page (the
 * Summary prints at a page's width); on the wide Dashboard it runs across the empty cells instead.
 */
export function addBanner(
  grid: LayoutGrid,
  today: string,
  locale: Locale,
  cols = grid.width,
  wrap = false,
): void {
  grid.addLine(
    t(locale, 'addon.banner', { date: today }),
    { italic: true, color: '#5f6368', background: '#fef7e0', fontSize: 9, wrap },
    cols,
  );
}

function groupByKeyResult(evidence: EvidenceRecord[]): Map<string, EvidenceRecord[]> {
  const groups = new Map<string, EvidenceRecord[]>();
  for (const e of evidence) {
    const list = groups.get(e.keyResultId);
    if (list) list.push(e);
    else groups.set(e.keyResultId, [e]);
  }
  return groups;
}

/** Headline: how many key results are where, and how far through the period we are. */
function headline(snapshot: PlanSnapshot, locale: Locale): string {
  const count = (status: string) => snapshot.paces.filter((p) => p.status === status).length;
  const elapsed = snapshot.paces.length ? Math.max(...snapshot.paces.map((p) => p.elapsed)) : 0;
  return t(locale, 'addon.dashboard.headline', {
    keyResults: t(locale, 'addon.dashboard.countKeyResults', { n: snapshot.paces.length }),
    achieved: t(locale, 'addon.dashboard.countAchieved', { n: count('achieved') }),
    onTrack: count('on-track'),
    atRisk: count('at-risk'),
    offTrack: count('off-track'),
    noData: count('no-data'),
    elapsed: formatPercent(elapsed, locale),
  });
}

export function buildDashboard(input: PlanSnapshot, locale: Locale): Layout {
  const grid = new LayoutGrid(KR_COLUMNS);
  addBanner(grid, input.today, locale);
  grid.addLine(input.plan.title ?? t(locale, 'addon.dashboard.title'), {
    bold: true,
    fontSize: 16,
  });
  if (input.plan.vision) grid.addLine(input.plan.vision, { italic: true });
  grid.addLine(headline(input, locale), { color: '#3c4043' });
  const chartsRow = grid.nextRow;
  for (let i = 0; i < CHART_ROWS; i++) grid.addRow();
  const recent = recentEvidence(input.evidence, input.today);
  const ctx = {
    locale,
    today: input.today,
    paceById: new Map(input.paces.map((p) => [p.keyResultId, p])),
    evidenceByKeyResult: groupByKeyResult(input.evidence),
    recentByKeyResult: groupByKeyResult(recent),
  };
  input.plan.objectives.forEach((objective, index) => {
    addObjectiveHeader(grid, objective, index, locale);
    for (const kr of objective.keyResults) addKeyResultRow(grid, kr, ctx);
    addSupportsRow(grid, objective, index, input.supports, input.evidence, locale);
  });
  addSchoolPracticeGrid(grid, input.schools, recent, locale);
  addFindings(grid, input.findings, locale);
  addCharts(
    grid,
    input.plan,
    input.paces,
    input.evidence,
    input.today,
    locale,
    chartsRow,
    KR_COLUMNS,
  );
  return grid.build(KR_COLUMN_WIDTHS, 1);
}
