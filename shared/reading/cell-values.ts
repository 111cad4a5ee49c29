/**
 * Reads a number the way a coordinator wrote it: 42, "42%", "18,5 %", "1,250", "1 250", a cell
 * formatted as percent holding 0.25, or "n/a" for a value nobody has yet. The scale (percent
 * points or fraction) is reported, not decided here: see percent-scale.ts.
 */
import type { CellValue } from '../cells';
import { foldText } from './normalize-text';

/** How the number was written: plain, "42%" text (points), or a percent-formatted cell (fraction). */
export type NumberScale = 'plain' | 'percent-text' | 'percent-format';

/** A number and how it was written, a value nobody has yet, or text that is not a number. */
export type NumberReading =
  | { kind: 'number'; value: number; scale: NumberScale }
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string };

const MISSING_WORDS = new Set(['', 'n/a', 'na', 'n.a.', 'n.a', 'n/d', 'nd', 's.o.', 's/o', 'so', '-', '--', '—', '–', '?', '...', '…', 'tbd', 'tba', 'to be determined', 'a venir', 'a determiner', 'none', 'aucun', 'aucune', 'pending', 'en attente', 'x', 'new', 'new measure', 'nouveau', 'nouvelle', 'nouvel indicateur', 'not available', 'non disponible', 'not yet', 'pas encore']);

/** True when the cell's number format shows a percent (0%, 0.0%, #,##0.00%), not a literal "%" in quotes. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** Reads one cell as a number; dates and booleans are not numbers. */
export function readNumber(value: CellValue | undefined, format?: string): NumberReading {
  if (value === null || value === undefined) return { kind: 'missing' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value) };
    return { kind: 'number', value, scale: isPercentFormat(format) ? 'percent-format' : 'plain' };
  }
  if (typeof value === 'boolean' || value instanceof Date) return { kind: 'invalid', text: String(value) };
  return readNumberText(value);
}

/** Reads "42%", "18,5 %", "1,250", "1 250", "+3.5", "54 classrooms"; "n/a" and "-" are missing. */
export function readNumberText(raw: string): NumberReading {
  const text = foldText(raw)
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/^\s*(~|≈|≥|≤|>=|<=|>|<|approx\.?|about|at least|at most|environ|env\.|au moins|au plus)\s*/, '')
    .trim();
  if (MISSING_WORDS.has(text)) return { kind: 'missing' };
  const match = /^([+\-\u2212]?)\s*[$€£]?\s*(\.?\d[\d ,.']*)\s*(%|pts?|points?|[a-z][a-z .\-]*)?$/.exec(text);
  if (!match) return { kind: 'invalid', text: raw.trim() };
  const digits = parseDigits(match[2].trim());
  if (digits === null) return { kind: 'invalid', text: raw.trim() };
  const sign = match[1] === '' || match[1] === '+' ? 1 : -1;
  const scale: NumberScale = match[3] === '%' ? 'percent-text' : 'plain';
  return { kind: 'number', value: sign * digits, scale };
}

/** "1,250" and "1 250" are thousands; "18,5" and "2.8" are decimals; "1.250,5" and "1,250.5" both work. */
function parseDigits(text: string): number | null {
  let body = text.replace(/[ ']/g, '').replace(/^([.,])/, '0$1');
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    body = body.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    body = /^[1-9]\d{0,2}(,\d{3})+$/.test(body) ? body.replace(/,/g, '') : body.replace(',', '.');
  } else if (/^[1-9]\d{0,2}(\.\d{3}){2,}$/.test(body)) {
    body = body.replace(/\./g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(body)) return null;
  return Number(body);
}
