/**
 * Parses the CLI's arguments with node's own parser (node:util parseArgs): `inspect FILE
 * [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]`.
 * A wrong flag, a flag missing its value or a date that is not YYYY-MM-DD is an error value with the
 * message to print, in the language --lang asks for.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../shared/messages';
import { t } from '../shared/i18n';
import { isIsoDate } from '../shared/school-year';
import type { InspectOptions } from './cli-inspect';

/** The options to run with, or the usage/date error to print. */
export type Parsed = { ok: true; options: InspectOptions } | { ok: false; message: string };

/** Today's local calendar date: the CLI is a host, so it may read the clock. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The flags and positionals of `args` when every flag is one of `options` with its value; null for
 * an unknown flag or a missing value. Shared by the CLI and `npm start`.
 */
export function readFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseNodeArgs({ args, options, strict: true, allowPositionals: true });
  } catch {
    return null;
  }
}

/** French when `flag` says fr (`--lang fr` or `--lang=fr`), even among flags that are wrong. */
export function localeFlag(args: string[], flag: string): Locale {
  const loose = parseNodeArgs({
    args,
    options: { [flag]: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return loose.values[flag] === 'fr' ? 'fr' : 'en';
}

const INSPECT_FLAGS = {
  sheet: { type: 'string' },
  map: { type: 'string' },
  explain: { type: 'boolean' },
  today: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** Parses `inspect FILE` and its flags. */
export function parseArgs(args: string[]): Parsed {
  const locale = localeFlag(args, 'lang');
  const usage = { ok: false as const, message: t(locale, 'cli.usage') };
  const read = readFlags(args, INSPECT_FLAGS);
  if (!read) return usage;
  const [command, file, ...extra] = read.positionals;
  if (command !== 'inspect' || !file || extra.length > 0) return usage;
  const { sheet, map, explain, today = localToday(), json = false } = read.values;
  if (!isIsoDate(today)) return { ok: false, message: t(locale, 'cli.badToday', { value: today }) };
  const options: InspectOptions = { file, today, json, locale };
  if (sheet !== undefined) options.sheet = sheet;
  if (map !== undefined) options.mapFile = map;
  if (explain) options.explain = true;
  return { ok: true, options };
}
