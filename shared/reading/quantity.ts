/**
 * One grammar for every value a coordinator types — plan cells, check-ins, Evidence — in English
 * and French. A cell is read as:
 *
 *   [label:] [qualifier] [from] VALUE [unit words] [RATIO] {ASIDE}      where
 *   VALUE  = [currency] [sign] NUMBER [k | million] [% | percent | pts] [currency]   "≈ 30", "−3", "$12k", "42 %"
 *   RATIO  = (of | out of | sur | de | /) VALUE [unit words]             "7 of 25 schools", "3,2 sur 4", "11/30"
 *   ASIDE  = a bracket or the rest of the cell, holding any of:
 *            a percent beside a ratio       "11/30 (37%)"        → percent 37
 *            (to | à | vers | →) VALUE       "+5 pts (to 40%)"    → value 40: the level reached is the value
 *            (by | d'ici | avant | en …) DATE "45 % d'ici mai 2026" → due 2026-05-31 (month only: its last day)
 *            anything else is an annotation: "(fall)", "✓", "classrooms", "[note 2]"
 *
 * Decisions, so callers can rely on them:
 * - "3 → 5", "from 38% to 50%", "de 38 % à 50 %": the value is where it goes (5, 50); `from` keeps
 *   the first number. A signed change or points ("+5 pts to 40%") has no `from`.
 * - "N of M" gives N as the value and M as `of`. A share is not decided here: a caller that knows
 *   the key result is a share asks `shareValue(reading)` (the written percent, else N/M × 100).
 * - A cell starting with a word for "nobody has it yet" ("n/a until spring", "TBD", "à venir",
 *   "pending (Jan)", "—") is missing; units and annotations never make a value missing.
 * - Text with no number after its qualifiers ("On track", "Green", "about half", "Grade 4"), a
 *   date ("May 2026", "2025-26"), an ordinal ("3rd grade"), a range ("10–15"), two bare numbers
 *   side by side ("12 15") or a failed formula ("#N/A") is invalid.
 * - Separators: "1,250", "1 250", "1'250" and "1.250.000" are thousands; "2.5", "18,5" and a lone
 *   "1.250" are decimals, unless money ("12.000 €"), a unit ("1.250 élèves") or the sheet's decimal
 *   mark (`context.decimalMark`, see `decimalMarkOf`) says the dot groups thousands.
 * - A due date needs a due word: a bare "(May 2026)" is when the value was measured, an annotation.
 *   A year alone ("by 2026") is due at the end of that school year, 30 June, as in dates.ts.
 */
import { readDateText, isoFromParts, type DayOrder } from './dates';
import { foldText, normalizeWords } from './normalize-text';
import { parseDigits, tokenize, type Token } from './quantity-tokens';
import { BLANK_START, BLANK_SYMBOLS } from './blank-words';
import {
  CURRENCIES,
  DATE_FILLER,
  DUE_WORDS,
  FROM_WORDS,
  MULTIPLIERS,
  PERCENT_WORDS,
  POINT_WORDS,
  QUALIFIERS,
  RATIO_WORDS,
  TO_WORDS,
  phraseAt,
  type PhraseList,
} from './quantity-words';

/** How the number was written: plain, "42%" text (points), or a percent-formatted cell (fraction). */
export type NumberScale = 'plain' | 'percent-text' | 'percent-format';

/** A number read from a cell, with what was written beside it. */
export interface NumberValue {
  kind: 'number';
  value: number;
  scale: NumberScale;
  /** M of "N of M", "N/M", "N sur M": what N counts out of (a target when no column gives one). */
  of?: number;
  /** A percent written beside a ratio: 37 for "11/30 (37%)". */
  percent?: number;
  /** YYYY-MM-DD of a due phrase: "d'ici mai 2026" → 2026-05-31. */
  due?: string;
  /** The starting number of "3 → 5" or "from 38% to 50%". */
  from?: number;
}

/** A number and how it was written, a value nobody has yet, or text that is not a number. */
export type NumberReading = NumberValue | { kind: 'missing' } | { kind: 'invalid'; text: string };

/** What the cell alone cannot say: how the sheet writes decimals and all-number dates. */
export interface QuantityContext {
  decimalMark?: ',' | '.';
  dayOrder?: DayOrder;
}

/** "42", "-3.5", "61%": most cells, read without the grammar's cost. */
const PLAIN = /^\s*([+-]?)(\d+(?:\.\d+)?)\s?(%?)\s*$/;

/** "#N/A", "#DIV/0!": a failed formula is not a value nobody has yet; the reader reports it. */
const FORMULA_ERROR = /^#[a-z]/;

/** "— until spring", "- données en juin": a dash for the value, then a note (not "- 3", "- $5"). */
const MISSING_LEAD = /^(?:[-–—―_?…]+\s+)+(?![\d$€£+\-−–.,~≈])/;

