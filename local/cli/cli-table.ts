/**
 * The CLI's readable output: one aligned block per key result (objective, key result,
 * baseline → current → target, a text progress bar, status), then the plan-health findings and
 * the reading notes, in the reader's language. Long titles wrap inside their column instead of
 * being cut, so a coordinator reads every word and the columns stay aligned.
 */

import { formatAmount } from '../../shared/dashboard/amounts';
import {
  objectiveTitle,
  progressBar,
  severityLabel,
  statusLabel,
} from '../../shared/dashboard/display-values';
import { t } from '../../shared/i18n';
import type { Diagnostic, Locale } from '../../shared/messages';
import type { Plan } from '../../shared/plan-schema';
import type { Finding, KeyResultPace } from '../../shared/records';

const BAR_WIDTH = 10;
const OBJECTIVE_WIDTH = 28;
const KEY_RESULT_WIDTH = 44;
const STATUS_WIDTH = 14;

/** Splits text into lines of at most `width` characters at spaces; a word longer than a line is cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  return line === '' ? [''] : [...lines, line];
}

/** Lines of one table row: titles wrapped to their column, the other cells on the first line as they are. */
function rowLines(cells: string[], widths: number[]): string[] {
  const wrapped = cells.map((cell, i) => (i < 2 ? wrapText(cell, widths[i]) : [cell]));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, r) =>
    wrapped
      .map((lines, i) => (lines[r] ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
}

/** The whole table as text, lines joined with "\n". */
export function renderPlanTable(
  plan: Plan,
  paces: KeyResultPace[],
  findings: Finding[],
  diagnostics: Diagnostic[],
  locale: Locale,
  today: string,
): string {
  const paceOf = new Map(paces.map((pace) => [pace.keyResultId, pace]));
  const value = (n: number | null, unit: string | null) => formatAmount(n, unit, locale);
  const rows = plan.objectives.flatMap((objective) =>
    objective.keyResults.map((kr, i) => {
      const pace = paceOf.get(kr.id);
      const values = `${value(kr.baseline, kr.unit)} → ${value(pace?.current ?? kr.current, kr.unit)} → ${value(kr.target, kr.unit)}`;
      return {
        first: i === 0,
        cells: [
          i === 0 ? objectiveTitle(objective, locale) : '',
          kr.title,
          values,
          progressBar(pace?.progress ?? null, locale),
          pace ? statusLabel(pace.status, locale, pace.current) : '',
        ],
      };
    }),
  );
  const header = (['objective', 'keyResult', 'values', 'progress', 'status'] as const).map((key) =>
    t(locale, `cli.header.${key}`),
  );
  const widths = [
    OBJECTIVE_WIDTH,
    KEY_RESULT_WIDTH,
    Math.max(header[2].length, ...rows.map((r) => r.cells[2].length)),
    BAR_WIDTH + 5,
    STATUS_WIDTH,
  ];
  const body = rows.flatMap((row, i) => [
    ...(row.first && i > 0 ? [''] : []),
    ...rowLines(row.cells, widths),
  ]);
  const out = [
    t(locale, 'cli.planFrom', { sheet: plan.sheet, row: plan.headerRow + 1, today }),
    '',
    ...rowLines(header, widths),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body,
    '',
  ];
  out.push(t(locale, 'cli.findings', { count: findings.length }));
  out.push(
    ...(findings.length === 0
      ? [`  ${t(locale, 'cli.noFindings')}`]
      : findings.map(
          (f) =>
            `  ${t(locale, 'addon.dashboard.finding', { severity: severityLabel(f.severity, locale), message: f.message[locale] })}${f.cell ? `  [${f.cell}]` : ''}`,
        )),
  );
  if (diagnostics.length > 0) {
    out.push('', t(locale, 'cli.diagnostics', { count: diagnostics.length }));
    out.push(
      ...diagnostics.map(
        (d) =>
          `  ${t(locale, 'addon.dashboard.finding', { severity: severityLabel(d.severity, locale), message: d.message[locale] })}${d.cell ? `  [${d.cell}]` : ''}`,
      ),
    );
  }
  return out.join('\n');
}
