/** i18n entries for the core (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const coreStrings = {
} satisfies Record<string, Bilingual>;