/** "3rd", "3e", "1er": an ordinal names a grade or a rank, it is not a quantity. */
const ORDINAL = /^(st|nd|rd|th|er|re|e|eme|ieme|ere)$/;

/** A number as the grammar found it, before it becomes a reading. */
interface Found {
  value: number;
  percent: boolean;
  /** A signed number or points: a change, so "+5 pts to 40%" has no starting value. */
  change: boolean;
  next: number;
}

interface Parsed extends Omit<Found, 'next'> {
  of?: number;
  beside?: number;
  due?: string;
  from?: number;
}

/** Readings already made: a reader weighing several interpretations reads the same cells again. */
const READ = new Map<string, NumberReading>();
const READ_LIMIT = 20000;

/** Reads one written value with the grammar above (the same text and context always read the same). */
export function readQuantity(raw: string, context: QuantityContext = {}): NumberReading {
  const plain = PLAIN.exec(raw);
  if (plain && !(plain[2].includes('.') && context.decimalMark === ',')) {
    const value = plain[1] === '-' ? -Number(plain[2]) : Number(plain[2]);
    return {
      kind: 'number',
      value: value === 0 ? 0 : value,
      scale: plain[3] ? 'percent-text' : 'plain',
    };
  }
  const key = `${context.decimalMark ?? ''}${context.dayOrder ?? ''}|${raw}`;
  const known = READ.get(key);
  if (known !== undefined) return { ...known };
  if (READ.size >= READ_LIMIT) READ.clear();
  const reading = readWritten(raw, context);
  READ.set(key, reading);
  return { ...reading };
}

function readWritten(raw: string, context: QuantityContext): NumberReading {
  const text = foldText(raw).replace(/\s+/g, ' ').trim();
  const invalid = { kind: 'invalid', text: raw.trim() } as const;
  if (text === '') return { kind: 'missing' };
  if (FORMULA_ERROR.test(text) || isDate(text, context)) return invalid;
  const { main, asides } = splitAsides(text);
  const body = dropLabel(
    main === '' && asides.length > 0 ? (asides.shift() as string) : main,
    context,
  );
  if (BLANK_SYMBOLS.test(body) || MISSING_LEAD.test(body) || BLANK_START.test(normalizeWords(body)))
    return { kind: 'missing' };
  const tokens = tokenize(body);
  const start = readMain(tokens, context);
  if (start === null) return invalid;
  const parsed: Parsed = {
    value: start.value,
    percent: start.percent,
    change: start.change,
    of: start.of,
  };
  readAside(tokens, body, start.next, parsed, context);
  for (const aside of asides) readAside(tokenize(aside), aside, 0, parsed, context);
  return toReading(parsed);
}

/**
 * The percent points a cell gives for a key result known to be a share: the percent written beside
 * a ratio, else N/M × 100, else a "42%" value. Null when the cell alone does not say (a plain 0.42
 * or 42: percent-scale.ts decides those from the key result's other values).
 */
export function shareValue(reading: NumberReading): number | null {
  if (reading.kind !== 'number') return null;
  if (reading.percent !== undefined) return reading.percent;
  if (reading.of !== undefined && reading.of > 0) return clean((reading.value / reading.of) * 100);
  if (reading.scale === 'percent-text') return reading.value;
  if (reading.scale === 'percent-format') return clean(reading.value * 100);
  return null;
}

/**
 * The decimal mark a sheet's texts show: ',' when more cells write "3,2" or "18,5 %" than "2.8",
 * so the context of an ambiguous "1.250" is the rest of the sheet.
 */
export function decimalMarkOf(texts: string[]): ',' | '.' | undefined {
  let comma = 0;
  let dot = 0;
  for (const text of texts) {
    for (const number of text.match(/\d[\d.,]*\d/g) ?? []) {
      if (/^\d+,\d{1,2}$|\.\d{3},\d+$/.test(number)) comma++;
      else if (/^\d+\.\d{1,2}$|,\d{3}\.\d+$/.test(number)) dot++;
    }
  }
  if (comma === dot) return undefined;
  return comma > dot ? ',' : '.';
}

/** What every date has: a month's name, digits joined by - / ., or a leading year. */
const DATE_HINT =
  /\d[-/.]\d|^\d{4}|(^|[^a-z])(jan|feb|fev|mar|apr|avr|ma[iy]|jui?n|jui?l|aug|aou|sep|oct|nov|dec)/;

/** "15 juin 2026", "15/06/2026" are dates; "3 by February 2025" is a value with a due phrase. */
function isDate(text: string, context: QuantityContext): boolean {
  if (!DATE_HINT.test(text) || readDateText(text, context.dayOrder) === null) return false;
  const tokens = tokenize(text);
  return !tokens.some((_, i) => phraseAt(tokens, i, DUE_WORDS) > 0);
}

