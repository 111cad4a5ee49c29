/**
 * The heart of the Dashboard: per objective, one row per key result with baseline → current → target,
 * a progress bar, the status in words and colour, the share of the period gone, the check-in trend,
 * and the evidence behind it (last 30 days by type, total, latest date).
 */

import { isWebLink } from '../anchor/passage-link';
import { t } from '../i18n';
import type { Locale } from '../messages';
import type { KeyResult, Objective } from '../plan-schema';
import type { EvidenceRecord, KeyResultPace } from '../records';
import { formatAmount, unitOf } from './amounts';
import {
  amountCell,
  dateCell,
  isoDay,
  objectiveTitle,
  percentCell,
  progressBar,
  STATUS_COLOURS,
  shortDate,
  sparklineFormula,
  statusLabel,
  type TypedCell,
} from './display-values';
import { countByType, latestPiece, typeCountsText } from './evidence-counts';
import type { LayoutGrid } from './layout-grid';

export const KR_COLUMNS = 13;
export const KR_COLUMN_WIDTHS = [330, 75, 80, 95, 80, 150, 95, 70, 100, 75, 70, 200, 90];

const HEADER_KEYS = [
  'addon.dashboard.col.keyResult',
  'addon.dashboard.col.indicator',
  'addon.dashboard.col.baseline',
  'addon.dashboard.col.current',
  'addon.dashboard.col.target',
  'addon.dashboard.col.progress',
  'addon.dashboard.col.status',
  'addon.dashboard.col.elapsed',
  'addon.dashboard.col.trend',
  'addon.dashboard.col.evidence30',
  'addon.dashboard.col.evidenceTotal',
  'addon.dashboard.col.byType',
  'addon.dashboard.col.latest',
] as const;

export interface KeyResultContext {
  locale: Locale;
  today: string;
  paceById: Map<string, KeyResultPace>;
  evidenceByKeyResult: Map<string, EvidenceRecord[]>;
  /** The last 30 days' evidence by key result, grouped once for the whole Dashboard. */
  recentByKeyResult: Map<string, EvidenceRecord[]>;
}

/** Heading line and column headers for one objective. */
export function addObjectiveHeader(
  grid: LayoutGrid,
  objective: Objective,
  index: number,
  locale: Locale,
): void {
  grid.addRow();
  grid.addLine(
    t(locale, 'addon.dashboard.objective', {
      n: index + 1,
      title: objectiveTitle(objective, locale),
    }),
    {
      bold: true,
      fontSize: 12,
      background: '#1a73e8',
      color: '#ffffff',
    },
  );
  grid.addRow(
    HEADER_KEYS.map((key) => t(locale, key)),
    { bold: true, background: '#e8f0fe', color: '#174ea6', wrap: true },
  );
}

/** One key result row; returns its row index. */
export function addKeyResultRow(
  grid: LayoutGrid,
  keyResult: KeyResult,
  ctx: KeyResultContext,
): number {
  const { locale } = ctx;
  const pace = ctx.paceById.get(keyResult.id);
  const all = ctx.evidenceByKeyResult.get(keyResult.id) ?? [];
  const recent = ctx.recentByKeyResult.get(keyResult.id) ?? [];
  const status = pace?.status ?? 'no-data';
  const indicator = keyResult.indicator
    ? t(
        locale,
        keyResult.indicator === 'leading' ? 'addon.indicator.leading' : 'addon.indicator.lagging',
      )
    : '—';
  const current = pace?.current ?? keyResult.current;
  const unit = unitOf(keyResult);
  // A check-in value is marked ✓: then the cell is text ("47% ✓"), written as text.
  const currentCell: TypedCell =
    pace?.currentSource === 'check-in' && current !== null
      ? { value: `${formatAmount(current, unit, locale)} ✓` }
      : amountCell(current, unit, locale);
  const newest = latestPiece(all);
  const latest = newest ? isoDay(newest.capturedAt) : null;
  const linked = newest !== null && isWebLink(newest.sourceUrl);
  const typed: [number, TypedCell][] = [
    [2, amountCell(keyResult.baseline, unit, locale)],
    [3, currentCell],
    [4, amountCell(keyResult.target, unit, locale)],
    [7, pace ? percentCell(pace.elapsed) : { value: '—' }],
    [9, { value: recent.length, numberFormat: '0' }],
    [10, { value: all.length, numberFormat: '0' }],
    // Linked to the passage, the date is text reading as a date cell does (a link's text is text).
    [
      12,
      !latest
        ? { value: '—' }
        : linked
          ? { value: shortDate(latest, locale) }
          : dateCell(latest, locale),
    ],
  ];
  const row = grid.addRow([
    keyResult.title,
    indicator,
    null,
    null,
    null,
    progressBar(pace?.progress ?? null, locale),
    statusLabel(status, locale, current) +
      (pace?.stale ? ` · ${t(locale, 'addon.dashboard.stale')}` : ''),
    null,
    sparklineFormula(pace?.trend ?? []),
    null,
    null,
    typeCountsText(countByType(recent), locale) || '—',
    null,
  ]);
  for (const [col, cell] of typed)
    grid.set(
      row,
      col,
      cell.value,
      cell.numberFormat ? { numberFormat: cell.numberFormat } : undefined,
    );
  if (linked) grid.webLink(row, 12, newest.sourceUrl);
  grid.style({ row, col: 0, rows: 1, cols: 1 }, { wrap: true });
  grid.style({ row, col: 1, rows: 1, cols: 4 }, { align: 'center' });
  grid.style({ row, col: 5, rows: 1, cols: 1 }, { color: '#1a73e8', fontSize: 9 });
  grid.style(
    { row, col: 6, rows: 1, cols: 1 },
    { ...STATUS_COLOURS[status], bold: true, align: 'center', wrap: true },
  );
  grid.style({ row, col: 7, rows: 1, cols: 6 }, { align: 'center' });
  grid.style({ row, col: 11, rows: 1, cols: 1 }, { wrap: true, align: 'left', fontSize: 9 });
  return row;
}
