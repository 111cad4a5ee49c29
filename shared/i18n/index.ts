/**
 * The one i18n table: every user-facing string of the add-on, the clipper and the CLI, in English
 * and French. Each area keeps its entries in its own file (core, addon, clipper, local) so the table stays
 * readable; this file joins them and is the only way to look a string up.
 * Placeholders are written {name} and filled from `params` (their names type-check against the
 * text); a word that agrees with a number is written {name:one|other}.
 */
import { localeTag, type Bilingual, type Locale } from '../messages';
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

/**
 * The parameter names a template uses, read from its {placeholders} by the type checker:
 * "{count} {count:coach|coaches} for {name}" → "count" | "name".
 */
type Placeholders<S extends string, Found = never> = string extends S
  ? string // a table not declared `as const`: its parameters cannot be read, so any are accepted
  : S extends `${string}{${infer Inside}}${infer Rest}`
    ? Placeholders<Rest, Found | (Inside extends `${infer Name}:${string}` ? Name : Inside)>
    : Found;

/** The parameters of one string, in either language. */
export type ParamsOf<K extends StringKey> =
  | Placeholders<(typeof strings)[K]['en']>
  | Placeholders<(typeof strings)[K]['fr']>;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * What `t` and `bilingual` take after the key: exactly the template's parameters for one known key
 * (a missing or misspelt one does not compile); any parameters for a key chosen at run time.
 */
export type ParamArgs<K extends StringKey> =
  true extends IsUnion<K>
    ? [params?: Params]
    : string extends ParamsOf<K>
      ? [params?: Params]
      : [ParamsOf<K>] extends [never]
        ? []
        : [params: Record<ParamsOf<K>, string | number>];

type Params = Record<string, string | number>;

const PLURALS: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules(localeTag('en')),
  fr: new Intl.PluralRules(localeTag('fr')),
};

/**
 * Fills {name} placeholders from `params`. `{name:one|other}` is the word that agrees with the number
 * `name`, by the language's plural rules (Intl.PluralRules): French takes the singular for 0 and 1
 * ("0 preuve", "1 connexion révoquée"), English for 1 only ("0 clips", "1 clip").
 */
export function fill(template: string, params: Params = {}, locale: Locale = 'en'): string {
  return template.replace(/\{(\w+)(?::([^{}]*))?\}/g, (whole, name: string, forms?: string) => {
    if (!(name in params)) return whole;
    if (forms === undefined) return String(params[name]);
    const [one, other = one] = forms.split('|');
    return PLURALS[locale].select(Number(params[name])) === 'one' ? one : other;
  });
}

/** The string for `key` in `locale`, with {placeholders} filled. */
export function t<K extends StringKey>(locale: Locale, key: K, ...[params]: ParamArgs<K>): string {
  return fill(strings[key][locale], params, locale);
}

/** Both languages at once, for diagnostics and findings the core returns without knowing the reader. */
export function bilingual<K extends StringKey>(key: K, ...[params]: ParamArgs<K>): Bilingual {
  return { en: fill(strings[key].en, params, 'en'), fr: fill(strings[key].fr, params, 'fr') };
}

/** The families of error messages the clipper shows for a code its background or a host returned. */
export type ErrorFamily = 'clipper.pair.error' | 'clipper.form.error' | 'clipper.google.error';

/**
 * The message key for an error code: the family's own message when the table has one, else the
 * family's `internal` message (a code nobody wrote words for, such as a background that threw), so a
 * new or unexpected code never breaks the panel.
 */
export function errorKey(family: ErrorFamily, code: string): StringKey {
  const key = `${family}.${code}`;
  return key in strings ? (key as StringKey) : `${family}.internal`;
}
