/**
 * Opens one of the built sidebars (dist/apps-script/<name>.html) with a title and a page language
 * of the sheet's, so the sidebar says "Loading…" (or a failure) in that language before the server
 * answers, and screen readers read it in that language.
 */
import { type Locale, localeFrom } from '../shared/messages';
import { t, type StringKey } from '../shared/i18n';

/** The opening tag every built sidebar page starts with; serving one sets its language here. */
export const SIDEBAR_HTML_TAG = '<html lang="en">';

/** A built sidebar page in `locale`. */
function pageInLocale(html: string, locale: Locale): string {
  return html.replace(SIDEBAR_HTML_TAG, `<html lang="${locale}">`);
}

/** Opens the built sidebar page `file` (menu items call this), titled and in the sheet's language. */
export function showSidebar(file: string, titleKey: StringKey): void {
  const locale = localeFrom(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const html = HtmlService.createHtmlOutputFromFile(file);
  html.setContent(pageInLocale(html.getContent(), locale)).setTitle(t(locale, titleKey));
  SpreadsheetApp.getUi().showSidebar(html);
}
