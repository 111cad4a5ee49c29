/**
 * Due dates: the dates a plan's key results fall due in its school year, and how a due column
 * writes them (a date cell, or text: "2026-05-31", "May 31, 2026", "June 2026", "31/05/2026",
 * "31 mai 2026", "mai 2026"). Month-only text is used only for a month's last day.
 */
import { lastDayOfMonth, type PlanContext } from './model';
import { cell, utcDate, type Cell } from './sheet-builder';
import { MONTHS } from './vocabulary';

/** A due date inside the school year starting in `year`; every day is above 12 so no text date is ambiguous. */
export function drawDue(ctx: PlanContext): string {
  const y = ctx.year + 1;
  return ctx.rng.pick([
    `${ctx.year}-12-18`,
    `${y}-01-31`,
    `${y}-03-31`,
    `${y}-05-29`,
    lastDayOfMonth(y, 5),
    `${y}-06-15`,
    lastDayOfMonth(y, 6),
  ]);
}

/** A due cell: a Date at UTC midnight with a date format, or the date as text. */
export function dueCell(ctx: PlanContext, due: string | null, asText: boolean): Cell {
  if (due === null) return { v: null };
  const { rng, language } = ctx;
  if (!asText)
    return cell(
      utcDate(due),
      rng.pick(
        language === 'fr'
          ? ['dd/mm/yyyy', 'yyyy-mm-dd', 'd mmm yyyy']
          : ['yyyy-mm-dd', 'm/d/yyyy', 'mmm d, yyyy'],
      ),
    );
  const [y, m, d] = due.split('-').map(Number);
  const monthOnly = due === lastDayOfMonth(y, m);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const options =
    language === 'fr'
      ? [
          `${dd}/${mm}/${y}`,
          `${d} ${MONTHS.fr[m - 1]} ${y}`,
          ...(monthOnly ? [`${MONTHS.fr[m - 1]} ${y}`] : []),
        ]
      : [
          due,
          `${MONTHS.en[m - 1]} ${d}, ${y}`,
          `${m}/${d}/${y}`,
          ...(monthOnly ? [`${MONTHS.en[m - 1]} ${y}`] : []),
        ];
  return cell(rng.pick(options));
}

/** "by May 2026" / "d'ici mai 2026": a due phrase written after a target value; the month's last day. */
export function duePhrase(
  ctx: PlanContext,
  month: number,
  year: number,
): { text: string; due: string } {
  const name = MONTHS[ctx.language][month - 1];
  const text =
    ctx.language === 'fr'
      ? `${ctx.rng.pick(["d'ici", 'd’ici'])} ${name} ${year}`
      : `${ctx.rng.pick(['by', 'by end of'])} ${name} ${year}`;
  return { text, due: lastDayOfMonth(year, month) };
}
