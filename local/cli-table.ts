/**
 * The CLI's readable output: one aligned line per key result (objective, key result,
 * baseline → current → target, a text progress bar, status), then the plan-health findings and
 * the reading notes, in the reader's language.
 */
import type { Diagnostic, Locale } from '../shared/messages';
import type { Plan } from '../shared/plan-schema';
import type { Finding, KeyResultPace } from '../shared/records';
import { t, type StringKey } from '../shared/i18n';

const BAR_WIDTH = 10;

/** A progress bar like "█████░░░░░  50%"; blank dots when there is no progress to show. */
export function progressBar(progress: number | null): string {
  if (progress === null) return '·'.repeat(BAR_WIDTH) + '    ';
  const filled = Math.round(progress * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled) + ` ${String(Math.round(progress * 100)).padStart(3)}%`;
}

/** A value as the sheet shows it: at most two decimals, "%" when the unit is percent. */
export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '–';
  const text = String(Math.round(value * 100) / 100);
  return unit?.trim() === '%' ? `${text}%` : text;
}

function fit(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}

/** The whole table as text, lines joined with "\n". */
export function renderPlanTable(plan: Plan, paces: KeyResultPace[], findings: Finding[], diagnostics: Diagnostic[], locale: Locale, today: string): string {
  const paceOf = new Map(paces.map((pace) => [pace.keyResultId, pace]));
  const rows = plan.objectives.flatMap((objective) =>
    objective.keyResults.map((kr, i) => {
      const pace = paceOf.get(kr.id);
      const values = `${formatValue(kr.baseline, kr.unit)} → ${formatValue(pace?.current ?? kr.current, kr.unit)} → ${formatValue(kr.target, kr.unit)}`;
      return [i === 0 ? objective.title : '', kr.title, values, progressBar(pace?.progress ?? null), pace ? t(locale, `status.${pace.status}` as StringKey) : ''];
    }),
  );
  const header = (['objective', 'keyResult', 'values', 'progress', 'status'] as const).map((key) => t(locale, `cli.header.${key}`));
  const widths = [30, 48, Math.max(header[2].length, ...rows.map((r) => r[2].length)), BAR_WIDTH + 5, 14];
  const line = (cells: string[]) => cells.map((cell, i) => fit(cell, widths[i])).join('  ').trimEnd();
  const out = [t(locale, 'cli.planFrom', { sheet: plan.sheet, row: plan.headerRow + 1, today }), '', line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line), ''];
  out.push(t(locale, 'cli.findings', { count: findings.length }));
  out.push(...(findings.length === 0 ? [`  ${t(locale, 'cli.noFindings')}`] : findings.map((f) => `  ${t(locale, `severity.${f.severity}`)}: ${f.message[locale]}${f.cell ? `  [${f.cell}]` : ''}`)));
  if (diagnostics.length > 0) {
    out.push('', t(locale, 'cli.diagnostics', { count: diagnostics.length }));
    out.push(...diagnostics.map((d) => `  ${t(locale, `severity.${d.severity}`)}: ${d.message[locale]}${d.cell ? `  [${d.cell}]` : ''}`));
  }
  return out.join('\n');
}
