/**
 * Breakdown rows (category 7): a district key result followed by one row per school for the same
 * measure — indented, or named after the schools of a Schools tab that is generated too. School
 * rows are a breakdown of the key result above, never key results of their own.
 */
import type { Column, RowData } from './columns';
import type { FeaturePicker } from './features';
import { roundTo, type KrModel, type PlanContext } from './model';
import { cell, SheetBuilder, type Cell } from './sheet-builder';
import { writeValue } from './values';
import { PEOPLE, SCHOOLS } from './vocabulary';

export interface Breakdown {
  rowsAfter: (row: RowData, columns: Column[]) => Cell[][];
  schoolsTab: SheetBuilder | null;
}

/** Picks the key results broken down by school and how; null when the plan has no breakdown. */
export function planBreakdown(
  ctx: PlanContext,
  picker: FeaturePicker,
  krs: KrModel[],
  allowIndent: boolean,
): Breakdown | null {
  const options = allowIndent
    ? (['breakdown:indented', 'breakdown:schools-tab'] as const)
    : (['breakdown:schools-tab'] as const);
  const kind = picker.oneOrNone(options, 0.15);
  if (!kind) return null;
  const { rng, language } = ctx;
  const candidates = krs.filter(
    (kr) => kr.measure.kind === 'percent' || kr.measure.kind === 'score',
  );
  const chosen = new Set(rng.sample(candidates.length ? candidates : krs, rng.int(1, 2)));
  const schools = rng.sample(SCHOOLS, rng.int(2, 4)).map((s) => s[language]);
  const indent = rng.pick(['    ', '   – ', '      ']);
  const name = (school: string) => (kind === 'breakdown:indented' ? `${indent}${school}` : school);
  return {
    rowsAfter: (row, columns) =>
      chosen.has(row.kr)
        ? schools.map((school) => schoolRow(ctx, row.kr, columns, name(school)))
        : [],
    schoolsTab: kind === 'breakdown:schools-tab' ? schoolsTab(ctx) : null,
  };
}

function schoolRow(ctx: PlanContext, kr: KrModel, columns: Column[], title: string): Cell[] {
  const factor = 0.9 + ctx.rng.next() * 0.2;
  const style =
    kr.style === 'ratio' || kr.style === 'units'
      ? 'plain'
      : kr.style === 'ratio-percent'
        ? 'percent-text'
        : kr.style;
  const school: KrModel = { ...kr, style };
  const write = (v: number | null | undefined): Cell =>
    v === null || v === undefined
      ? { v: null }
      : writeValue(school, scaled(kr, v, factor), null, ctx.language, ctx.rng);
  let series = 0;
  return columns.map((c) => {
    if (c.role === 'title') return cell(title);
    if (c.role === 'baseline' || c.role === 'current' || c.role === 'target')
      return write(kr[c.role]);
    if (c.role === 'series') return write(kr.series?.[series++]);
    return { v: null };
  });
}

function scaled(kr: KrModel, v: number, factor: number): number {
  const cap =
    kr.measure.kind === 'percent' || kr.style === 'ratio-percent'
      ? 100
      : (kr.measure.outOf ?? Infinity);
  return Math.min(cap, roundTo(v * factor, kr.measure.decimals));
}

/** The Schools tab: every school with its principal, grades and enrolment. */
function schoolsTab(ctx: PlanContext): SheetBuilder {
  const fr = ctx.language === 'fr';
  const sheet = new SheetBuilder(fr ? 'Écoles' : 'Schools');
  sheet.add(
    fr
      ? ['École', 'Direction', 'Niveaux', 'Effectif']
      : ['School', 'Principal', 'Grades', 'Enrollment'],
  );
  SCHOOLS.forEach((s, i) =>
    sheet.add([
      s[ctx.language],
      PEOPLE[i % PEOPLE.length],
      i % 3 === 2 ? '6-8' : 'K-5',
      240 + ((i * 97) % 400),
    ]),
  );
  return sheet;
}
