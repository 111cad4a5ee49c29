/**
 * Counting evidence the way the Dashboard shows it: the last 30 days against the total, by type,
 * the latest date, and per week for the chart.
 */
import type { Locale } from '../messages';
import type { EvidenceRecord } from '../records';
import { EVIDENCE_TYPES, type EvidenceType } from '../evidence-vocabulary';
import { t, type StringKey } from '../i18n';
import { daysBetween, isoDay } from './display-values';

export const RECENT_DAYS = 30;

/** The YYYY-MM-DD `days` days after `iso` (negative: before). */
function shiftDay(iso: string, days: number): string {
  const t =
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) +
    days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Evidence captured in the `days` days up to and including today. ISO days compare as text, so a
 * district's 100,000 rows are filtered without parsing a date per row.
 */
export function recentEvidence(
  evidence: EvidenceRecord[],
  today: string,
  days = RECENT_DAYS,
): EvidenceRecord[] {
  const after = shiftDay(today, -days);
  return evidence.filter((e) => {
    const day = e.capturedAt.slice(0, 10);
    return day > after && day <= today && isoDay(day) !== '';
  });
}

export function countByType(evidence: EvidenceRecord[]): Map<EvidenceType, number> {
  const counts = new Map<EvidenceType, number>();
  for (const e of evidence) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}

/** Evidence types read the same everywhere: the clipper's labels are the one wording. */
export function typeLabel(type: EvidenceType, locale: Locale): string {
  return t(locale, `clipper.type.${type}` satisfies StringKey);
}

/** "Observation 3 · Student work 1" (label first: no plural to get wrong), types in vocabulary order; empty when none. */
export function typeCountsText(counts: Map<EvidenceType, number>, locale: Locale): string {
  return EVIDENCE_TYPES.filter((type) => counts.has(type))
    .map((type) => `${typeLabel(type, locale)} ${counts.get(type)}`)
    .join(' · ');
}

/** The most recent piece of evidence (its date is the Dashboard's "latest", its link the way to it), or null. */
export function latestPiece(evidence: EvidenceRecord[]): EvidenceRecord | null {
  let latest: EvidenceRecord | null = null;
  for (const e of evidence) {
    if (!isoDay(e.capturedAt)) continue;
    if (latest === null || e.capturedAt > latest.capturedAt) latest = e;
    else if (e.capturedAt === latest.capturedAt && e.row > latest.row) latest = e;
  }
  return latest;
}

/** Evidence per week by type for the last `weeks` weeks, oldest week first; week = 7 days ending today. */
export function evidencePerWeek(
  evidence: EvidenceRecord[],
  today: string,
  weeks = 8,
): { weekEnding: number; counts: Map<EvidenceType, number> }[] {
  const buckets = Array.from({ length: weeks }, (_, i) => ({
    weekEnding: weeks - 1 - i,
    counts: new Map<EvidenceType, number>(),
  }));
  const ages = new Map<string, number>(); // a day's age in weeks, worked out once per distinct day
  for (const e of recentEvidence(evidence, today, weeks * 7)) {
    const day = e.capturedAt.slice(0, 10);
    let weeksAgo = ages.get(day);
    if (weeksAgo === undefined) {
      weeksAgo = Math.floor(daysBetween(day, today) / 7);
      ages.set(day, weeksAgo);
    }
    const bucket = buckets[weeks - 1 - weeksAgo];
    bucket.counts.set(e.type, (bucket.counts.get(e.type) ?? 0) + 1);
  }
  return buckets;
}
