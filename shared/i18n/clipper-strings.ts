/**
 * The clipper's own strings: the concepts the extension's side panel and background show, and
 * nothing else. The extension imports `t` from here, not from ./index, so the add-on's and local
 * mode's strings stay out of its bundle. Every key here is also a key of the whole table.
 */
import { clipDeliveryStrings } from './concepts/clip-delivery';
import { clipMakingStrings } from './concepts/clip-making';
import { clipperConnectionStrings } from './concepts/clipper-connection';
import { clipperExtensionStrings } from './concepts/clipper-extension';
import { evidenceVocabularyStrings } from './concepts/evidence-vocabulary';
import { translator } from './translator';

export const clipperStrings = {
  ...clipperExtensionStrings,
  ...clipperConnectionStrings,
  ...clipMakingStrings,
  ...clipDeliveryStrings,
  ...evidenceVocabularyStrings,
};

/** A key of the clipper's strings. */
export type ClipperKey = keyof typeof clipperStrings;

const lookup = translator(clipperStrings);

/** The clipper string for `key` in `locale`, with {placeholders} filled. */
export const t = lookup.t;

/** The clipper's key for `code` in a family of messages (`clipper.problem`, …), null when none is written. */
export function keyFor(family: string, code: string): ClipperKey | null {
  const key = `${family}.${code}`;
  return lookup.has(key) ? key : null;
}

/** The families of error messages the clipper shows for a code its background or a host returned. */
export type ErrorFamily = 'clipper.pair.error' | 'clipper.form.error' | 'clipper.google.error';

/**
 * The message key for an error code: the family's own message when the table has one, else the
 * family's `internal` message (a code nobody wrote words for, such as a background that threw), so a
 * new or unexpected code never breaks the panel.
 */
export function errorKey(family: ErrorFamily, code: string): ClipperKey {
  return keyFor(family, code) ?? `${family}.internal`;
}
