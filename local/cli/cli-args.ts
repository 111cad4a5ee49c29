/**
 * Parses the CLI's arguments with node's own parser (node:util parseArgs): `inspect FILE
 * [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]`.
 * A wrong flag, a flag missing its value or a date that is not YYYY-MM-DD is an error value with the
 * message to print, in the language --lang asks for.
 */
import { t } from '../../shared/i18n';
import { isIsoDate } from '../../shared/school-year';
import type { InspectOptions } from './cli-inspect';
import { localToday } from '../local-today';
import { localeFlag, readFlags } from '../command-flags';

/** The options to run with, or the usage/date error to print. */
export type Parsed = { ok: true; options: InspectOptions } | { ok: false; message: string };

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
