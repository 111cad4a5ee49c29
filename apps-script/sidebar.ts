/** Opens one of the built sidebars (dist/apps-script/<name>.html) with a title in the sheet's language. */
import { localeFrom } from '../shared/messages';
import { t, type StringKey } from '../shared/i18n';

export function showSidebar(file: string, titleKey: StringKey): void {
  const locale = localeFrom(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(t(locale, titleKey));
  SpreadsheetApp.getUi().showSidebar(html);
}
