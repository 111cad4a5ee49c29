/**
 * Dates as people read them on the Dashboard and the Summary: month names, short month names, and
 * the order of day, month and year in each language ("Jan 14, 2026" / "14 janv. 2026").
 */
import type { Bilingual } from '../../messages';

export const dateStrings = {
  'date.month.01': { en: 'January', fr: 'janvier' },
  'date.month.02': { en: 'February', fr: 'février' },
  'date.month.03': { en: 'March', fr: 'mars' },
  'date.month.04': { en: 'April', fr: 'avril' },
  'date.month.05': { en: 'May', fr: 'mai' },
  'date.month.06': { en: 'June', fr: 'juin' },
  'date.month.07': { en: 'July', fr: 'juillet' },
  'date.month.08': { en: 'August', fr: 'août' },
  'date.month.09': { en: 'September', fr: 'septembre' },
  'date.month.10': { en: 'October', fr: 'octobre' },
  'date.month.11': { en: 'November', fr: 'novembre' },
  'date.month.12': { en: 'December', fr: 'décembre' },
  'date.monthShort.01': { en: 'Jan', fr: 'janv.' },
  'date.monthShort.02': { en: 'Feb', fr: 'févr.' },
  'date.monthShort.03': { en: 'Mar', fr: 'mars' },
  'date.monthShort.04': { en: 'Apr', fr: 'avr.' },
  'date.monthShort.05': { en: 'May', fr: 'mai' },
  'date.monthShort.06': { en: 'Jun', fr: 'juin' },
  'date.monthShort.07': { en: 'Jul', fr: 'juil.' },
  'date.monthShort.08': { en: 'Aug', fr: 'août' },
  'date.monthShort.09': { en: 'Sep', fr: 'sept.' },
  'date.monthShort.10': { en: 'Oct', fr: 'oct.' },
  'date.monthShort.11': { en: 'Nov', fr: 'nov.' },
  'date.monthShort.12': { en: 'Dec', fr: 'déc.' },
  'date.short': { en: '{month} {day}, {year}', fr: '{day} {month} {year}' },
  'date.long': { en: '{day} {month} {year}', fr: '{day} {month} {year}' },
  'date.firstDay': { en: '1', fr: '1er' },
  'date.monthOfYear': { en: '{month} {year}', fr: '{month} {year}' },
} as const satisfies Record<string, Bilingual>;
