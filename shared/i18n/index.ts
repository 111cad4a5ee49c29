/**
 * The one i18n table: every user-facing string of the add-on, the clipper and the CLI, in English
 * and French. Entries live in ./concepts, one file per concept (reading the plan, key results, plan
 * health, the owned tabs' headers and notes, evidence, connecting the clipper, coaches, the
 * Dashboard…), whichever host shows them; this file joins them and is the way to look any string
 * up. A host that shows only a few concepts can join just those (./clipper-strings.ts does for the
 * extension) and keep the rest out of its bundle.
 * Placeholders are written {name} and filled from `params` (their names type-check against the
 * text); a word that agrees with a number is written {name:one|other}.
 */
import type { Bilingual } from '../messages';
import { clipperStrings } from './clipper-strings';
import { coachStrings } from './concepts/coaches';
import { commandLineStrings } from './concepts/command-line';
import { dashboardStrings } from './concepts/dashboard';
import { dateStrings } from './concepts/dates';
import { keyResultStrings } from './concepts/key-results';
import { ownedTabStrings } from './concepts/owned-tabs';
import { planFieldStrings } from './concepts/plan-fields';
import { planHealthStrings } from './concepts/plan-health';
import { planReadingStrings } from './concepts/plan-reading';
import { settingsStrings } from './concepts/settings';
import { setupStrings } from './concepts/setup';
import { summaryStrings } from './concepts/summary';
import { webAppStrings } from './concepts/web-app';
import { workbookFileStrings } from './concepts/workbook-file';
import { translator, type Message as TableMessage } from './translator';

export const strings = {
  ...planReadingStrings,
  ...planFieldStrings,
  ...ownedTabStrings,
  ...keyResultStrings,
  ...planHealthStrings,
  ...dashboardStrings,
  ...dateStrings,
  ...summaryStrings,
  ...setupStrings,
  ...settingsStrings,
  ...coachStrings,
  ...webAppStrings,
  ...commandLineStrings,
  ...workbookFileStrings,
  ...clipperStrings,
} satisfies Record<string, Bilingual>;
export type StringKey = keyof typeof strings;

const lookup = translator(strings);

/** The string for `key` in `locale`, with {placeholders} filled. */
export const t = lookup.t;

/** Both languages at once, for diagnostics and findings the core returns without knowing the reader. */
export const bilingual = lookup.bilingual;

/** A sentence of the table kept as its key and parameters, for a host to say in its reader's language. */
export type Message<K extends StringKey = StringKey> = TableMessage<K>;

/** A message the core returns without choosing a language (its parameters type-check like t's). */
export const message = lookup.message;

/** A message in the reader's language. */
export const render = lookup.render;

export { errorKey, type ErrorFamily } from './clipper-strings';
