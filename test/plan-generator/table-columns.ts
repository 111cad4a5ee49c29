/**
 * Assembles a plan's columns from its features: title, indicator, baseline/current/target (or a
 * series), due, and the competing columns. Each column's header comes from the header writers and
 * each value from the value writers.
 */
import type { Column, RowData } from './columns';
import { datedTargetHeader, headerWord, qualified, type Role } from './headers';
import type { FeaturePicker } from './features';
import type { PlanContext } from './model';
import { cell, blank, utcDate, type Cell } from './sheet-builder';
import { annotate, MISSING_WORDS, numberText, percentText, writeValue } from './values';
import { dueCell } from './due';
import type { DueMode } from './plan-spec';

export interface ColumnPlan {
  objectiveColumn: boolean;
  targetColumn: boolean;
  dueMode: DueMode;
  /** Month of the due date named in the target header, when dueMode is target-header. */
  headerDue?: { month: number; year: number };
  owner: boolean;
  bracket: boolean;
  question: boolean;
}

/** The value columns every layout shares: baseline, current, target. */
export function valueColumns(ctx: PlanContext, plan: ColumnPlan, picker: FeaturePicker): Column[] {
  const { language, rng } = ctx;
  const columns: Column[] = [];
  const word = (role: Role, avoid: string[] = []) => {
    let w = headerWord(role, language, rng, avoid);
    if (plan.question && role === 'current' && language === 'fr') {
      w = 'Où en sommes-nous ?';
      picker.mark('headers:question');
    } else if (plan.question && role === 'current') {
      w = rng.pick(['Where are we now?', 'Where are we?']);
      picker.mark('headers:question');
    }
    if (plan.bracket && rng.chance(0.6)) {
      const q = qualified(role, w, language, role === 'baseline' ? ctx.year : ctx.year + 1, rng);
      if (q !== w) picker.mark('headers:bracket-qualifiers');
      return q;
    }
    return w;
  };
  columns.push({
    role: 'baseline',
    header: word('baseline'),
    write: (r) => numberCell(ctx, r, 'baseline'),
  });
  columns.push({ role: 'current', header: word('current'), write: (r) => currentCell(ctx, r) });
  if (plan.targetColumn) {
    const header = plan.headerDue
      ? datedTargetHeader(language, plan.headerDue.month, plan.headerDue.year, rng)
      : headerWord('target', language, rng);
    columns.push({ role: 'target', header, write: (r) => numberCell(ctx, r, 'target') });
  }
  return [...columns, ...dueColumns(ctx, plan)];
}

/** The due column, when the plan has one. */
export function dueColumns(ctx: PlanContext, plan: ColumnPlan): Column[] {
  if (plan.dueMode !== 'column-date' && plan.dueMode !== 'column-text') return [];
  return [
    {
      role: 'due',
      header: headerWord('due', ctx.language, ctx.rng),
      write: (r) => dueCell(ctx, r.kr.due, plan.dueMode === 'column-text'),
    },
  ];
}

/** The cell of baseline or target for a row. */
export function numberCell(ctx: PlanContext, row: RowData, role: 'baseline' | 'target'): Cell {
  const kr = row.kr;
  const value = kr[role];
  if (value === null) return blank;
  const written = writeValue(kr, value, kr.counts ? kr.counts[role] : null, ctx.language, ctx.rng);
  return role === 'target' && kr.dueText ? cell(`${asText(written, ctx)} ${kr.dueText}`) : written;
}

/** A written value as the text a person would type for it ("42%" for a percent-formatted 0.42). */
function asText(written: Cell, ctx: PlanContext): string {
  if (typeof written.v !== 'number') return String(written.v);
  if (written.fmt?.includes('%'))
    return percentText(Math.round(written.v * 1000) / 10, ctx.language, ctx.rng);
  return numberText(written.v, ctx.language);
}

/** The current cell: a value, a missing word, or an annotated value. */
export function currentCell(ctx: PlanContext, row: RowData): Cell {
  const kr = row.kr;
  if (kr.current === null)
    return kr.currentNote === 'missing' ? cell(ctx.rng.pick(MISSING_WORDS[ctx.language])) : blank;
  const written = writeValue(
    kr,
    kr.current,
    kr.counts ? kr.counts.current : null,
    ctx.language,
    ctx.rng,
  );
  return kr.currentNote === 'annotation' ? annotate(written, ctx.language, ctx.rng) : written;
}

/** Owner column. */
export function ownerColumn(ctx: PlanContext): Column {
  return {
    role: 'owner',
    header: headerWord('owner', ctx.language, ctx.rng),
    write: (r) => cell(r.kr.owner),
  };
}

export { utcDate };
