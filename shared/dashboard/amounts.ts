/**
 * How amounts read as text on every host, in English and French: numbers with at most one decimal
 * and grouped thousands, percent signs ("41%", "41 %"), units ("10 cycles"), a typed cell's number
 * as its format shows it, and counts in sentences ("20 000 characters"). Words-free on purpose: a sidebar or page that shows amounts needs no strings.
 */
import type { Locale } from '../messages';

/**
 * A number the way a coordinator writes it, the same on every host: at most one decimal, thousands
 * grouped ("1,250.5" / "1 250,5", a no-break space in French so a number never wraps). Written out
 * rather than asked of Intl.NumberFormat: the first format made loads the locale data (20 ms of
 * every command-line run, more than reading the plan), and the two languages' rules fit in a few
 * lines. The tests hold it to Intl.NumberFormat (fr-CA, en-US, at most one decimal) on generated
 * numbers.
 */
export function formatNumber(value: number, locale: Locale): string {
  if (Number.isNaN(value)) return 'NaN';
  const rounded = Math.round(value * 10) / 10 + 0; // + 0: no "-0"
  // Intl writes a number's shortest decimal form, as String does; String writes an exponent past 1e21.
  const [shortest, exponent] = String(Math.abs(rounded)).split('e+');
  const [whole, tenth] = exponent
    ? [shortest.replace('.', '').padEnd(Number(exponent) + 1, '0')]
    : shortest.replace('Infinity', '∞').split('.');
  const grouped = groupThousands(whole, locale === 'fr' ? '\u00a0' : ',');
  const decimals = tenth && tenth !== '0' ? `${locale === 'fr' ? ',' : '.'}${tenth}` : '';
  return `${rounded < 0 ? '-' : ''}${grouped}${decimals}`;
}

/** Whole digits grouped by threes from the right: "1250" → "1,250". */
function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * A count in a sentence: 20,000 in English, 20 000 in French, where a sentence takes a narrow
 * no-break space (as before its "; " and ":"); amounts in cells take a no-break space instead.
 */
export function formatCount(locale: Locale, count: number): string {
  const grouped = groupThousands(
    String(Math.trunc(Math.abs(count))),
    locale === 'fr' ? '\u202f' : ',',
  );
  return count < 0 ? `-${grouped}` : grouped;
}

/**
 * The unit a key result's amounts read in: its own, else "%" when its title is a share ("% of grade 8
 * students…") whose values were typed without a % sign, so "26" reads "26%", never "26 of grade 8…".
 */
export function unitOf(keyResult: { unit: string | null; title: string }): string | null {
  if (keyResult.unit?.trim()) return keyResult.unit;
  return /^\s*%/.test(keyResult.title) ? '%' : null;
}

/** A number and its percent sign as each language writes them: "41%", "41 %" (no-break space). */
function withPercent(number: string, locale: Locale): string {
  return locale === 'fr' ? `${number}\u00a0%` : `${number}%`;
}

/**
 * The one way a key result's amount reads as text, on every host (Dashboard, Summary, CLI, sidebars):
 * "41%" / "41 %" / "10 cycles"; unitless numbers stay bare; a dash for no value.
 */
export function formatAmount(value: number | null, unit: string | null, locale: Locale): string {
  if (value === null) return '—';
  const number = formatNumber(value, locale);
  if (!unit) return number;
  if (unit.trim() === '%') return withPercent(number, locale);
  return `${number} ${unit.trim()}`;
}

/**
 * A typed number as its cell shows it, for hosts that draw cells themselves (the local page): the
 * decimals and percent sign its number format asks for ("0.0%" → "42.5%" / "42,5 %").
 */
export function formatCellNumber(value: number, numberFormat = '', locale: Locale = 'en'): string {
  const percent = numberFormat.includes('%');
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length;
  const shown = percent ? value * 100 : value;
  const text =
    decimals !== undefined || percent
      ? shown.toFixed(decimals ?? 0)
      : String(Math.round(shown * 100) / 100);
  const number = locale === 'fr' ? text.replace('.', ',') : text;
  return percent ? withPercent(number, locale) : number;
}

/** A share of 0..1 as a whole percent in words: "41%" / "41 %". */
export function formatPercent(share: number, locale: Locale): string {
  return withPercent(String(Math.round(share * 100)), locale);
}
