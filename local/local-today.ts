/**
 * Today as local mode's hosts see it: the computer's calendar date (school calendars are local). The
 * CLI and the server are hosts, so they may read the clock; the core only ever receives the date.
 */

/** The computer's calendar date, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