/** Brackets hold asides ("(37%)", "(to 40%)", "(fall)"); the rest is the value's own text. */
function splitAsides(text: string): { main: string; asides: string[] } {
  const asides: string[] = [];
  const main = text.replace(/\(([^()]*)\)|\[([^\]]*)\]/g, (_, round?: string, square?: string) => {
    asides.push((round ?? square ?? '').trim());
    return ' ';
  });
  return { main: main.replace(/\s+/g, ' ').trim(), asides };
}

/** "Fall: 42", "Automne : 42", "Cible 2026 : 45 %", "2024-25: 19%": a label before a colon names the value, it is not it. */
function dropLabel(text: string, context: QuantityContext): string {
  const colon = text.indexOf(':');
  if (colon <= 0) return text;
  const label = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  const labelIsWords =
    /^([a-z]|\d+(st|nd|rd|th|er|re|e|eme)\b)/.test(label) ||
    readDateText(label, context.dayOrder) !== null;
  return labelIsWords && /\d/.test(rest) ? rest : text;
}

/** [qualifier] [from] VALUE [units] [RATIO]; null when no number comes first or two numbers compete. */
function readMain(tokens: Token[], context: QuantityContext): (Found & { of?: number }) | null {
  let at = skip(tokens, 0, QUALIFIERS);
  const fromWord = phraseAt(tokens, at, FROM_WORDS);
  if (fromWord > 0 && readValue(tokens, at + fromWord, context)) at += fromWord;
  const first = readValue(tokens, at, context);
  if (first === null) return null;
  const next = tokens[first.next];
  const after = tokens[first.next + 1];
  if (
    (next?.kind === 'num' && ordinalAt(tokens, first.next) === 0) ||
    (next?.kind === 'sym' && /^[-–—]$/.test(next.text) && after?.kind === 'num')
  )
    return null;
  const ratio = readRatio(tokens, first.next, first.percent, context);
  return { ...first, of: ratio.of, next: ratio.next };
}

/** Unit words, then "of/out of/sur/de / M" when a number follows: "7 écoles sur 25", "11/30". */
function readRatio(
  tokens: Token[],
  at: number,
  percent: boolean,
  context: QuantityContext,
): { of?: number; next: number } {
  for (let words = 0; words <= 4; words++) {
    const connector = phraseAt(tokens, at, RATIO_WORDS);
    const whole = connector > 0 && !percent ? readValue(tokens, at + connector, context) : null;
    if (whole) return { of: whole.value, next: skipUnits(tokens, whole.next) };
    const unit = unitAt(tokens, at);
    if (unit === 0) break;
    at += unit;
  }
  return { next: at };
}

/** Skips unit words after a number ("schools", "écoles", "de 4e année") up to a word that starts a phrase. */
function skipUnits(tokens: Token[], at: number): number {
  for (let unit = unitAt(tokens, at); unit > 0; unit = unitAt(tokens, at)) at += unit;
  return at;
}

/** How many tokens one unit word takes at `at` (an ordinal "4e" takes two); 0 at a phrase word or a number. */
function unitAt(tokens: Token[], at: number): number {
  const token = tokens[at];
  if (token?.kind === 'num') return ordinalAt(tokens, at);
  if (
    token?.kind !== 'word' ||
    phraseAt(tokens, at, TO_WORDS) > 0 ||
    phraseAt(tokens, at, DUE_WORDS) > 0
  )
    return 0;
  return 1;
}

/** 2 when a number and its ordinal suffix ("4e", "3rd") start at `at`, else 0; "72nd percentile" is a value. */
function ordinalAt(tokens: Token[], at: number): number {
  const suffix = tokens[at + 1];
  if (tokens[at]?.kind !== 'num' || suffix?.glued !== true || !ORDINAL.test(suffix.text)) return 0;
  return /^(percentile|centile)$/.test(tokens[at + 2]?.text ?? '') ? 0 : 2;
}

/** VALUE = [qualifier] [currency] [sign] NUMBER [percent | points] [currency]. */
function readValue(tokens: Token[], at: number, context: QuantityContext): Found | null {
  at = skip(tokens, at, QUALIFIERS);
  let money = skip(tokens, at, CURRENCIES) > at;
  at = skip(tokens, at, CURRENCIES);
  const sign =
    tokens[at]?.kind === 'sym' && /^[+\-−–]$/.test(tokens[at].text) ? tokens[at++].text : '';
  at = skip(tokens, at, CURRENCIES);
  const number = tokens[at];
  if (number?.kind !== 'num' || ordinalAt(tokens, at) > 0) return null;
  at++;
  const factor = multiplierAt(tokens, at, money);
  if (factor > 1) at++;
  const percent = phraseAt(tokens, at, PERCENT_WORDS);
  const points = percent ? 0 : phraseAt(tokens, at, POINT_WORDS);
  at += percent + points;
  money ||= skip(tokens, at, CURRENCIES) > at;
  const counted =
    percent + points === 0 &&
    !money &&
    unitAt(tokens, at) === 1 &&
    phraseAt(tokens, at, RATIO_WORDS) === 0;
  const digits = parseDigits(number.text, { decimalMark: context.decimalMark, money, counted });
  if (digits === null) return null;
  const amount = factor > 1 ? Number((digits * factor).toPrecision(15)) : digits;
  const value = sign === '' || sign === '+' ? amount : -amount;
  return { value, percent: percent > 0, change: sign !== '' || points > 0, next: at };
}

