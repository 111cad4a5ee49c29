/** Local mode's strings: entries of the one i18n table (shared/i18n/local.ts), looked up with `t`. */
import { t } from '../shared/i18n/index';
import type { LocalStringKey } from '../shared/i18n/local';
import type { Locale } from '../shared/messages';

export function localText(locale: Locale, key: LocalStringKey, params?: Record<string, string | number>): string {
  return t(locale, key, params);
}
