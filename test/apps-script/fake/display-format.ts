/**
 * What a cell shows (getDisplayValues), from its value and number format, the way Google Sheets
 * renders them in the spreadsheet's locale: percent and decimal patterns ("0%", "0.0", "#,##0"),
 * literal text in quotes (`0 "cycles"`), date patterns (yyyy, MM, M, dd, d, mmm, mmmm) with
 * month names in the locale, a date under a number pattern shown as its serial number (46036), plain
 * text ("@") as is. The automatic format shows numbers with up to ten decimals and dates in the
 * locale's short style.
 */
import { isAutomaticFormat, localeRules, PLAIN_TEXT } from './typed-input';
// The tests' one table of month names, written apart from the product's so the fake checks it.
import { MONTHS } from '../../plan-generator/vocabulary';

const SHORT = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
};

/** Days since 1899-12-30, as Sheets counts dates. */
export function serialOf(wall: Date): number {
  return (wall.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const isDatePattern = (pattern: string) =>
  /[yd]|m{3,}|(^|[^0#])M/.test(pattern.replace(/"[^"]*"/g, ''));

function formatDate(wall: Date, pattern: string, locale: string): string {
  const lang = locale.startsWith('fr') ? 'fr' : 'en';
  const y = wall.getUTCFullYear();
  const m = wall.getUTCMonth();
  const d = wall.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return pattern.replace(
    /"([^"]*)"|yyyy|yy|mmmm|mmm|MMMM|MMM|MM|mm|M|m|dd|d/g,
    (token, literal: string | undefined) => {
      if (literal !== undefined) return literal;
      switch (token) {
        case 'yyyy':
          return String(y);
        case 'yy':
          return pad(y % 100);
        case 'mmmm':
        case 'MMMM':
          return MONTHS[lang][m];
        case 'mmm':
        case 'MMM':
          return SHORT[lang][m];
        case 'MM':
        case 'mm':
          return pad(m + 1);
        case 'M':
        case 'm':
          return String(m + 1);
        case 'dd':
          return pad(d);
        default:
          return String(d);
      }
    },
  );
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatNumber(value: number, pattern: string, locale: string): string {
  const rules = localeRules(locale);
  const section = pattern.split(';')[value < 0 && pattern.includes(';') ? 1 : 0] ?? pattern;
  const body = section.replace(/"[^"]*"/g, '');
  const percent = body.includes('%');
  const decimals = /\.([0#]+)/.exec(body)?.[1] ?? '';
  const fixed = decimals.replace(/#/g, '').length;
  const scaled = Math.abs(percent ? value * 100 : value);
  let text = scaled.toFixed(decimals.length);
  if (decimals.length > fixed && text.includes('.'))
    text = text.replace(/0+$/, '').replace(/\.$/, fixed === 0 && decimals.length > 0 ? '' : '.');
  let [int, frac] = text.split('.');
  if (body.includes(',')) int = groupThousands(int, rules.decimal === '.' ? ',' : '\u202f');
  const number = `${value < 0 && !pattern.includes(';') ? '-' : ''}${int}${frac !== undefined && frac !== '' ? rules.decimal + frac : ''}`;
  return section.replace(/"([^"]*)"|[#0.,]+%?|%/g, (token, literal: string | undefined) =>
    literal !== undefined
      ? literal
      : /[#0]/.test(token)
        ? `${number}${token.endsWith('%') ? '%' : ''}`
        : token,
  );
}

/** The text a cell holding `value` with number format `format` shows in a spreadsheet of `locale`. */
export function displayOf(value: unknown, format: string | undefined, locale: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean')
    return locale.startsWith('fr') ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === PLAIN_TEXT)
    return value instanceof Date
      ? formatDate(value, localeRules(locale).dateFormat, locale)
      : String(value);
  if (value instanceof Date) {
    if (isAutomaticFormat(format)) return formatDate(value, localeRules(locale).dateFormat, locale);
    return isDatePattern(format ?? '')
      ? formatDate(value, format ?? '', locale)
      : formatNumber(serialOf(value), format ?? '', locale);
  }
  if (typeof value !== 'number') return String(value);
  if (isAutomaticFormat(format)) return formatNumber(value, '0.##########', locale);
  if (isDatePattern(format ?? ''))
    return formatDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000), format ?? '', locale);
  return formatNumber(value, format ?? '', locale);
}
