/**
 * Refresh from every trigger: the menu, the hourly timer, the spreadsheet being opened, and, in a
 * bound copy with a web app, once after clips arrive (debounced: a burst of clips schedules a
 * single refresh a minute later, not one per clip).
 */
import { refreshPlan, type RefreshResult } from '../shared/refresh-plan';
import { t } from '../shared/i18n';
import { hostContext, rememberLocale, type HostContext } from './host-context';
import { keepPlanIdentity } from './plan-metadata';
import { snapshotOptions } from './plan-loading';
import { DROPDOWNS_SETTING, refreshDropdowns, vocabularyOf } from './owned-tab-setup';
import { rememberCatalog } from './catalog-cache';
import { withScriptLock } from './script-lock';
import { unlessProtectedAgainstMe } from './tab-protection';

export const AFTER_CLIPS_HANDLER = 'refreshAfterClips';
const AFTER_CLIPS_DELAY_MS = 60_000;

/**
 * Matches key-result ids back to the plan rows, regenerates both tabs, and remembers for the web app
 * what it serves without reading the sheet: the key results' ids, the catalog and the locale; the
 * map and ids are published on the spreadsheet for coaches signed in with Google when they changed.
 */
export function runRefresh(ctx: HostContext = hostContext()): RefreshResult {
  const options = snapshotOptions(ctx);
  const result = refreshPlan(ctx.port, ctx.today, ctx.locale, options);
  if (!result.ok) return result;
  keepPlanIdentity(ctx, result.snapshot.plan, options.mapping);
  rememberCatalog(ctx, result.snapshot.plan, result.snapshot.schools);
  rememberLocale(ctx);
  if (options.mapping) {
    const before = ctx.port.getSetting(DROPDOWNS_SETTING);
    const after = refreshDropdowns(
      ctx.port,
      vocabularyOf(result.snapshot.plan, result.snapshot.schools),
      before,
    );
    if (after !== before) ctx.port.setSetting(DROPDOWNS_SETTING, after);
  }
  return result;
}

/** Menu: Refresh dashboard. */
export function refreshDashboard(): void {
  const ctx = hostContext();
  const written = unlessProtectedAgainstMe(ctx, () => runRefresh(ctx));
  if (!written.ok) SpreadsheetApp.getUi().alert(written.message);
  else if (written.value.ok)
    ctx.spreadsheet.toast(t(ctx.locale, 'addon.refresh.done'), 'Throughline', 5);
  else SpreadsheetApp.getUi().alert(written.value.error.message[ctx.locale]);
}

/** Hourly time-driven trigger (made at Set up, switched in Settings). */
export function refreshOnTimer(): void {
  runRefresh();
}

/**
 * Installable open trigger (made at Set up): runs in AuthMode.FULL as the coordinator who set it
 * up, whoever opens the spreadsheet, so the Dashboard is current when it is read. When another
 * refresh holds the lock, that one is already bringing it up to date.
 */
export function refreshOnOpen(): void {
  withScriptLock(() => runRefresh());
}

/**
 * One-off trigger set by the web app after clips: removes itself under the script lock (so a clip
 * written meanwhile either is read by this refresh or schedules the next one), then refreshes.
 */
export function refreshAfterClips(): void {
  const removeSelf = () => {
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() === AFTER_CLIPS_HANDLER) ScriptApp.deleteTrigger(trigger);
    }
  };
  if (!withScriptLock(removeSelf).ok) removeSelf();
  runRefresh();
}

/**
 * Called by the web app inside the script lock, right after appending evidence: schedules one
 * refresh unless one is already pending, so a burst of clips (even concurrent ones) makes one trigger.
 */
export function scheduleRefreshAfterClips(): boolean {
  if (
    ScriptApp.getProjectTriggers().some(
      (trigger) => trigger.getHandlerFunction() === AFTER_CLIPS_HANDLER,
    )
  )
    return false;
  ScriptApp.newTrigger(AFTER_CLIPS_HANDLER).timeBased().after(AFTER_CLIPS_DELAY_MS).create();
  return true;
}
