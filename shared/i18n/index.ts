/**
 * The one i18n table: every user-facing string of the add-on, the clipper and the CLI, in English
 * and French. Each area keeps its entries in its own file (core, addon, clipper, local) so the table stays
 * readable; this file joins them and is the only way to look a string up.
 * Placeholders are written {name} and filled from `params`.
 */
import type { Bilingual, Locale } from '../messages';
import { coreStrings } from './core';
import { addonStrings } from './addon';
import { clipperStrings } from './clipper';
import { clipperConnectStrings } from './clipper-connect';
import { localStrings } from './local';

export const strings = {
  ...coreStrings,
  ...addonStrings,
  ...clipperStrings,
  ...clipperConnectStrings,
  ...localStrings,
} satisfies Record<string, Bilingual>;
export type StringKey = keyof typeof strings;

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The string for `key` in `locale`, with {placeholders} filled. */
export function t(
  locale: Locale,
  key: StringKey,
  params?: Record<string, string | number>,
): string {
  return fill(strings[key][locale], params);
}

/** Both languages at once, for diagnostics and findings the core returns without knowing the reader. */
export function bilingual(key: StringKey, params?: Record<string, string | number>): Bilingual {
  return { en: fill(strings[key].en, params), fr: fill(strings[key].fr, params) };
}

/**
 * A count in words with its plural: the template holds the singular and the plural form separated
 * by "|" ("{n} atteint|{n} atteints"). French takes the singular for 0 and 1, English for 1 only.
 */
export function tCount(locale: Locale, key: StringKey, n: number): string {
  const [one, other = one] = strings[key][locale].split('|');
  const singular = locale === 'fr' ? Math.abs(n) < 2 : n === 1;
  return fill(singular ? one : other, { n });
}
