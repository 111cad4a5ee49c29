/**
 * What the reader understood, in the coordinator's language: the tab(s) and header row, the column
 * of each field, the series columns behind "current", where objectives come from, the rows skipped
 * and why, and the first key results as title → baseline → current → target → due. The CLI prints
 * it (`inspect --explain`) and Set up shows it, so a wrong reading is seen before it is saved.
 */
import { columnLetter } from '../cells';
import { formatAmount } from '../dashboard/amounts';
import { objectiveTitle } from '../dashboard/display-values';
import { type StringKey, t } from '../i18n';
import type { Locale } from '../messages';
import type { Plan } from '../plan-schema';
import { fieldName } from './mapping-diagnostics';
import { PLAN_FIELDS, type PlanField } from './plan-fields';
import type { ObjectiveSource, PlanMap, SkipReason } from './plan-map';

/** One line of the explanation: a label and what was read for it. */
export interface ExplanationLine {
  label: string;
  text: string;
}

/** A key result as read, in words a coordinator checks at a glance. */
export interface KeyResultPreview {
  objective: string;
  title: string;
  values: string;
}

export interface ReadingExplanation {
  lines: ExplanationLine[];
  columns: Array<{ field: PlanField; label: string; column: string | null; header: string }>;
  skipped: string[];
  preview: KeyResultPreview[];
}

const OBJECTIVE_SOURCE: Record<ObjectiveSource, StringKey> = {
  column: 'explain.objectives.column',
  rows: 'explain.objectives.rows',
  tabs: 'explain.objectives.tabs',
  none: 'explain.objectives.none',
};

const SKIP_WHY: Record<SkipReason, StringKey> = {
  blank: 'explain.skip.blank',
  'header-repeat': 'explain.skip.headerRepeat',
  objective: 'explain.skip.objective',
  note: 'explain.skip.note',
  'summary-row': 'explain.skip.summary',
  breakdown: 'explain.skip.breakdown',
  'action-step': 'explain.skip.actionStep',
  'indicator-group': 'explain.skip.indicatorGroup',
  'no-title': 'explain.skip.noTitle',
  rationale: 'explain.skip.rationale',
};

/** The explanation of `plan` as read with `map`; `previewCount` key results are spelled out. */
export function explainReading(
  plan: Plan,
  map: PlanMap,
  locale: Locale,
  previewCount = 5,
): ReadingExplanation {
  const tabs = [map.sheet, ...(map.moreSheets ?? [])]
    .map((tab) => t(locale, 'sheet.quoted', { sheet: tab }))
    .join(', ');
  const lines: ExplanationLine[] = [
    {
      label: t(locale, 'explain.tab'),
      text: t(locale, (map.headerRows ?? 1) > 1 ? 'explain.tabTextRows' : 'explain.tabText', {
        tabs,
        row: map.headerRow + 2 - (map.headerRows ?? 1),
        last: map.headerRow + 1,
      }),
    },
    {
      label: t(locale, 'explain.objectives'),
      text: t(locale, OBJECTIVE_SOURCE[map.objectives ?? 'column'], {
        column: map.columns.objective !== undefined ? columnLetter(map.columns.objective) : '',
      }),
    },
  ];
  if (map.series?.length)
    lines.push({
      label: t(locale, 'explain.series'),
      text: t(locale, 'explain.seriesText', { columns: map.series.map(columnLetter).join(', ') }),
    });
  if (map.due) lines.push({ label: t(locale, 'explain.due'), text: map.due });
  lines.push({
    label: t(locale, 'explain.setBy'),
    text: t(
      locale,
      map.setBy === 'coordinator' ? 'explain.setBy.coordinator' : 'explain.setBy.reader',
    ),
  });
  const columns = PLAN_FIELDS.map((field) => {
    const col = map.columns[field];
    return {
      field,
      label: fieldName(field)[locale],
      column: col === undefined ? null : columnLetter(col),
      header: map.reasons[field] ?? '',
    };
  });
  const skipped = (map.skippedRows ?? []).map((s) =>
    t(locale, 'explain.skippedRow', {
      row: (s.sheet ? `'${s.sheet}' ` : '') + (s.row + 1),
      why: t(locale, SKIP_WHY[s.why]),
    }),
  );
  const preview = plan.objectives
    .flatMap((o) =>
      o.keyResults.map((kr) => ({
        objective: objectiveTitle(o, locale),
        title: kr.title,
        values: previewValues(kr, locale),
      })),
    )
    .slice(0, previewCount);
  return { lines, columns, skipped, preview };
}

function previewValues(
  kr: Plan['objectives'][number]['keyResults'][number],
  locale: Locale,
): string {
  const amount = (v: number | null) => (v === null ? '—' : formatAmount(v, kr.unit, locale));
  return `${amount(kr.baseline)} → ${amount(kr.current)} → ${amount(kr.target)} · ${kr.due ?? '—'}`;
}

/** The explanation as plain text lines, for the command line. */
export function explanationText(explanation: ReadingExplanation, locale: Locale): string {
  const out = explanation.lines.map((l) => `${l.label}: ${l.text}`);
  out.push('', t(locale, 'explain.columns'));
  for (const c of explanation.columns)
    out.push(
      `  ${c.label.padEnd(22)} ${c.column === null ? t(locale, 'explain.notFound') : `${c.column}  "${c.header}"`}`,
    );
  if (explanation.skipped.length)
    out.push('', t(locale, 'explain.skipped'), ...explanation.skipped.map((s) => `  ${s}`));
  out.push('', t(locale, 'explain.preview'));
  for (const p of explanation.preview)
    out.push(`  ${p.title}`, `      ${p.values}   (${p.objective})`);
  return out.join('\n');
}
