/** i18n entries for the addon (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const addonStrings = {
} satisfies Record<string, Bilingual>;
