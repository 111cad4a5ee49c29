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

/** Evidence captured in the `days` days up to and including today. */
export function recentEvidence(evidence: EvidenceRecord[], today: string, days = RECENT_DAYS): EvidenceRecord[] {
  return evidence.filter((e) => {
    const day = isoDay(e.capturedAt);
    if (!day) return false;
    const age = daysBetween(day, today);
    return age >= 0 && age < days;
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

/** The most recent capture date (YYYY-MM-DD), or null. */
export function latestDate(evidence: EvidenceRecord[]): string | null {
  let latest: string | null = null;
  for (const e of evidence) {
    const day = isoDay(e.capturedAt);
    if (day && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

/** Evidence per week by type for the last `weeks` weeks, oldest week first; week = 7 days ending today. */
export function evidencePerWeek(evidence: EvidenceRecord[], today: string, weeks = 8): { weekEnding: number; counts: Map<EvidenceType, number> }[] {
  const buckets = Array.from({ length: weeks }, (_, i) => ({ weekEnding: weeks - 1 - i, counts: new Map<EvidenceType, number>() }));
  for (const e of recentEvidence(evidence, today, weeks * 7)) {
    const weeksAgo = Math.floor(daysBetween(isoDay(e.capturedAt), today) / 7);
    const bucket = buckets[weeks - 1 - weeksAgo];
    bucket.counts.set(e.type, (bucket.counts.get(e.type) ?? 0) + 1);
  }
  return buckets;
}