/** The factor of "k", "million", "M" (beside money) right after a number; 1 when there is none. */
function multiplierAt(tokens: Token[], at: number, money: boolean): number {
  const word = tokens[at];
  const factor = word?.kind === 'word' ? MULTIPLIERS.get(word.text) : undefined;
  if (factor === undefined) return 1;
  const isMoney = money || skip(tokens, at + 1, CURRENCIES) > at + 1;
  return word.text === 'm' || word.text === 'mm' ? (isMoney ? factor : 1) : factor;
}

/** An aside: a percent beside the ratio, a level reached ("to 40%"), a due date ("by May 2026"). */
function readAside(
  tokens: Token[],
  text: string,
  at: number,
  parsed: Parsed,
  context: QuantityContext,
): void {
  const lead = skipSymbols(tokens, at);
  const beside =
    parsed.of !== undefined && parsed.beside === undefined
      ? readValue(tokens, lead, context)
      : null;
  if (beside?.percent) parsed.beside = beside.value;
  for (let i = beside?.percent ? beside.next : at; i < tokens.length; i++) {
    const to = phraseAt(tokens, i, TO_WORDS);
    const reached = to > 0 ? readValue(tokens, i + to, context) : null;
    if (reached) {
      reach(parsed, reached);
      i = reached.next - 1;
      continue;
    }
    const due = phraseAt(tokens, i, DUE_WORDS);
    if (due > 0 && parsed.due === undefined)
      parsed.due = readDue(text.slice(tokens[i + due - 1].end), context) ?? undefined;
  }
}

/** "3 → 5", "+5 pts (to 40%)": the value becomes the level reached; a plain start is kept as `from`. */
function reach(parsed: Parsed, reached: Found): void {
  if (!parsed.change && parsed.from === undefined) parsed.from = parsed.value;
  parsed.percent = reached.percent || (parsed.percent && !reached.change);
  parsed.value = reached.value;
  parsed.change = false;
  parsed.of = undefined;
  parsed.beside = undefined;
}

/** The first run of words, ending on digits, after a due word that reads as a date: "la fin de juin 2026 selon…" → 2026-06-30. */
function readDue(rest: string, context: QuantityContext): string | null {
  const words = rest.trim().split(' ').filter(Boolean);
  while (words.length > 0 && DATE_FILLER.has(words[0].replace(/[^a-z]/g, ''))) words.shift();
  for (let count = 1; count <= Math.min(words.length, 5); count++) {
    if (!/\d/.test(words[count - 1])) continue;
    const candidate = words
      .slice(0, count)
      .join(' ')
      .replace(/[,;:.!?)\]]+$/, '');
    const year = /^(\d{4})$/.exec(candidate);
    if (year && +year[1] >= 1990 && +year[1] <= 2100) return isoFromParts(+year[1], 6, 30);
    const iso = readDateText(candidate, context.dayOrder);
    if (iso !== null) return iso;
  }
  return null;
}

function skip(tokens: Token[], at: number, list: PhraseList): number {
  for (let step = phraseAt(tokens, at, list); step > 0; step = phraseAt(tokens, at, list))
    at += step;
  return at;
}

/** Punctuation before a percent beside a ratio: "= 37%", ", 37 %", "– 37%". */
function skipSymbols(tokens: Token[], at: number): number {
  while (tokens[at]?.kind === 'sym' && /^[=,;:\-–—|]$/.test(tokens[at].text)) at++;
  return at;
}

function toReading(parsed: Parsed): NumberValue {
  const reading: NumberValue = {
    kind: 'number',
    value: parsed.value === 0 ? 0 : parsed.value,
    scale: parsed.percent ? 'percent-text' : 'plain',
  };
  if (parsed.of !== undefined) reading.of = parsed.of;
  if (parsed.beside !== undefined) reading.percent = parsed.beside;
  if (parsed.due !== undefined) reading.due = parsed.due;
  if (parsed.from !== undefined) reading.from = parsed.from;
  return reading;
}

/** A computed percent without floating noise: 0.185 × 100 is 18.5, not 18.499999999999996. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}
