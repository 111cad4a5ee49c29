/**
 * What every entry point needs from Apps Script before calling the core: the bound spreadsheet, its
 * language, today's date in its time zone, and the Workbook port with the saved settings.
 */
import { localeFrom, type Locale } from '../shared/messages';
import type { PlanMap } from '../shared/read-plan';
import {
  MAPPING_SETTING,
  PACING_SETTING,
  readSetting,
  writeSetting,
} from '../shared/stored-settings';
import { DEFAULT_PACING, type PacingSettings } from '../shared/records';
import { SheetsWorkbook } from './sheets-workbook';

export interface HostContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The spreadsheet's language; asked of Sheets once per execution, only when needed. */
  readonly locale: Locale;
  readonly timeZone: string;
  /** Today in the spreadsheet's time zone. */
  readonly today: string;
  port: SheetsWorkbook;
}

/** Setting where each refresh notes the spreadsheet's locale, so the web app answers without asking Sheets. */
const LOCALE_SETTING = 'locale';

/**
 * The bound spreadsheet and its settings. `remembered`: take the locale noted at the last refresh
 * (the web app, where every spreadsheet call holds the script lock longer).
 */
export function hostContext(options: { remembered?: boolean } = {}): HostContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let locale: Locale | null = null;
  let zone: string | null = null;
  let today: string | null = null;
  const ctx: HostContext = {
    spreadsheet,
    get locale(): Locale {
      const noted = options.remembered ? port.getSetting(LOCALE_SETTING) : null;
      locale ??=
        noted === 'en' || noted === 'fr' ? noted : localeFrom(spreadsheet.getSpreadsheetLocale());
      return locale;
    },
    get timeZone(): string {
      zone ??= spreadsheet.getSpreadsheetTimeZone();
      return zone;
    },
    get today(): string {
      today ??= Utilities.formatDate(new Date(), ctx.timeZone, 'yyyy-MM-dd');
      return today;
    },
    port: null as unknown as SheetsWorkbook,
  };
  const port = new SheetsWorkbook(
    spreadsheet,
    () => ctx.locale,
    () => ctx.timeZone,
    PropertiesService.getDocumentProperties(),
  );
  ctx.port = port;
  return ctx;
}

/** Notes the locale for the web app (one property write when it changed). */
export function rememberLocale(ctx: HostContext): void {
  if (ctx.port.getSetting(LOCALE_SETTING) !== ctx.locale)
    ctx.port.setSetting(LOCALE_SETTING, ctx.locale);
}

/** The column mapping the coordinator confirmed in Set up, if any. */
export function savedMapping(ctx: HostContext): PlanMap | undefined {
  return readSetting(MAPPING_SETTING, ctx.port.getSetting(MAPPING_SETTING.key)) ?? undefined;
}

export function saveMapping(ctx: HostContext, mapping: PlanMap): void {
  ctx.port.setSetting(MAPPING_SETTING.key, writeSetting(MAPPING_SETTING, mapping));
}

export function savedPacing(ctx: HostContext): PacingSettings {
  return readSetting(PACING_SETTING, ctx.port.getSetting(PACING_SETTING.key)) ?? DEFAULT_PACING;
}

/** ISO time for "Received at" and registry dates. */
export function nowIso(): string {
  return new Date().toISOString();
}
