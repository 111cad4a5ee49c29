/**
 * Calendar arithmetic on YYYY-MM-DD dates and the school year's defaults: a key result with no due
 * date is due 30 June of the school year containing today; one with no start starts 1 September
 * before its due date.
 */

/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving surprises). */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86400000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86400000).toISOString().slice(0, 10);
}

/** 30 June ending the school year that contains `today` (July and August belong to the coming year). */
export function defaultDue(today: string): string {
  const [year, month] = today.split('-').map(Number);
  return `${month >= 7 ? year + 1 : year}-06-30`;
}

/** 1 September before `due`. */
export function defaultStart(due: string): string {
  const [year, month] = due.split('-').map(Number);
  return `${month >= 9 && due.slice(5) !== '09-01' ? year : year - 1}-09-01`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return addDays(text, 0) === text;
}
