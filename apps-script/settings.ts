/**
 * Settings: the daily refresh timer (a project trigger, script.scriptapp scope; at most one) and the
 * pacing thresholds that decide on track / at risk / stale, saved in the document with a version.
 */
import type { Locale } from '../shared/messages';
import type { PacingSettings } from '../shared/records';
import { t } from '../shared/i18n';
import { hostContext, savedPacing } from './host-context';
import { PACING_SETTING, pacingSchema, writeSetting } from '../shared/stored-settings';
import { DAILY_HANDLER, runRefresh } from './refresh';
import { showSidebar } from './sidebar';
import { withScriptLock } from './script-lock';

const DAILY_HOUR = 6;

export function showSettings(): void {
  showSidebar('settings-sidebar', 'addon.settings.title');
}

function dailyTriggers() {
  return ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === DAILY_HANDLER,
  );
}

export function getSettings(): { locale: Locale; daily: boolean; pacing: PacingSettings } {
  const ctx = hostContext();
  return { locale: ctx.locale, daily: dailyTriggers().length > 0, pacing: savedPacing(ctx) };
}

/**
 * Idempotent: on leaves exactly one daily trigger (creating it, or removing duplicates a double click
 * or an older version left), off leaves none. Called under the script lock, so two clicks cannot race.
 */
function setDailyRefresh(on: boolean): void {
  const existing = dailyTriggers();
  const keep = on ? existing.slice(0, 1) : [];
  for (const trigger of existing.slice(keep.length)) ScriptApp.deleteTrigger(trigger);
  if (on && keep.length === 0)
    ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
}

/**
 * Turns the daily refresh on (one trigger at 6 a.m.) or off, and saves thresholds when given, under
 * the script lock the web app and the other sidebars take: when it is busy nothing is changed and
 * the coordinator is told to try again.
 */
export function saveSettings(settings: { daily: boolean; pacing?: unknown }): {
  ok: boolean;
  daily: boolean;
  message: string;
  code?: string;
} {
  const ctx = hostContext();
  const pacing = settings.pacing === undefined ? null : pacingSchema.safeParse(settings.pacing);
  if (pacing && !pacing.success)
    return {
      ok: false,
      code: 'invalid',
      daily: dailyTriggers().length > 0,
      message: t(ctx.locale, 'addon.settings.invalid'),
    };
  const saved = withScriptLock(() => {
    if (pacing?.success)
      ctx.port.setSetting(PACING_SETTING.key, writeSetting(PACING_SETTING, pacing.data));
    setDailyRefresh(Boolean(settings.daily));
  });
  if (!saved.ok)
    return {
      ok: false,
      code: 'busy',
      daily: dailyTriggers().length > 0,
      message: t(ctx.locale, 'addon.busy'),
    };
  if (pacing?.success) runRefresh(ctx);
  return {
    ok: true,
    daily: Boolean(settings.daily),
    message: t(ctx.locale, 'addon.settings.saved'),
  };
}
