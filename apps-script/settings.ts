/**
 * Settings: the automatic refreshes (hourly and on open: this user's triggers in this spreadsheet,
 * script.scriptapp scope; at most one of each) and the pacing thresholds that decide on track /
 * at risk / stale, saved in the document with a version.
 */
import * as z from 'zod';
import type { Locale } from '../shared/messages';
import type { PacingSettings } from '../shared/records';
import { t } from '../shared/i18n';
import { PACING_SETTING, hostContext, savedPacing } from './host-context';
import { runRefresh } from './refresh';
import { autoRefreshOn, setAutoRefresh } from './refresh-triggers';
import { showSidebar } from './sidebar';
import { withScriptLock } from './script-lock';

const pacingSchema = z
  .object({
    onTrackMargin: z.coerce.number().min(0).max(1),
    atRiskMargin: z.coerce.number().min(0).max(1),
    staleAfterDays: z.coerce.number().int().min(1).max(365),
  })
  .refine((p) => p.atRiskMargin >= p.onTrackMargin);

export function showSettings(): void {
  showSidebar('settings-sidebar', 'addon.settings.title');
}

export function getSettings(): { locale: Locale; autoRefresh: boolean; pacing: PacingSettings } {
  const ctx = hostContext();
  return {
    locale: ctx.locale,
    autoRefresh: autoRefreshOn(ctx.spreadsheet),
    pacing: savedPacing(ctx),
  };
}

/**
 * Turns the automatic refreshes on (hourly and on open) or off, and saves thresholds when given,
 * under the lock the web app and the other sidebars take: when it is busy nothing is changed and
 * the coordinator is told to try again.
 */
export function saveSettings(settings: { autoRefresh: boolean; pacing?: unknown }): {
  ok: boolean;
  autoRefresh: boolean;
  message: string;
  code?: string;
} {
  const ctx = hostContext();
  const pacing = settings.pacing === undefined ? null : pacingSchema.safeParse(settings.pacing);
  if (pacing && !pacing.success)
    return {
      ok: false,
      code: 'invalid',
      autoRefresh: autoRefreshOn(ctx.spreadsheet),
      message: t(ctx.locale, 'addon.settings.invalid'),
    };
  const saved = withScriptLock(() => {
    if (pacing?.success)
      ctx.port.setSetting(PACING_SETTING, JSON.stringify({ v: 1, ...pacing.data }));
    setAutoRefresh(ctx.spreadsheet, Boolean(settings.autoRefresh));
  });
  if (!saved.ok)
    return {
      ok: false,
      code: 'busy',
      autoRefresh: autoRefreshOn(ctx.spreadsheet),
      message: t(ctx.locale, 'addon.busy'),
    };
  if (pacing?.success) runRefresh(ctx);
  return {
    ok: true,
    autoRefresh: Boolean(settings.autoRefresh),
    message: t(ctx.locale, 'addon.settings.saved'),
  };
}
