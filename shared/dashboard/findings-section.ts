/**
 * Plan health on the Dashboard: each finding in words, its severity, and a link to the cell it is
 * about, so the coordinator can go straight to the row to fix.
 */
import { SEVERITY_ORDER, type Locale } from '../messages';
import { severityLabel } from './display-values';
import type { Finding } from '../records';
import { render, t } from '../i18n';
import type { LayoutGrid } from './layout-grid';

const SEVERITY_STYLE = {
  error: { background: '#f4c7c3', color: '#a50e0e' },
  warning: { background: '#fce8b2', color: '#7a4f01' },
  info: { background: '#e8f0fe', color: '#3c4043' }, // dark text: blue would read as a link
} as const;

/** A rule firing for 200 schools would bury the rest: show a few of each, then the count. */
const PER_RULE = 5;

/** Columns the finding's sentence overflows across (one line each), and the column of its link. */
const TEXT_COLS = 11;
const LINK_COL = 11;

/**
 * One line per finding, severity first ("Check: …"), tinted by severity across the table so the
 * list reads at a glance, with a link to the cell on the right. The sentence is not wrapped: it runs
 * over the empty cells beside it, so a finding never makes a tall, narrow row.
 */
export function addFindings(grid: LayoutGrid, findings: Finding[], locale: Locale): void {
  grid.addRow();
  grid.addLine(t(locale, 'addon.dashboard.findingsTitle', { n: findings.length }), {
    bold: true,
    fontSize: 12,
    background: '#b06000',
    color: '#ffffff',
  });
  if (findings.length === 0) {
    grid.addLine(t(locale, 'addon.dashboard.findingsNone'), { italic: true, color: '#137333' });
    return;
  }
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const shownPerRule = new Map<string, number>();
  for (const finding of sorted) {
    const shown = (shownPerRule.get(finding.rule) ?? 0) + 1;
    shownPerRule.set(finding.rule, shown);
    if (shown > PER_RULE) continue;
    const label = severityLabel(finding.severity, locale);
    const row = grid.addRow([
      t(locale, 'addon.dashboard.finding', {
        severity: label,
        message: render(locale, finding.message),
      }),
    ]);
    const tint = SEVERITY_STYLE[finding.severity];
    grid.style({ row, col: 0, rows: 1, cols: TEXT_COLS }, { background: tint.background });
    grid.style({ row, col: 0, rows: 1, cols: 1 }, { color: tint.color });
    if (finding.cell)
      grid.link(
        row,
        LINK_COL,
        finding.cell,
        t(locale, 'addon.dashboard.goToCell', { cell: cellLabel(finding.cell, locale) }),
      );
    else if (finding.place.name) grid.set(row, LINK_COL, finding.place.name);
  }
  for (const count of shownPerRule.values()) {
    if (count > PER_RULE)
      grid.addRow([t(locale, 'addon.dashboard.findingsMore', { n: count - PER_RULE })], {
        italic: true,
        color: '#5f6368',
      });
  }
}

/** `'Plan'!A3` → "Plan, cell A3": what a coordinator reads, not A1 notation. */
export function cellLabel(target: string, locale: Locale): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(target);
  if (!m) return target;
  return t(locale, 'addon.dashboard.cellIn', {
    tab: (m[1] ?? m[2]).replace(/''/g, "'"),
    cell: m[3],
  });
}
