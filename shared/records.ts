/**
 * The records the core reads from the tabs the product owns (Check-ins, Evidence, Schools, Supports)
 * and the results it computes (pace of a key result, plan-health findings). Hosts and layouts share
 * these shapes; readers live in owned-tab-reading.ts, rules in pacing.ts and plan-health/.
 */
import type { KeyFamily, Message } from './i18n';
import type { Severity } from './messages';
import type { KeyResultStatus } from './plan-schema';
import type { EvidenceType, ImplementationStage, SupportKind } from './evidence-vocabulary';

/** A dated value of a key result, recorded in the Check-ins tab. */
export interface CheckIn {
  keyResultId: string;
  keyResultTitle: string;
  date: string; // YYYY-MM-DD
  value: number;
  confidence: number | null;
  comment: string;
  by: string;
  row: number;
}

/** One row of the Evidence tab. */
export interface EvidenceRecord {
  id: string;
  capturedAt: string; // ISO date-time or YYYY-MM-DD
  keyResultId: string;
  keyResultTitle: string;
  school: string;
  practice: string;
  type: EvidenceType;
  stage: ImplementationStage | null;
  quote: string;
  note: string;
  sourceTitle: string;
  sourceUrl: string;
  heading: string;
  coach: string;
  receivedAt: string;
  row: number;
}

export interface School {
  name: string;
  practice: string;
  principal: string;
  coaches: string[];
  row: number;
}

export interface Support {
  kind: SupportKind | null;
  title: string;
  start: string | null;
  end: string | null;
  objective: string;
  schools: string[];
  facilitator: string;
  status: 'planned' | 'held' | null;
  row: number;
}

/** Thresholds a coordinator may change in Settings. */
export interface PacingSettings {
  onTrackMargin: number; // 0.10
  atRiskMargin: number; // 0.25
  staleAfterDays: number; // 30
}

export const DEFAULT_PACING: PacingSettings = {
  onTrackMargin: 0.1,
  atRiskMargin: 0.25,
  staleAfterDays: 30,
};

/** Where a key result stands today. */
export interface KeyResultPace {
  keyResultId: string;
  current: number | null;
  /** Where current came from: the plan sheet or the latest check-in. */
  currentSource: 'plan' | 'check-in' | null;
  progress: number | null;
  start: string; // YYYY-MM-DD (defaulted when the sheet has none)
  due: string; // YYYY-MM-DD (defaulted when the sheet has none)
  dueDefaulted: boolean;
  elapsed: number;
  status: KeyResultStatus;
  /** Check-in values, oldest first (the last few), for the sparkline. */
  trend: number[];
  trendDirection: 'up' | 'down' | 'flat' | null;
  lastUpdate: string | null;
  stale: boolean;
}

/** A plan-health finding: what is wrong with the plan's coherence, in words, and where. */
/** Every plan-health rule: the Dashboard groups findings by it, and a misspelt rule does not compile. */
export type FindingRule =
  | 'alignment'
  | 'focus'
  | 'leading-indicator'
  | 'measurable'
  | 'orphaned-evidence'
  | 'outcomes-first'
  | 'sustainability'
  | 'unknown-school';

/** What a finding says: one of the table's "health." sentences, with its parameters. */
export type FindingMessage = Message<KeyFamily<'health.'>>;

export interface Finding {
  rule: FindingRule;
  severity: Severity;
  /** Said by the host in its reader's language (`render`); a key outside "health." does not compile. */
  message: FindingMessage;
  place: {
    kind: 'plan' | 'objective' | 'key-result' | 'school' | 'support' | 'evidence';
    id?: string;
    name?: string;
  };
  /** A1 notation of the cell it points at, when there is one. */
  cell?: string;
}
