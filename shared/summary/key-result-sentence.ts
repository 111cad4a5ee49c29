/**
 * A key result's status as a principal reads it: "On track: 41% of observed lessons where students
 * explain their reasoning, aiming for 60% by June." or "At risk: Co-planning cycles, 12 cycles so
 * far, aiming for 40 cycles by June." The title is reused as the noun when it starts
 * with "%" (or "Nombre de"/"Number of"), so the sentence carries the measure's meaning.
 */

import { formatAmount, unitOf } from '../dashboard/amounts';
import { monthLabel, statusLabel } from '../dashboard/display-values';
import { t } from '../i18n';
import type { Locale } from '../messages';
import type { KeyResult } from '../plan-schema';
import type { KeyResultPace } from '../records';

/** French puts a space before the colon. */
const colon = (locale: Locale) => (locale === 'fr' ? ' : ' : ': ');

/**
 * "41% of observed lessons…" when the title starts with %, else "Title, 12 cycles so far" (a second
 * colon after the status would read as a list, worst of all in French where each takes a space).
 */
export function measurePhrase(keyResult: KeyResult, value: number, locale: Locale): string {
  const title = keyResult.title.trim();
  const unit = unitOf(keyResult);
  const amount = formatAmount(value, unit, locale);
  if (/^%\s/.test(title) && unit?.trim() === '%') return `${amount} ${title.replace(/^%\s*/, '')}`;
  return t(locale, 'addon.summary.soFar', { title, amount });
}

/** One sentence per key result, status first, in the reader's language. */
export function keyResultSentence(
  keyResult: KeyResult,
  pace: KeyResultPace | undefined,
  today: string,
  locale: Locale,
): string {
  const status = pace?.status ?? 'no-data';
  const current = pace?.current ?? keyResult.current;
  const due = pace?.due ?? keyResult.due;
  const aiming =
    keyResult.target === null
      ? ''
      : t(locale, due ? 'addon.summary.aimingBy' : 'addon.summary.aiming', {
          target: formatAmount(keyResult.target, unitOf(keyResult), locale),
          month: due ? monthLabel(due, today, locale) : '',
        });
  const label = statusLabel(status, locale, current);
  if (current === null) {
    const what = keyResult.title.trim();
    return `${label}${colon(locale)}${what}${aiming ? `, ${aiming}` : ''}.`;
  }
  return `${label}${colon(locale)}${measurePhrase(keyResult, current, locale)}${aiming ? `, ${aiming}` : ''}.`;
}
