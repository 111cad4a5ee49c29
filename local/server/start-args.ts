/**
 * Parses `npm start`'s arguments with node's own parser (node:util parseArgs):
 * `[FILE] [--port N] [--connect NAME] [--today YYYY-MM-DD] [--coaches] [--revoke NAME]
 * [--remove-clip ID] [--locale fr|en]`,
 * as `--flag value` or `--flag=value`. A misspelt flag, a flag missing its value or two files are a
 * usage message (in the language --locale asks for) rather than being ignored.
 */
import { t } from '../../shared/i18n/index';
import { localeFlag, readFlags } from '../command-flags';

/** What `npm start` was asked to do; `usage` is set (and the rest empty) when the arguments are wrong. */
export interface StartArgs {
  file: string | null;
  port: string | null;
  connect: string | null;
  today: string | null;
  revoke: string | null;
  removeClip: string | null;
  coaches: boolean;
  locale: string | null;
  usage?: string;
}

const START_FLAGS = {
  port: { type: 'string' },
  connect: { type: 'string' },
  today: { type: 'string' },
  revoke: { type: 'string' },
  'remove-clip': { type: 'string' },
  coaches: { type: 'boolean' },
  locale: { type: 'string' },
} as const;

/** The file and flags `npm start` was given. */
export function parseStartArgs(argv: string[]): StartArgs {
  const read = readFlags(argv, START_FLAGS);
  const args: StartArgs = {
    file: null,
    port: null,
    connect: null,
    today: null,
    revoke: null,
    removeClip: null,
    coaches: false,
    locale: null,
  };
  if (!read || read.positionals.length > 1)
    return { ...args, usage: t(localeFlag(argv, 'locale'), 'local.startUsage') };
  const { port, connect, today, revoke, coaches, locale } = read.values;
  return {
    file: read.positionals[0] ?? null,
    port: port ?? null,
    connect: connect ?? null,
    today: today ?? null,
    revoke: revoke ?? null,
    removeClip: read.values['remove-clip'] ?? null,
    coaches: coaches ?? false,
    locale: locale ?? null,
  };
}
