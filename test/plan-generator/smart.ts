/**
 * SMART sentences (category 6): each key result written as one sentence that carries its own
 * baseline, target, due date and direction ("By May 2026, the share of … will rise from 38% to
 * 50%", "Reduce … to below 12% (2024-25: 19%) by the end of the year"), with a progress column
 * giving the current value. "By the end of the year" means 30 June ending the plan's school year.
 */
import type { Column } from './columns';
import { headerWord } from './headers';
import { lastDayOfMonth, schoolYearLabel, type KrModel, type PlanContext } from './model';
import { currentCell } from './table-columns';
import { numberText, percentText } from './values';
import { MONTHS } from './vocabulary';

/** Rewrites a key result as a SMART sentence; sets its title, due date and (sometimes) drops its baseline. */
export function writeSentence(ctx: PlanContext, kr: KrModel): void {
  const { rng, language } = ctx;
  const fr = language === 'fr';
  const value = (v: number) =>
    kr.measure.kind === 'percent' ? percentText(v, language, rng) : numberText(v, language);
  const subject = fr ? subjectFr(kr) : subjectEn(kr);
  const month = rng.pick([3, 5, 6]);
  const y = ctx.year + 1;
  const when = `${fr ? MONTHS.fr[month - 1] : MONTHS.en[month - 1]} ${y}`;
  const b = value(kr.baseline!);
  const t = value(kr.target!);
  const prev = fr ? `${ctx.year - 1}-${ctx.year}` : schoolYearLabel(ctx.year - 1);
  const endOfYear = `${y}-06-30`;
  const byMonth = lastDayOfMonth(y, month);
  const increase = kr.measure.direction === 'increase';
  const templates: Array<[string, string, boolean]> = increase
    ? fr
      ? [
          [`D’ici ${when}, ${subject} passera de ${b} à ${t}`, byMonth, true],
          [`Augmenter ${subject} de ${b} à ${t} d’ici ${when}`, byMonth, true],
          [`Augmenter ${subject} à ${t} d’ici la fin de l’année`, endOfYear, false],
        ]
      : [
          [`By ${when}, ${subject} will rise from ${b} to ${t}`, byMonth, true],
          [`Increase ${subject} from ${b} to ${t} by ${when}`, byMonth, true],
          [`Raise ${subject} to ${t} by the end of the year`, endOfYear, false],
        ]
    : fr
      ? [
          [
            `Réduire ${subject} sous ${t} (${prev} : ${b}) d’ici la fin de l’année`,
            endOfYear,
            true,
          ],
          [`D’ici ${when}, diminuer ${subject} de ${b} à ${t}`, byMonth, true],
          [`Diminuer ${subject} à ${t} d’ici ${when}`, byMonth, false],
        ]
      : [
          [
            `Reduce ${subject} to below ${t} (${prev}: ${b}) by the end of the year`,
            endOfYear,
            true,
          ],
          [`By ${when}, lower ${subject} from ${b} to ${t}`, byMonth, true],
          [`Decrease ${subject} to ${t} by ${when}`, byMonth, false],
        ];
  const [sentence, due, withBaseline] = rng.pick(templates);
  kr.sentence = sentence;
  kr.title = sentence;
  kr.due = due;
  if (!withBaseline) kr.baseline = null;
}

function lowerFirst(title: string): string {
  return /^(English|MAP|ST|Zearn)\b/.test(title)
    ? title
    : title.charAt(0).toLowerCase() + title.slice(1);
}

function subjectEn(kr: KrModel): string {
  const lc = lowerFirst(kr.measure.title.en);
  if (/\brate\b/.test(lc) || kr.measure.kind === 'score') return `the ${lc}`;
  return kr.measure.kind === 'percent' ? `the share of ${lc}` : `the number of ${lc}`;
}

function subjectFr(kr: KrModel): string {
  const lc = lowerFirst(kr.measure.title.fr);
  const de = /^[aeiouyéèêh]/i.test(lc) ? 'd’' : 'de ';
  if (/^taux\b/.test(lc) || /^score\b/.test(lc)) return `le ${lc}`;
  if (/^note\b/.test(lc)) return `la ${lc}`;
  return kr.measure.kind === 'percent' ? `la proportion ${de}${lc}` : `le nombre ${de}${lc}`;
}

/** The progress column of a SMART plan: the current value, nothing else. */
export function progressColumn(ctx: PlanContext): Column {
  return {
    role: 'current',
    header: headerWord('progress', ctx.language, ctx.rng),
    write: (r) => currentCell(ctx, r),
  };
}
