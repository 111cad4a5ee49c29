/**
 * Parses the CLI's arguments: `inspect FILE [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]`.
 * A wrong flag or a date that is not YYYY-MM-DD is an error value with the message to print.
 */
import type { Locale } from '../shared/messages';
import { t } from '../shared/i18n';
import { isIsoDate } from '../shared/school-year';
import type { InspectOptions } from './cli-inspect';
import { localToday } from './local-today';

/** The options to run with, or the usage/date error to print. */
export type Parsed = { ok: true; options: InspectOptions } | { ok: false; message: string };

/** Parses `inspect FILE` and its flags. */
export function parseArgs(args: string[]): Parsed {
  const langIndex = args.indexOf('--lang');
  const locale: Locale = args[langIndex + 1] === 'fr' && langIndex >= 0 ? 'fr' : 'en';
  const [command, ...rest] = args;
  if (command !== 'inspect') return { ok: false, message: t(locale, 'cli.usage') };
  const options: InspectOptions = { file: '', today: localToday(), json: false, locale };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--map' && i + 1 < rest.length) options.mapFile = rest[++i];
    else if (arg === '--sheet' && i + 1 < rest.length) options.sheet = rest[++i];
    else if (arg === '--today' && i + 1 < rest.length) options.today = rest[++i];
    else if (arg === '--lang' && i + 1 < rest.length) i++;
    else if (!arg.startsWith('--') && options.file === '') options.file = arg;
    else return { ok: false, message: t(locale, 'cli.usage') };
  }
  if (options.file === '') return { ok: false, message: t(locale, 'cli.usage') };
  if (!isIsoDate(options.today))
    return { ok: false, message: t(locale, 'cli.badToday', { value: options.today }) };
  return { ok: true, options };
}
