/**
 * How a table of strings is read: {placeholders} filled from params (their names type-check against
 * the text) and {name:one|other} agreeing with a number. One factory for every table, so the whole
 * table (./index.ts) and a host's subset of it (./clipper-strings.ts) look strings up the same way.
 */
import { localeTag, type Bilingual, type Locale } from '../messages';

/** A table of strings: key → the text in each language. */
export type Table = Record<string, Bilingual>;

/**
 * The parameter names a template uses, read from its {placeholders} by the type checker:
 * "{count} {count:coach|coaches} for {name}" → "count" | "name".
 */
type Placeholders<S extends string, Found = never> = string extends S
  ? string // a table not declared `as const`: its parameters cannot be read, so any are accepted
  : S extends `${string}{${infer Inside}}${infer Rest}`
    ? Placeholders<Rest, Found | (Inside extends `${infer Name}:${string}` ? Name : Inside)>
    : Found;

/** The parameters of one string of `T`, in either language. */
export type TableParams<T extends Table, K extends keyof T> =
  | Placeholders<T[K]['en']>
  | Placeholders<T[K]['fr']>;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** A parameter's value: a value both languages show as is, or words that differ by language. */
export type ParamValue = string | number | Bilingual;

export type Params = Record<string, ParamValue>;

/**
 * What `t` and `bilingual` take after the key: exactly the template's parameters for one known key
 * (a missing or misspelt one does not compile); any parameters for a key chosen at run time.
 */
export type TableArgs<T extends Table, K extends keyof T> =
  true extends IsUnion<K>
    ? [params?: Params]
    : string extends TableParams<T, K>
      ? [params?: Params]
      : [TableParams<T, K>] extends [never]
        ? []
        : [params: Record<TableParams<T, K>, ParamValue>];

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
    const value = inLocale(params[name], locale);
    if (forms === undefined) return String(value);
    const [one, other = one] = forms.split('|');
    return PLURALS[locale].select(Number(value)) === 'one' ? one : other;
  });
}

/**
 * A parameter in one language: words that differ by language (a field's name, a list of reasons)
 * are passed in both and each text takes its own, so no caller fills a template twice.
 */
function inLocale(value: ParamValue, locale: Locale): string | number {
  return typeof value === 'object' ? value[locale] : value;
}

/** The look-ups over one table: `t` for one language, `bilingual` for both, `has` for a key built at run time. */
export function translator<T extends Table>(table: T) {
  /** The string for `key` in `locale`, with {placeholders} filled. */
  function t<K extends keyof T & string>(
    locale: Locale,
    key: K,
    ...[params]: TableArgs<T, K>
  ): string {
    return fill(table[key][locale], params, locale);
  }
  /** Both languages at once, for what the core returns without knowing the reader. */
  function bilingual<K extends keyof T & string>(key: K, ...[params]: TableArgs<T, K>): Bilingual {
    return { en: fill(table[key].en, params, 'en'), fr: fill(table[key].fr, params, 'fr') };
  }
  /** Whether a key built at run time (an error family and a code) is in the table. */
  function has(key: string): key is keyof T & string {
    return key in table;
  }
  return { t, bilingual, has };
}
