/**
 * Settings: the daily refresh timer the coordinator can switch on or off. The timer is a project
 * trigger (script.scriptapp scope); there is at most one.
 */
import type { Locale } from '../shared/messages';
import { t } from '../shared/i18n';
import { hostContext } from './host-context';
import { DAILY_HANDLER } from './refresh';
import { showSidebar } from './sidebar';

const DAILY_HOUR = 6;

export function showSettings(): void {
  showSidebar('settings-sidebar', 'addon.settings.title');
}

function dailyTriggers() {
  return ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === DAILY_HANDLER);
}

export function getSettings(): { locale: Locale; daily: boolean } {
  return { locale: hostContext().locale, daily: dailyTriggers().length > 0 };
}

/** Turns the daily refresh on (one trigger at 6 a.m.) or off (removes it). */
export function saveSettings(settings: { daily: boolean }): { daily: boolean; message: string } {
  const existing = dailyTriggers();
  if (settings.daily && existing.length === 0) ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
  if (!settings.daily) for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  return { daily: Boolean(settings.daily), message: t(hostContext().locale, 'addon.settings.saved') };
}
