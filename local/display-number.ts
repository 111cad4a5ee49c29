/**
 * Numbers as the sheet displays them, in the page's language: "42.5%" in English, "42,5 %" in
 * French (decimal comma, no-break space before the sign), so cells and chart labels read alike.
 */
import type { Locale } from '../shared/messages';

/** A number with the decimals and percent sign its sheet number format asks for. */
export function displayNumber(value: number, numberFormat = '', locale: Locale = 'en'): string {
  const text = formatted(value, numberFormat);
  return locale === 'fr' ? text.replace('.', ',').replace('%', '\u00a0%') : text;
}

function formatted(value: number, numberFormat: string): string {
  if (numberFormat.includes('%')) {
    const decimals = /\.(0+)%/.exec(numberFormat)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length;
  return decimals !== undefined ? value.toFixed(decimals) : String(Math.round(value * 100) / 100);
}
