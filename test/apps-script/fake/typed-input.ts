/**
 * What Google Sheets makes of a string written with setValue(s): the same as a person typing it in a
 * cell whose number format is automatic, in the spreadsheet's locale. Numbers with the locale's
 * separators ("1,000", "1 000,5"), leading zeros dropped ("007" → 7), percents ("42%" → 0.42 shown
 * as a percent), currency, dates in the locale's order ("3/4" is 4 March in en_US, 3 April in fr_FR;
 * "2026-01-14" everywhere; "25.5" is 25 May in fr_FR), booleans ("TRUE", "VRAI"), formulas ("=…");
 * a leading apostrophe keeps the rest as text and is not part of the value. A cell formatted as
 * plain text ("@") keeps the string exactly as written. Parsing also picks the cell's number format
 * when it had none, and a later setNumberFormat replaces it (which is how "25%" ends up showing 0.25).
 */

export interface Parsed {
  value: unknown;
  formula?: string;
  /** The number format Sheets gives an automatic cell for what it recognised. */
  format?: string;
}

export const PLAIN_TEXT = '@';
/** An untouched cell; '0.###############' set explicitly is a number pattern like any other. */
const AUTOMATIC = new Set(['', 'General']);

export const isAutomaticFormat = (format: string | undefined) => AUTOMATIC.has(format ?? '');

interface LocaleRules {
  decimal: string;
  group: RegExp;
  dayFirst: boolean;
  dateSeparators: RegExp;
  booleans: Record<string, boolean>;
  dateFormat: string;
  currency: string;
}

const EN_US: LocaleRules = {
  decimal: '.',
  group: /,/g,
  dayFirst: false,
  dateSeparators: /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/,
  booleans: { TRUE: true, FALSE: false },
  dateFormat: 'M/d/yyyy',
  currency: '$',
};
const EN_DAY_FIRST: LocaleRules = {
  ...EN_US,
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  currency: '£',
};
const FR: LocaleRules = {
  decimal: ',',
  group: /[\s\u00a0\u202f]/g,
  dayFirst: true,
  dateSeparators: /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/,
  booleans: { VRAI: true, FAUX: false, TRUE: true, FALSE: false },
  dateFormat: 'dd/MM/yyyy',
  currency: '€',
};

/** The parsing rules of a spreadsheet locale ("en_US", "fr_FR", "fr_CA", "en_GB"…). */
export function localeRules(locale: string): LocaleRules {
  if (locale.startsWith('fr')) return FR;
  if (locale === 'en_US' || locale === 'en') return EN_US;
  return EN_DAY_FIRST;
}

function parseNumber(text: string, rules: LocaleRules): { value: number; grouped: boolean } | null {
  const grouped =
    rules.decimal === '.'
      ? /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)
      : /^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+(,\d*)?$/.test(text);
  const bare = text.replace(rules.group, '');
  const plain =
    rules.decimal === '.'
      ? /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i
      : /^[+-]?(\d+(,\d*)?|,\d+)(e[+-]?\d+)?$/i;
  if (!grouped && !plain.test(text)) return null;
  const value = Number(bare.replace(rules.decimal, '.'));
  return Number.isFinite(value) ? { value, grouped } : null;
}

function validDate(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

function parseDate(text: string, rules: LocaleRules, year: number): Parsed | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { value: date, format: 'yyyy-MM-dd' } : null;
  }
  const m = rules.dateSeparators.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const y = m[3] === undefined ? year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const date = rules.dayFirst ? validDate(y, b, a) : validDate(y, a, b);
  return date ? { value: date, format: rules.dateFormat } : null;
}

function parseAmount(text: string, rules: LocaleRules): Parsed | null {
  const percent = /^(.*?)[\s\u00a0\u202f]?%$/.exec(text);
  if (percent) {
    const n = parseNumber(percent[1], rules);
    if (!n) return null;
    const decimals = percent[1].split(rules.decimal)[1]?.length ?? 0;
    return { value: n.value / 100, format: decimals > 0 ? '0.00%' : '0%' };
  }
  const currency = text.startsWith(rules.currency)
    ? text.slice(1)
    : text.endsWith(rules.currency)
      ? text.slice(0, -1).trim()
      : null;
  if (currency !== null) {
    const n = parseNumber(currency, rules);
    return n ? { value: n.value, format: `${rules.currency}#,##0.00` } : null;
  }
  const n = parseNumber(text, rules);
  if (!n) return null;
  return n.grouped ? { value: n.value, format: '#,##0' } : { value: n.value };
}

/** The value (and formula, and automatic format) a written value becomes in a cell. */
export function parseTyped(
  input: unknown,
  options: { locale?: string; format?: string; year?: number } = {},
): Parsed {
  if (input instanceof Date || typeof input === 'number' || typeof input === 'boolean')
    return { value: input };
  if (input === null || input === undefined) return { value: '' };
  const text = String(input);
  if (options.format === PLAIN_TEXT) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[=+\-@]/.test(text) && text.length > 1 && !/^[+-][\d.,]/.test(text))
    return { value: '', formula: text.startsWith('=') ? text : `=${text}` };
  const rules = localeRules(options.locale ?? 'en_US');
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  const bool = rules.booleans[trimmed.toUpperCase()];
  if (bool !== undefined) return { value: bool };
  return (
    parseAmount(trimmed, rules) ??
    parseDate(trimmed, rules, options.year ?? 2026) ?? { value: text }
  );
}
