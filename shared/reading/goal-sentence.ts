/**
 * Key results written as SMART sentences carry their own numbers: "By May 2026, the share of grade 4
 * students scoring proficient will rise from 38% to 50%", "Reduce chronic absence to below 12%
 * (2024-25: 19%) by the end of the year", "Faire passer de 41 % à 55 % la part des élèves … d'ici
 * juin 2026". This reads the baseline, target, due date and direction a sentence states, for the
 * fields no column gives. It reads phrases (from … to …, to below …, by <date>, a value in brackets
 * with a year or "baseline"), never the other numbers of the sentence ("grade 4", "Tier 3").
 */
import type { Direction } from '../plan-schema';
import { readDateText } from './dates';
import { foldText } from './normalize-text';

/** What a goal sentence states; every field is absent when the sentence does not say it. */
export interface GoalSentence {
  baseline?: number;
  target?: number;
  due?: string;
  direction?: Direction;
  /** True when the stated values are written in percent. */
  percent?: boolean;
}

/** A number, never an ordinal ("3e année", "3rd grade"), with its percent sign if any. */
const NUM = String.raw`([-−]?\d+(?:[.,]\d+)?)(?![\p{L}\d])\s*(%|pts?|points?|percent|pour ?cent)?`;
const FROM_TO = new RegExp(
  String.raw`\b(?:from|de|d')\s*(?:a\s+baseline\s+of\s+|un\s+point\s+de\s+depart\s+de\s+)?${NUM}\s*(?:\w+\s+){0,3}?(?:to|a|à|vers|jusqu'?a)\s+(?:(?:at least|at most|au moins|au plus)\s+)?${NUM}`,
  'gu',
);
const BOUND = `(?:below|under|less than|fewer than|no more than|at most|above|over|more than|at least|moins de|plus de|au moins|au plus|sous(?: la barre de)?|au-dessous de|au-dessus de|inferieure? a|superieure? a)`;
const TO_TARGET = new RegExp(
  String.raw`\b(?:to|a|à|reach|reaches|atteindre|atteigne|atteignent)\s+(?:${BOUND}\s+)?${NUM}`,
  'gu',
);
const BOUND_TARGET = new RegExp(String.raw`\b${BOUND}\s+${NUM}`, 'gu');
const YEAR_SPAN = String.raw`(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?`;
const BRACKET_BASELINE = new RegExp(
  String.raw`[(\[]\s*(?:(?:baseline|base|currently|actuellement|point de depart|depart|en|in|was|etait)\s*(?:${YEAR_SPAN})?|${YEAR_SPAN})\s*[:=]?\s*${NUM}\s*[)\]]`,
  'u',
);
const WORD_BASELINE = new RegExp(
  String.raw`\b(?:currently|actuellement|baseline(?: of)?|up from|down from|compared with|contre)\s*:?\s*${NUM}`,
  'u',
);
const DUE =
  /\b(?:by|before|until|d'ici|d’ici|avant|au plus tard|en)\s+(?:the\s+|le\s+|la\s+|l')?((?:end of |fin )?(?:\d{1,2}(?:st|nd|rd|th|er)?\s+)?[a-zéû]+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}[-/]\d{1,2}(?:[-/]\d{1,2})?|\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2})/u;
const END_OF_YEAR =
  /\b(?:by|before|d'ici|d’ici|avant)\s+(?:the\s+)?(?:end of (?:the )?(?:school )?year|la fin de l'annee(?: scolaire)?|la fin de l’annee(?: scolaire)?|year end|june)\b/u;
const DOWN =
  /\b(reduce|reduces|reduced|reducing|decrease|decreases|lower|lowers|drop|drops|decline|declines|fall|falls|cut|cuts|shrink|below|under|fewer|reduire|reduira|reduiront|diminuer|diminuera|baisser|baissera|abaisser|moins de|sous)\b/u;
const UP =
  /\b(increase|increases|raise|raises|rise|rises|grow|grows|improve|improves|boost|reach|reaches|at least|above|more than|augmenter|augmentera|hausser|accroitre|ameliorer|porter|passer|atteindre|au moins|plus de)\b/u;

/** The baseline, target, due date and direction the sentence states; `yearEnd` is the plan's 30 June, for "by the end of the year". */
export function readGoalSentence(sentence: string, yearEnd: string | null = null): GoalSentence {
  const text = foldText(sentence)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’]/g, "'");
  if (!/\d/.test(text)) return {};
  const out: GoalSentence = {};
  const fromTo = fromToPhrase(text);
  if (fromTo) {
    out.baseline = toNumber(fromTo[1]);
    out.target = toNumber(fromTo[3]);
    out.percent = Boolean(fromTo[2] || fromTo[4]) || undefined;
  } else {
    const target = lastValue(TO_TARGET, text) ?? lastValue(BOUND_TARGET, text);
    if (target) {
      out.target = toNumber(target[1]);
      out.percent = Boolean(target[2]) || undefined;
    }
    const baseline = BRACKET_BASELINE.exec(text) ?? WORD_BASELINE.exec(text);
    if (baseline && !isYear(baseline[1], baseline[2])) out.baseline = toNumber(baseline[1]);
  }
  const due = DUE.exec(text);
  const dueIso = due ? readDateText(due[1].replace(/^(end of |fin )/, '')) : null;
  if (dueIso) out.due = dueIso;
  else if (END_OF_YEAR.test(text) && yearEnd) out.due = yearEnd;
  out.direction = directionOf(out, text);
  if (out.direction === undefined) delete out.direction;
  return out;
}

/** "from 38% to 50%", "de 41 % à 55 %": the one written in percent when there are several ("de 3e à 5e année"), else the last; never years. */
function fromToPhrase(text: string): RegExpExecArray | null {
  const matches = [...text.matchAll(FROM_TO)].filter(
    (m) => !isYear(m[1], m[2]) && !isYear(m[3], m[4]),
  ) as RegExpExecArray[];
  return matches.find((m) => m[2] || m[4]) ?? matches[matches.length - 1] ?? null;
}

/** The last match of a phrase whose number is not a year ("grade 3 to 5 students … to 60%" → 60). */
function lastValue(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(pattern))
    if (!isYear(match[1], match[2])) last = match as RegExpExecArray;
  return last;
}

function directionOf(read: GoalSentence, text: string): Direction | undefined {
  if (read.baseline !== undefined && read.target !== undefined && read.baseline !== read.target)
    return read.target > read.baseline ? 'increase' : 'decrease';
  if (read.target === undefined) return undefined;
  if (DOWN.test(text)) return 'decrease';
  if (UP.test(text)) return 'increase';
  return undefined;
}

/** "2026" after "to" is a year, not a target, unless written as a percent. */
function isYear(digits: string, unit: string | undefined): boolean {
  return !unit && /^(19|20)\d{2}$/.test(digits);
}

function toNumber(digits: string): number {
  return Number(digits.replace('−', '-').replace(',', '.'));
}
