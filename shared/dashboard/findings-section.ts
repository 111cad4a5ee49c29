/**
 * Plan health on the Dashboard: each finding in words, its severity, and a link to the cell it is
 * about, so the coordinator can go straight to the row to fix.
 */
import type { Locale } from '../messages';
import type { Finding } from '../records';
import { t } from '../i18n';
import type { LayoutGrid } from './layout-grid';

const SEVERITY_STYLE = {
  error: { background: '#f4c7c3', color: '#a50e0e' },
  warning: { background: '#fce8b2', color: '#7a4f01' },
  info: { background: '#e8f0fe', color: '#174ea6' },
} as const;

/** A rule firing for 200 schools would bury the rest: show a few of each, then the count. */
const PER_RULE = 5;
const ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_KEYS = { error: 'addon.severity.error', warning: 'addon.severity.warning', info: 'addon.severity.info' } as const;

export function addFindings(grid: LayoutGrid, findings: Finding[], locale: Locale): void {
  grid.addRow();
  grid.addLine(t(locale, 'addon.dashboard.findingsTitle', { n: findings.length }), { bold: true, fontSize: 12, background: '#b06000', color: '#ffffff' });
  if (findings.length === 0) {
    grid.addLine(t(locale, 'addon.dashboard.findingsNone'), { italic: true, color: '#137333' });
    return;
  }
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const shownPerRule = new Map<string, number>();
  for (const finding of sorted) {
    const shown = (shownPerRule.get(finding.rule) ?? 0) + 1;
    shownPerRule.set(finding.rule, shown);
    if (shown > PER_RULE) continue;
    const row = grid.addRow([finding.message[locale], t(locale, SEVERITY_KEYS[finding.severity])]);
    grid.style({ row, col: 0, rows: 1, cols: 1 }, { wrap: true });
    grid.style({ row, col: 1, rows: 1, cols: 1 }, { ...SEVERITY_STYLE[finding.severity], bold: true, align: 'center' });
    if (finding.cell) grid.link(row, 2, finding.cell, t(locale, 'addon.dashboard.goToCell', { cell: finding.cell.replace(/^'(.*)'!/, '$1!') }));
    else if (finding.place.name) grid.set(row, 2, finding.place.name);
  }
  for (const [rule, count] of shownPerRule) {
    if (count > PER_RULE) grid.addRow([t(locale, 'addon.dashboard.findingsMore', { n: count - PER_RULE, rule })], { italic: true, color: '#5f6368', wrap: true });
  }
}
