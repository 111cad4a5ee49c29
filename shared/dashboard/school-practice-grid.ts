/**
 * The school × practice grid: evidence of the last 30 days per school and practice. The school's own
 * practice is outlined; a zero there (no recent evidence of the practice the school chose) is shaded
 * so silent schools stand out.
 */
import type { Locale } from '../messages';
import type { EvidenceRecord, School } from '../records';
import { t } from '../i18n';
import type { LayoutGrid } from './layout-grid';

const key = (text: string) => text.trim().toLowerCase();

/** Practices in the order schools chose them, then any other practice tagged on evidence. */
export function practiceColumns(schools: School[], evidence: EvidenceRecord[]): string[] {
  const seen = new Map<string, string>();
  for (const name of [...schools.map((s) => s.practice), ...evidence.map((e) => e.practice)]) {
    if (name.trim() && !seen.has(key(name))) seen.set(key(name), name.trim());
  }
  return [...seen.values()];
}

/** Appends the grid: a row per school, a column per practice (at most what fits beside the school names). */
export function addSchoolPracticeGrid(
  grid: LayoutGrid,
  schools: School[],
  recent: EvidenceRecord[],
  locale: Locale,
): void {
  grid.addRow();
  grid.addLine(t(locale, 'addon.dashboard.gridTitle'), {
    bold: true,
    fontSize: 12,
    background: '#137333',
    color: '#ffffff',
  });
  const practices = practiceColumns(schools, recent).slice(0, grid.width - 2);
  const header = grid.addRow([
    t(locale, 'addon.dashboard.col.school'),
    ...practices,
    t(locale, 'addon.dashboard.col.total'),
  ]);
  grid.style(
    { row: header, col: 0, rows: 1, cols: practices.length + 2 },
    { bold: true, background: '#e6f4ea', wrap: true },
  );
  const counts = new Map<string, number>();
  for (const e of recent)
    counts.set(
      `${key(e.school)}|${key(e.practice)}`,
      (counts.get(`${key(e.school)}|${key(e.practice)}`) ?? 0) + 1,
    );
  const rows =
    schools.length > 0
      ? schools
      : [...new Set(recent.map((e) => e.school.trim()).filter(Boolean))].map((name, row) => ({
          name,
          practice: '',
          principal: '',
          coaches: [],
          row,
        }));
  if (rows.length === 0) {
    grid.addLine(t(locale, 'addon.dashboard.gridEmpty'), { italic: true, color: '#5f6368' });
    return;
  }
  for (const school of rows) {
    const cells = practices.map((p) => counts.get(`${key(school.name)}|${key(p)}`) ?? 0);
    const total = [...counts.entries()]
      .filter(([k]) => k.startsWith(`${key(school.name)}|`))
      .reduce((sum, [, n]) => sum + n, 0);
    const row = grid.addRow([school.name, ...cells.map((n) => (n === 0 ? '' : n)), total]);
    grid.style({ row, col: 1, rows: 1, cols: practices.length + 1 }, { align: 'center' });
    practices.forEach((p, i) => {
      if (key(p) !== key(school.practice)) return;
      grid.style(
        { row, col: 1 + i, rows: 1, cols: 1 },
        cells[i] === 0
          ? { background: '#f4c7c3', color: '#a50e0e', bold: true }
          : { background: '#d9ead3', bold: true },
      );
      if (cells[i] === 0) grid.set(row, 1 + i, 0);
    });
  }
}
