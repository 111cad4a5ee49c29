/**
 * Key-result identity as one stored value, the same for every host that reads it: the ids the add-on
 * gave, with each key result's objective, wording (cut to `kept` characters) and row at the last
 * read. The add-on keeps it in a document property and publishes it on the spreadsheet, where a coach
 * signed in with Google reads it, so both hosts match rows back to the same ids the same way.
 */
import * as z from 'zod';
import type { Plan } from './plan-schema';
import type { PlanMap } from './reading/plan-map';
import {
  knownKeyResults,
  reconcileKeyResultIds,
  type KnownKeyResult,
} from './key-result-reconcile';
import { readPlanFromWorkbook, type SnapshotOptions } from './plan-snapshot';
import type { WorkbookPort } from './workbook-port';

/** Wording kept per key result when nothing asks for less: enough to match a reword. */
const KEPT_WORDING = 100;
/** Shorter wordings tried, in order, when a plan's identity must fit a size limit. */
const SHORTER = [60, 40, 20];

export const keyResultIdentitySchema = z.object({
  objectives: z.array(z.string()),
  /** [id, index in objectives, wording, row] per key result. */
  keyResults: z.array(z.tuple([z.string(), z.number().int(), z.string(), z.number().int()])),
  /** Characters of wording kept (absent: the 100 kept before this field existed). */
  kept: z.number().int().positive().optional(),
});
export type KeyResultIdentity = z.infer<typeof keyResultIdentitySchema>;

const cut = (text: string, kept: number) => text.slice(0, kept);

/** The identity of a plan as read now, its wordings cut to `kept` characters. */
export function identityOf(plan: Plan, kept = KEPT_WORDING): KeyResultIdentity {
  return {
    objectives: plan.objectives.map((o) => cut(o.title ?? '', kept)),
    keyResults: plan.objectives.flatMap((o, i) =>
      o.keyResults.map(
        (kr) => [kr.id, i, cut(kr.title, kept), kr.row] as [string, number, string, number],
      ),
    ),
    kept,
  };
}

/**
 * The identity of `plan` whose stored text (`size` of it) fits `limit` characters: the full wordings
 * when they fit, else shorter ones; null when even the shortest does not (thousands of key results).
 */
export function identityWithin(
  plan: Plan,
  limit: number,
  size: (identity: KeyResultIdentity) => number,
): KeyResultIdentity | null {
  for (const kept of [KEPT_WORDING, ...SHORTER]) {
    const identity = identityOf(plan, kept);
    if (size(identity) <= limit) return identity;
  }
  return null;
}

function knownFrom(identity: KeyResultIdentity): KnownKeyResult[] {
  return identity.keyResults.map(([id, objective, title, row]) => ({
    id,
    objective: identity.objectives[objective] ?? '',
    title,
    row,
  }));
}

/** Row → id for the plan as `mapping` reads it now, matched back to the identity last kept. */
export function reconciledKeyResultIds(
  workbook: WorkbookPort,
  mapping: PlanMap,
  identity: KeyResultIdentity,
): Record<number, string> {
  const reading = readPlanFromWorkbook(workbook, { mapping });
  if (!reading.ok) return {};
  const kept = identity.kept ?? KEPT_WORDING;
  const current = knownKeyResults(reading.plan).map((kr) => ({
    row: kr.row,
    objective: cut(kr.objective, kept),
    title: cut(kr.title, kept),
  }));
  return reconcileKeyResultIds(current, knownFrom(identity));
}

/**
 * How any host reads the plan the coordinator set up: with their map and the ids kept for it. With
 * no map the reader guesses, and `today` tells it last year's copy of the plan from this year's.
 */
export function setUpReading(
  workbook: WorkbookPort,
  mapping: PlanMap | undefined,
  identity: KeyResultIdentity | null,
  today?: string,
): SnapshotOptions {
  if (!mapping) return today ? { today } : {};
  return {
    mapping,
    keyResultIds: identity ? reconciledKeyResultIds(workbook, mapping, identity) : {},
  };
}
