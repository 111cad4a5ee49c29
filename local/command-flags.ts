/**
 * Reading a command line's flags with node's own parser (node:util parseArgs), for both commands:
 * the CLI (`inspect`) and `npm start`.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../shared/messages';

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
