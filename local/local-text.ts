/** Local mode's strings from shared/i18n/local.ts, filled like every other entry of the i18n table. */
import { fill } from '../shared/i18n/index';
import { localStrings, type LocalStringKey } from '../shared/i18n/local';
import type { Locale } from '../shared/messages';

export function localText(locale: Locale, key: LocalStringKey, params?: Record<string, string | number>): string {
  return fill(localStrings[key][locale], params);
}
