/**
 * What every entry point needs from Apps Script before calling the core: the bound spreadsheet, its
 * language, today's date in its time zone, and the Workbook port with the saved settings.
 */
import { localeFrom, type Locale } from '../shared/messages';
import type { PlanMap } from '../shared/read-plan';
import { parsePlanMap } from '../shared/reading/plan-map';
import { DEFAULT_PACING, type PacingSettings } from '../shared/records';
import { SheetsWorkbook } from './sheets-workbook';

export const MAPPING_SETTING = 'mapping';
export const PACING_SETTING = 'pacing';

export interface HostContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  locale: Locale;
  today: string;
  port: SheetsWorkbook;
}

export function hostContext(): HostContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = localeFrom(spreadsheet.getSpreadsheetLocale());
  const today = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  return { spreadsheet, locale, today, port: new SheetsWorkbook(spreadsheet, locale, PropertiesService.getDocumentProperties()) };
}

/** The column mapping the coordinator confirmed in Set up, if any. */
export function savedMapping(ctx: HostContext): PlanMap | undefined {
  const raw = ctx.port.getSetting(MAPPING_SETTING);
  if (!raw) return undefined;
  try {
    const parsed = parsePlanMap(raw);
    return parsed.ok ? parsed.map : undefined;
  } catch {
    return undefined;
  }
}

export function saveMapping(ctx: HostContext, mapping: PlanMap): void {
  ctx.port.setSetting(MAPPING_SETTING, JSON.stringify(mapping));
}

export function savedPacing(ctx: HostContext): PacingSettings {
  const raw = ctx.port.getSetting(PACING_SETTING);
  if (!raw) return DEFAULT_PACING;
  try {
    const { v, ...pacing } = JSON.parse(raw) as Partial<PacingSettings> & { v?: number };
    return v === 1 ? { ...DEFAULT_PACING, ...pacing } : DEFAULT_PACING;
  } catch {
    return DEFAULT_PACING;
  }
}

/** ISO time for "Received at" and registry dates. */
export function nowIso(): string {
  return new Date().toISOString();
}
