/**
 * How every Apps Script entry point reads the plan: the map the coordinator saved at Set up (or the
 * one being saved), the stable ids of the key-result rows, and — for a snapshot — the pacing
 * settings. Refresh, the web app's catalog, check-in, plan health and Set up all load it this way.
 */
import type { PlanReading } from '../shared/read-plan';
import type { PlanMap } from '../shared/reading/plan-map';
import { readPlanFromWorkbook, type SnapshotOptions } from '../shared/plan-snapshot';
import { savedMapping, savedPacing, type HostContext } from './host-context';
import { stableKeyResultIds } from './key-result-ids';

/**
 * The reading options for the saved map (or `mapping`, when Set up is saving a new one). Without a
 * map the reader guesses, and today tells it last year's copy of the plan from this year's.
 */
export function planOptions(
  ctx: HostContext,
  mapping: PlanMap | undefined = savedMapping(ctx),
): SnapshotOptions {
  return {
    mapping,
    keyResultIds: stableKeyResultIds(ctx, mapping),
    ...(mapping ? {} : { today: ctx.today }),
  };
}

/** The reading options plus the pacing settings: what a snapshot or a refresh needs. */
export function snapshotOptions(ctx: HostContext): SnapshotOptions {
  return { ...planOptions(ctx), pacing: savedPacing(ctx) };
}

/** The plan as the coordinator set it up (or as `mapping` reads it). */
export function loadPlan(ctx: HostContext, mapping?: PlanMap): PlanReading {
  return readPlanFromWorkbook(ctx.port, mapping ? planOptions(ctx, mapping) : planOptions(ctx));
}
