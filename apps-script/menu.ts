/**
 * The Extensions → Throughline menu. onOpen runs in AuthMode.NONE before the add-on is authorized in
 * a document, so it touches nothing but the Ui and the user's locale (no Properties, no cells).
 */
import { localeFrom, type Locale } from '../shared/messages';
import { t } from '../shared/i18n';

function menuLocale(e?: GoogleAppsScript.Events.SheetsOnOpen): Locale {
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
    try {
      return localeFrom(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
    } catch {
      // Not readable in this mode: fall back to the user's own language.
    }
  }
  return localeFrom(Session.getActiveUserLocale());
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = menuLocale(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(locale, 'addon.menu.setup'), 'showSetup')
    .addItem(t(locale, 'addon.menu.refresh'), 'refreshDashboard')
    .addItem(t(locale, 'addon.menu.health'), 'showPlanHealth')
    .addSeparator()
    .addItem(t(locale, 'addon.menu.checkIn'), 'showCheckIn')
    .addItem(t(locale, 'addon.menu.coaches'), 'showCoaches')
    .addItem(t(locale, 'addon.menu.settings'), 'showSettings')
    .addToUi();
}

/** Installing from the Marketplace opens no document event: build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
