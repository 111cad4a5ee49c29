/** i18n entries for the clipper (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const clipperStrings = {
} satisfies Record<string, Bilingual>;
