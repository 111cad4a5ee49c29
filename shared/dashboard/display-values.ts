/**
 * How values, dates and statuses read on the generated tabs, in English and French: typed amount,
 * percent and date cells, a text progress bar that shows in any host, status words and colours, and
 * the check-in sparkline formula. Amounts as text are ./amounts.
 */

import { t } from '../i18n';
import type { Locale, Severity } from '../messages';
import type { KeyResultStatus } from '../plan-schema';
import { formatAmount, formatPercent } from './amounts';
import { Formula } from './layout-grid';

/** A value typed for a generated tab, with the number format that shows it as a coordinator writes it. */
export interface TypedCell {
  value: number | Date | string;
  numberFormat?: string;
}

/** "0%" or "0.0%", "0" or "0.0": one decimal only where the value has one (after rounding to one). */
const decimalsFormat = (shown: number, base: string) =>
  Number.isInteger(Math.round(shown * 10) / 10) ? base : base.replace('0', '0.0');

/**
 * A baseline, current or target as a typed cell: a percent key result is a fraction with a percent
 * format, a bare number a number; an amount with a unit word ("10 cycles") stays text, and so does
 * a dash for no value. Hosts write text as text, so nothing is reinterpreted.
 */
export function amountCell(value: number | null, unit: string | null, locale: Locale): TypedCell {
  if (value === null) return { value: '—' };
  const rounded = Math.round(value * 10) / 10;
  if (unit?.trim() === '%')
    return { value: rounded / 100, numberFormat: decimalsFormat(rounded, '0%') };
  if (!unit?.trim()) return { value: rounded, numberFormat: decimalsFormat(rounded, '0') };
  return { value: formatAmount(value, unit, locale) };
}

/** A share of 0..1 as a whole percent, typed. */
export function percentCell(share: number): TypedCell {
  return { value: Math.round(share * 100) / 100, numberFormat: '0%' };
}

/** Date formats in each language's style; Sheets writes month names in the spreadsheet's language. */
export const DATE_FORMAT: Record<Locale, string> = { en: 'mmm d, yyyy', fr: 'd mmm yyyy' };

/** A YYYY-MM-DD day as a typed date cell (a calendar date in UTC fields, as the core reads them). */
export function dateCell(iso: string, locale: Locale): TypedCell {
  const day = isoDay(iso);
  if (!day) return { value: iso };
  return {
    value: new Date(
      Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))),
    ),
    numberFormat: DATE_FORMAT[locale],
  };
}

/**
 * The one progress bar, for every host: ten blocks and a percentage, readable in Sheets, Excel, HTML,
 * print and a terminal; a dash without data (the status says why). Progress past 100% fills the bar.
 */
export function progressBar(progress: number | null, locale: Locale): string {
  if (progress === null) return '—';
  const filled = Math.round(Math.min(1, Math.max(0, progress)) * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${formatPercent(progress, locale)}`;
}

/**
 * The status in words. A key result with a current value but no progress (its baseline or target
 * is missing) is not "No data yet": it says what is missing instead.
 */
export function statusLabel(
  status: KeyResultStatus,
  locale: Locale,
  current: number | null = null,
): string {
  if (status === 'no-data' && current !== null) return t(locale, 'addon.status.notMeasurable');
  return t(locale, `status.${status}`);
}

/** An objective's title in words: its own, or "(no objective)" for key results listed under none. */
export function objectiveTitle(objective: { title: string | null }, locale: Locale): string {
  return objective.title ?? t(locale, 'plan.noObjective');
}

/** A finding's or reading note's severity in words ("Fix", "Check", "Note"), the same in every host. */
export function severityLabel(severity: Severity, locale: Locale): string {
  return t(locale, `severity.${severity}`);
}

/** Background and text colours per status: green, amber, red, grey — with words, never colour alone. */
export const STATUS_COLOURS: Record<KeyResultStatus, { background: string; color: string }> = {
  achieved: { background: '#b7e1cd', color: '#0d652d' },
  'on-track': { background: '#d9ead3', color: '#137333' },
  'at-risk': { background: '#fce8b2', color: '#7a4f01' },
  'off-track': { background: '#f4c7c3', color: '#a50e0e' },
  'no-data': { background: '#eeeeee', color: '#5f6368' },
};

/** An in-cell line chart of the check-in values (Sheets SPARKLINE); the value or a dash when there is no trend. */
export function sparklineFormula(values: number[]): Formula | string {
  if (values.length < 2) return values.length === 1 ? String(values[0]) : '—';
  const series = values.map((v) => String(Math.round(v * 100) / 100)).join(',');
  return new Formula(
    `=SPARKLINE({${series}},{"charttype","line";"linewidth",2;"color","#1a73e8"})`,
  );
}

/** Days from `from` to `to`, both YYYY-MM-DD (or ISO date-times, whose date part is used). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** YYYY-MM-DD → the date part a record carries, or '' when it has none. */
export function isoDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

type Month = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12';

/** The month of a YYYY-MM-DD date, when it is one. */
function monthOf(iso: string): Month | null {
  const month = iso.slice(5, 7);
  const isMonth = (text: string): text is Month => /^(0[1-9]|1[0-2])$/.test(text);
  return isMonth(month) ? month : null;
}

/** "June" / "juin", with the year when it is not the year of `today`. */
export function monthLabel(iso: string, today: string, locale: Locale): string {
  const number = monthOf(iso);
  if (!number) return iso;
  const month = t(locale, `date.month.${number}`);
  return iso.slice(0, 4) === today.slice(0, 4) || daysBetween(today, iso) < 300
    ? month
    : t(locale, 'date.monthOfYear', { month, year: iso.slice(0, 4) });
}

/**
 * A day as text reading like a DATE_FORMAT cell ("Jan 14, 2026" / "14 janv. 2026"), for a date
 * cell that is also a link (a link's text must be text).
 */
export function shortDate(iso: string, locale: Locale): string {
  const day = isoDay(iso);
  const number = monthOf(day);
  if (!number) return iso;
  const month = t(locale, `date.monthShort.${number}`);
  return t(locale, 'date.short', { day: Number(day.slice(8, 10)), month, year: day.slice(0, 4) });
}

/** Long date for people: "12 January 2026" / "12 janvier 2026" ("1er janvier" in French). */
export function longDate(iso: string, locale: Locale): string {
  const number = isoDay(iso) ? monthOf(iso) : null;
  if (!number) return iso;
  const date = Number(iso.slice(8, 10));
  const day = date === 1 ? t(locale, 'date.firstDay') : date;
  return t(locale, 'date.long', {
    day,
    month: t(locale, `date.month.${number}`),
    year: iso.slice(0, 4),
  });
}
