/**
 * The first step of the quantity grammar (quantity.ts): cuts folded cell text into numbers, words
 * and symbols, and turns a number's digits into a value whatever separators the writer used.
 */

/** A number as written ("1 250,5"), a word ("ecoles"), or one symbol ("%", "/", "→"). */
export interface Token {
  kind: 'num' | 'word' | 'sym';
  text: string;
  /** Offset just after the token in the text it was cut from, so a phrase's remainder can be read as a date. */
  end: number;
  /** True for a word written against the number before it: "3rd", "3e", "14cycles". */
  glued?: boolean;
}

/** What the digits alone cannot tell: the sheet's decimal mark, and what the number counts. */
export interface DigitContext {
  /** ',' when the sheet writes decimals with a comma (then "1.250" is 1250 and "1,25" is 1.25). */
  decimalMark?: ',' | '.';
  /** True beside a currency sign: nobody writes "12.000 €" for twelve euros. */
  money?: boolean;
  /** True before a unit word: "1.250 élèves" counts students, it is not 1.25 of them. */
  counted?: boolean;
}

const NUMBER = /(?:\d+|\.\d+)(?:[.,]\d+|[ '’]\d{3}(?!\d))*/y;
const WORD = /[a-z][a-z0-9]*/y;
const ARROWS = ['->', '=>', '>=', '<=', '→', '⇒', '⟶', '➔'];

/** Numbers, words and symbols of already folded text; spaces, apostrophes and quotes separate them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (/[\s'’"«»“”]/.test(char)) {
      at++;
      continue;
    }
    const afterLetter = at > 0 && /[a-z]/.test(text[at - 1]);
    const token =
      (afterLetter ? null : sticky(NUMBER, text, at, 'num')) ??
      sticky(WORD, text, at, 'word') ??
      arrow(text, at);
    if (token.kind === 'word' && at > 0 && /\d/.test(text[at - 1])) token.glued = true;
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

function sticky(pattern: RegExp, text: string, at: number, kind: 'num' | 'word'): Token | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? { kind, text: match[0], end: at + match[0].length } : null;
}

function arrow(text: string, at: number): Token {
  const found = ARROWS.find((sign) => text.startsWith(sign, at));
  const symbol = found ?? String.fromCodePoint(text.codePointAt(at) ?? 32);
  const normal = found === '>=' ? '≥' : found === '<=' ? '≤' : found ? '→' : symbol;
  return { kind: 'sym', text: normal, end: at + symbol.length };
}

/**
 * "1,250" and "1 250" are thousands; "18,5", "2.8" and "1.250" are decimals; "1.250.000",
 * "1.250,5" and "1,250.5" say which mark is which. Money ("12.000 €"), a unit ("1.250 élèves")
 * or a sheet that writes decimal commas makes "1.250" thousands; the sheet's mark beats the unit. Null when the separators contradict each other.
 */
export function parseDigits(text: string, context: DigitContext = {}): number | null {
  let body = text.replace(/[ '’]/g, '').replace(/^([.,])/, '0$1');
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    body = body
      .split(decimal === ',' ? '.' : ',')
      .join('')
      .replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    body = oneMark(body, lastComma >= 0 ? ',' : '.', context);
  }
  if (!/^\d+(\.\d+)?$/.test(body)) return null;
  return Number(body);
}

/** Digits with only commas or only dots: "1,250" is thousands, "1.250" a decimal, unless the context says otherwise. */
function oneMark(body: string, mark: ',' | '.', context: DigitContext): string {
  const parts = body.split(mark);
  const grouped =
    /^[1-9]\d{0,2}$/.test(parts[0]) && parts.slice(1).every((part) => part.length === 3);
  const byContext =
    context.decimalMark === undefined
      ? mark === ',' || context.counted === true
      : mark !== context.decimalMark;
  const thousands = grouped && (parts.length > 2 || context.money === true || byContext);
  if (thousands) return parts.join('');
  return parts.length === 2 ? `${parts[0]}.${parts[1]}` : body;
}
