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

/**
 * A sentence kept as its key and parameters rather than as words: the core returns it without
 * knowing the reader, and the host says it in the reader's language (`render`).
 */
export interface Message<K extends string = string> {
  key: K;
  params?: Params;
}

/**
 * A parameter's value: a value both languages show as is, words that differ by language, or another
 * message (said in the same language as the sentence around it).
 */
export type ParamValue = string | number | Bilingual | Message;

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

/** Each language's plural rules, made on first use: a run that never agrees a word with a number
 * (the CLI's --json, most of a refresh) never pays for loading the locale data. */
const PLURALS: Partial<Record<Locale, Intl.PluralRules>> = {};
const pluralRules = (locale: Locale) =>
  (PLURALS[locale] ??= new Intl.PluralRules(localeTag(locale)));

/**
 * Fills {name} placeholders from `params`. `{name:one|other}` is the word that agrees with the number
 * `name`, by the language's plural rules (Intl.PluralRules): French takes the singular for 0 and 1
 * ("0 preuve", "1 connexion révoquée"), English for 1 only ("0 clips", "1 clip").
 */
function fill(
  template: string,
  params: Record<string, string | number> = {},
  locale: Locale = 'en',
): string {
  return template.replace(/\{(\w+)(?::([^{}]*))?\}/g, (whole, name: string, forms?: string) => {
    if (!(name in params)) return whole;
    if (forms === undefined) return String(params[name]);
    const [one, other = one] = forms.split('|');
    return pluralRules(locale).select(Number(params[name])) === 'one' ? one : other;
  });
}

/** The look-ups over one table: `t` for one language, `bilingual` for both, `has` for a key built at run time. */
export function translator<T extends Table>(table: T) {
  type Key = keyof T & string;
  const texts: Table = table;
  /** The string for `key` in `locale`, with {placeholders} filled. */
  function t<K extends Key>(locale: Locale, key: K, ...[params]: TableArgs<T, K>): string {
    return say(locale, key, params);
  }
  /** Both languages at once, for what the core returns without knowing the reader. */
  function bilingual<K extends Key>(key: K, ...[params]: TableArgs<T, K>): Bilingual {
    return { en: say('en', key, params), fr: say('fr', key, params) };
  }
  /** A sentence to say later, in whichever language the host's reader reads. */
  function message<K extends Key>(key: K, ...[params]: TableArgs<T, K>): Message<K> {
    return params === undefined ? { key } : { key, params };
  }
  /** A message in `locale`. */
  function render(locale: Locale, said: Message<Key>): string {
    return say(locale, said.key, said.params);
  }
  /** A message in both languages, for an output that carries both (the CLI's --json). */
  function renderBoth(said: Message<Key>): Bilingual {
    return { en: render('en', said), fr: render('fr', said) };
  }
  function say(locale: Locale, key: string, params: Params = {}): string {
    return fill(texts[key][locale], inLocale(params, locale), locale);
  }
  /**
   * The parameters in one language: words given in both languages (a field's name) and nested
   * messages (a tab's reason) each become that language's words, so no caller fills a template twice.
   */
  function inLocale(params: Params, locale: Locale): Record<string, string | number> {
    const inOne = (value: ParamValue): string | number => {
      if (typeof value !== 'object') return value;
      return 'key' in value ? say(locale, value.key, value.params) : value[locale];
    };
    return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, inOne(value)]));
  }
  /** Whether a key built at run time (an error family and a code) is in the table. */
  function has(key: string): key is Key {
    return key in table;
  }
  return { t, bilingual, message, render, renderBoth, has };
}
