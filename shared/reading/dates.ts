/**
 * Reads a date the way plans write it: a real date cell, "2026-06-15", "15/06/2026", "June 2026"
 * (the last day of that month), "30 juin 2026", "June 15, 2026". Always returns YYYY-MM-DD, the
 * calendar day, with no time zone involved.
 */
import type { CellValue } from '../cells';
import { foldText } from './normalize-text';

/** Which way round an all-numbers date like 05/06/2026 is read when both parts are ≤ 12. */
export type DayOrder = 'dmy' | 'mdy';

/** A calendar day, a blank, or text that is not a date. */
export type DateReading =
  | { kind: 'date'; iso: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string };

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

const FILLER =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|the|of|by|on|end|fin|de|du|d|avant|before|until|jusqu au|au|er|st|nd|rd|th)\b/g;

/** "18 by end of June 2027", "45 d'ici juin 2027": a value due by a date, not the 18th of June. */
const VALUE_BY_DATE = /\d\s*%?\s+(by|before|until|avant|d ici|d'ici|d’ici|jusqu)\b/;

/** YYYY-MM-DD from a Date built by a host in UTC (exceljs, Sheets adapters). */
export function isoFromDate(date: Date): string {
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** YYYY-MM-DD from year, month (1–12) and day. */
export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validIso(year: number, month: number, day: number): string | null {
  if (
    year < 1900 ||
    year > 2200 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    return null;
  return isoFromParts(year, month, day);
}

/** Reads any cell as a calendar date; a number is an Excel/Sheets serial only when formatted as a date. */
export function readDate(
  value: CellValue | undefined,
  format?: string,
  order: DayOrder = 'dmy',
): DateReading {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return { kind: 'missing' };
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? { kind: 'invalid', text: '' }
      : { kind: 'date', iso: isoFromDate(value) };
  if (typeof value === 'number') return readDateNumber(value, format);
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  const iso = readDateText(value, order);
  if (iso) return { kind: 'date', iso };
  return /^(n\/?a|-|—|tbd|s\.?o\.?|a venir)$/i.test(value.trim())
    ? { kind: 'missing' }
    : { kind: 'invalid', text: value.trim() };
}

function readDateNumber(value: number, format?: string): DateReading {
  if (Number.isInteger(value) && value >= 1990 && value <= 2100 && !/[dmy]/i.test(format ?? '')) {
    return { kind: 'date', iso: isoFromParts(value, 6, 30) };
  }
  if (/[dy]|mmm/i.test((format ?? '').replace(/"[^"]*"/g, '')) && value > 0) {
    const date = new Date(Math.round((value - 25569) * 86400000));
    return { kind: 'date', iso: isoFromDate(date) };
  }
  return { kind: 'invalid', text: String(value) };
}

/**
 * Reads a date written as text ("06/2026" and "Jun-26" are the end of that month, a school year
 * "2025-26" its 30 June); null when it is not one.
 */
export function readDateText(raw: string, order: DayOrder = 'dmy'): string | null {
  const text = foldText(raw).trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?$/.exec(text);
  if (iso) return validIso(+iso[1], +iso[2], +iso[3]);
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (numeric) return readNumericDate(+numeric[1], +numeric[3], fullYear(numeric[4]), order);
  const schoolYear = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(text);
  if (
    schoolYear &&
    Number(schoolYear[2]) % 100 === (Number(schoolYear[1]) + 1) % 100 &&
    Number(schoolYear[2]) > 12
  )
    return validIso(Number(schoolYear[1]) + 1, 6, 30);
  const yearMonth = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (yearMonth) return endOfMonth(+yearMonth[1], +yearMonth[2]);
  const monthYear = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (monthYear) return endOfMonth(+monthYear[2], +monthYear[1]);
  const shortYear = /^([a-z]+)\.?(?:-|\s*')(\d{2})$/.exec(text);
  if (shortYear && Object.hasOwn(MONTHS, shortYear[1]))
    return endOfMonth(2000 + Number(shortYear[2]), MONTHS[shortYear[1]]);
  return readWordDate(text);
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function readNumericDate(
  first: number,
  second: number,
  year: number,
  order: DayOrder,
): string | null {
  if (first > 12) return validIso(year, second, first);
  if (second > 12) return validIso(year, first, second);
  return order === 'dmy' ? validIso(year, second, first) : validIso(year, first, second);
}

function endOfMonth(year: number, month: number): string | null {
  return month >= 1 && month <= 12 ? validIso(year, month, daysInMonth(year, month)) : null;
}

/** "June 2026", "June 15, 2026", "15 June 2026", "30 juin 2026", "1er juin 2026", "end of June 2026". */
function readWordDate(text: string): string | null {
  if (VALUE_BY_DATE.test(text)) return null;
  const words = text
    .replace(/[.,'’]/g, ' ')
    .replace(/(\d+)(st|nd|rd|th|er|re|e)\b/g, '$1')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  const monthIndex = words.findIndex((word) => Object.hasOwn(MONTHS, word));
  if (monthIndex < 0) return null;
  const month = MONTHS[words[monthIndex]];
  const numbers = words
    .filter((_, i) => i !== monthIndex)
    .map((word) => /^(\d{1,4})$/.exec(word)?.[1]);
  if (numbers.some((n) => n === undefined) || numbers.length === 0 || numbers.length > 2)
    return null;
  const values = numbers.map(Number);
  const year = values.find((n) => n >= 1900);
  if (year === undefined) return null;
  const day = values.find((n) => n < 1900);
  if (values.length === 2 && day === undefined) return null;
  return day === undefined ? endOfMonth(year, month) : validIso(year, month, day);
}
