/**
 * Refresh from every trigger: the menu, the daily timer, and once after clips arrive (debounced: a
 * burst of clips schedules a single refresh a minute later, not one per clip).
 */
import { refreshPlan, type RefreshResult } from '../shared/refresh-plan';
import { t } from '../shared/i18n';
import { hostContext, savedMapping, savedPacing, type HostContext } from './host-context';
import { readKeyResultIds, tagKeyResultRows } from './key-result-ids';

export const AFTER_CLIPS_HANDLER = 'refreshAfterClips';
export const DAILY_HANDLER = 'refreshOnTimer';
const AFTER_CLIPS_DELAY_MS = 60_000;

/** Reads ids from the plan rows, regenerates both tabs, and tags key results added since. */
export function runRefresh(ctx: HostContext = hostContext()): RefreshResult {
  const mapping = savedMapping(ctx);
  const planSheet = mapping ? ctx.spreadsheet.getSheetByName(mapping.sheet) : null;
  const rowIds = planSheet ? readKeyResultIds(planSheet) : null;
  const result = refreshPlan(ctx.port, ctx.today, ctx.locale, { mapping, keyResultIds: rowIds?.ids ?? {}, pacing: savedPacing(ctx) });
  if (result.ok && planSheet && rowIds) tagKeyResultRows(planSheet, result.snapshot.plan, rowIds);
  return result;
}

/** Menu: Refresh dashboard. */
export function refreshDashboard(): void {
  const ctx = hostContext();
  const result = runRefresh(ctx);
  if (result.ok) ctx.spreadsheet.toast(t(ctx.locale, 'addon.refresh.done'), 'Throughline', 5);
  else SpreadsheetApp.getUi().alert(result.error.message[ctx.locale]);
}

/** Daily time-driven trigger (switched on in Settings). */
export function refreshOnTimer(): void {
  runRefresh();
}

/** One-off trigger set by the web app after clips: removes itself, then refreshes. */
export function refreshAfterClips(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === AFTER_CLIPS_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
  runRefresh();
}

/** Called after new evidence rows: schedules one refresh unless one is already pending. */
export function scheduleRefreshAfterClips(): boolean {
  if (ScriptApp.getProjectTriggers().some((trigger) => trigger.getHandlerFunction() === AFTER_CLIPS_HANDLER)) return false;
  ScriptApp.newTrigger(AFTER_CLIPS_HANDLER).timeBased().after(AFTER_CLIPS_DELAY_MS).create();
  return true;
}
