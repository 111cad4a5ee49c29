/**
 * The Summary tab for principals: plain language, printable, one section per school — the district's
 * objectives, the school's practice, each key result's status in words, the three latest pieces of
 * evidence from the school, and what comes next. Quotes are shown as the coach clipped them.
 */
import type { Locale } from '../messages';
import type { Layout } from '../layout';
import type { EvidenceRecord, School, Support } from '../records';
import type { PlanSnapshot } from '../plan-snapshot';
import { t } from '../i18n';
import { LayoutGrid } from '../dashboard/layout-grid';
import { addBanner } from '../dashboard/build-dashboard';
import { typeLabel } from '../dashboard/evidence-counts';
import { isoDay, longDate, objectiveTitle } from '../dashboard/display-values';
import { keyResultSentence } from './key-result-sentence';

const WIDTH = 1;
const QUOTE_MAX = 280;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const newestFirst = (a: EvidenceRecord, b: EvidenceRecord) =>
  a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : b.row - a.row;
const schoolKey = (name: string) => name.trim().toLowerCase();

/**
 * The `n` latest pieces of evidence of every school, newest first, in one pass over the evidence
 * (a district has 200 schools and 100,000 rows: filtering all rows per school is what made it slow).
 */
export function latestEvidenceBySchool(
  evidence: EvidenceRecord[],
  n = 3,
): Map<string, EvidenceRecord[]> {
  const bySchool = new Map<string, EvidenceRecord[]>();
  for (const e of evidence) {
    if (!e.quote.trim() && !e.note.trim()) continue;
    const key = schoolKey(e.school);
    const list = bySchool.get(key) ?? [];
    if (list.length === n && newestFirst(e, list[n - 1]) >= 0) continue;
    list.push(e);
    list.sort(newestFirst);
    if (list.length > n) list.pop();
    bySchool.set(key, list);
  }
  return bySchool;
}

/** The latest evidence of a school, newest first. */
export function latestEvidence(
  evidence: EvidenceRecord[],
  school: string,
  n = 3,
): EvidenceRecord[] {
  return latestEvidenceBySchool(evidence, n).get(schoolKey(school)) ?? [];
}

/** Upcoming supports for a school (blank Schools column = every school), soonest first. */
export function comingNext(supports: Support[], school: string, today: string, n = 3): Support[] {
  return supports
    .filter(
      (s) =>
        s.status !== 'held' &&
        (s.end ?? s.start ?? '') >= today &&
        (s.schools.length === 0 || s.schools.some((x) => same(x, school))),
    )
    .sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1))
    .slice(0, n);
}

/** When a support comes next: its start, or "until <end>" when it is already under way (never a past date). */
export function whenNext(support: Support, today: string, locale: Locale): string {
  if (!support.start) return t(locale, 'addon.summary.dateTbd');
  if (support.start < today && support.end && support.end >= today)
    return t(locale, 'addon.summary.until', { date: longDate(support.end, locale) });
  return longDate(support.start, locale);
}

function heading(grid: LayoutGrid, text: string): void {
  grid.addLine(text, { bold: true, color: '#174ea6' }, WIDTH);
}

/** The plan's objectives and key-result sentences, the same in every school's section: written once. */
function planSentences(
  input: PlanSnapshot,
  locale: Locale,
): Array<{ title: string; sentences: string[] }> {
  const paceById = new Map(input.paces.map((p) => [p.keyResultId, p]));
  return input.plan.objectives.map((objective) => ({
    title: objectiveTitle(objective, locale),
    sentences: objective.keyResults.map((kr) =>
      keyResultSentence(kr, paceById.get(kr.id), input.today, locale),
    ),
  }));
}

function addSchoolSection(
  grid: LayoutGrid,
  input: PlanSnapshot,
  school: School | null,
  locale: Locale,
  latestBySchool: Map<string, EvidenceRecord[]>,
  plan: ReturnType<typeof planSentences>,
): void {
  const name = school?.name ?? t(locale, 'addon.summary.allSchools');
  grid.addRow();
  grid.addLine(name, { bold: true, fontSize: 14, background: '#e8f0fe', color: '#174ea6' }, WIDTH);
  if (school) {
    const people = t(locale, 'addon.summary.people', {
      principal: school.principal || '—',
      coach: school.coaches.join(', ') || '—',
    });
    grid.addLine(people, { color: '#5f6368' }, WIDTH);
    grid.addLine(
      t(locale, 'addon.summary.practice', {
        practice: school.practice || t(locale, 'addon.summary.noPractice'),
      }),
      { bold: true, wrap: true },
      WIDTH,
    );
  }
  heading(grid, t(locale, 'addon.summary.objectives'));
  plan.forEach((objective, i) => {
    grid.addLine(`${i + 1}. ${objective.title}`, { bold: true, wrap: true }, WIDTH);
    for (const sentence of objective.sentences)
      grid.addLine(`• ${sentence}`, { wrap: true }, WIDTH);
  });
  heading(grid, t(locale, 'addon.summary.latestEvidence'));
  const latest = school
    ? (latestBySchool.get(schoolKey(school.name)) ?? [])
    : [...input.evidence].sort(newestFirst).slice(0, 3);
  if (latest.length === 0)
    grid.addLine(t(locale, 'addon.summary.noEvidence'), { italic: true, color: '#5f6368' }, WIDTH);
  for (const e of latest) {
    const text = (e.quote.trim() || e.note.trim()).replace(/\s+/g, ' ');
    const quote = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
    const line = grid.addLine(
      locale === 'fr' ? `« ${quote} »` : `“${quote}”`,
      { italic: true, wrap: true },
      WIDTH,
    );
    grid.webLink(line, 0, e.sourceUrl); // a principal clicks the quote to read it in its context
    grid.addLine(
      `— ${typeLabel(e.type, locale)}, ${longDate(isoDay(e.capturedAt) || e.capturedAt, locale)}`,
      { color: '#5f6368', fontSize: 9 },
      WIDTH,
    );
  }
  heading(grid, t(locale, 'addon.summary.next'));
  const next = comingNext(input.supports, school?.name ?? '', input.today);
  if (next.length === 0)
    grid.addLine(t(locale, 'addon.summary.nothingNext'), { italic: true, color: '#5f6368' }, WIDTH);
  for (const s of next)
    grid.addLine(
      `• ${whenNext(s, input.today, locale)} — ${s.title}${s.facilitator ? ` (${s.facilitator})` : ''}`,
      { wrap: true },
      WIDTH,
    );
}

export function buildSummary(input: PlanSnapshot, locale: Locale): Layout {
  const grid = new LayoutGrid(WIDTH);
  addBanner(grid, input.today, locale, WIDTH, true);
  grid.addLine(
    input.plan.title
      ? t(locale, 'addon.summary.title', { plan: input.plan.title })
      : t(locale, 'addon.summary.titleDefault'),
    { bold: true, fontSize: 16, wrap: true },
    WIDTH,
  );
  grid.addLine(
    t(locale, 'addon.summary.asOf', { date: longDate(input.today, locale) }),
    { color: '#5f6368' },
    WIDTH,
  );
  const schools: (School | null)[] = input.schools.length > 0 ? input.schools : [null];
  const latestBySchool = latestEvidenceBySchool(input.evidence);
  const plan = planSentences(input, locale);
  schools.forEach((school, i) => {
    if (i > 0) grid.pageBreak(); // printed, each school gets its own page; the first shares the title's
    addSchoolSection(grid, input, school, locale, latestBySchool, plan);
  });
  return grid.build([640], 1); // 6.7 in: fits the printable width of a Letter or an A4 page at normal margins
}
