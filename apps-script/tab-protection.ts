/**
 * Set up's offer for a spreadsheet shared with coaches: every tab but Evidence is protected so that
 * only the coordinator (and the spreadsheet's owner, whom Google never removes) edits it, and in
 * Evidence only the header row is, so the people it is shared with can add rows there (the
 * extension appends clips) but cannot rename the columns Throughline reads. Google's Protection
 * rules: a new protection mirrors the sharing until its editors are changed; removing every editor
 * leaves the owner and the user running the script. Turning it off gives the generated tabs back
 * their warning-only protection and removes the rest.
 */
import { DASHBOARD_TAB, EVIDENCE_TAB, SUMMARY_TAB, type OwnedTab } from '../shared/owned-tabs';
import { t, type StringKey } from '../shared/i18n';
import type { Locale } from '../shared/messages';
import type { HostContext } from './host-context';

const SETTING = 'protect.tabs';
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const is = (tab: OwnedTab, name: string) => name === tab.name.en || name === tab.name.fr;
const describedAs = (p: Protection, keys: StringKey[]) => {
  const description = p.getDescription();
  return (['en', 'fr'] as Locale[]).some((l) => keys.some((key) => description === t(l, key)));
};
/** A protection Set up made. */
const ours = (p: Protection) => describedAs(p, ['addon.protect.tab', 'addon.protect.header']);
/** A protection Throughline may take over: its own, or the generated tabs' warning-only one. */
const throughlines = (p: Protection) => ours(p) || describedAs(p, ['addon.protection']);

/** What the coordinator last chose in Set up: protected (true), not (false), or never asked (null). */
export function savedProtectChoice(ctx: HostContext): boolean | null {
  const saved = ctx.port.getSetting(SETTING);
  return saved === null ? null : saved === 'on';
}

/** Only the owner and the user running this keep edit rights (Google keeps both). */
function restrict(protection: Protection, description: string): void {
  protection.setDescription(description).setWarningOnly(false);
  // As in Google's own example: the Users getEditors() returns, given back as they are (reading
  // their addresses would need the userinfo.email scope, which Throughline does not ask for).
  protection.removeEditors(protection.getEditors() as unknown as string[]);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

function protectSheet(sheet: Sheet, locale: Locale): void {
  if (is(EVIDENCE_TAB, sheet.getName())) {
    const header = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((p) => ours(p));
    restrict(
      header ?? sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect(),
      t(locale, 'addon.protect.header'),
    );
    return;
  }
  // A sheet has one sheet protection: one the coordinator made themselves is theirs, left as it is.
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (existing && !throughlines(existing)) return;
  restrict(existing ?? sheet.protect(), t(locale, 'addon.protect.tab'));
}

function unprotectSheet(sheet: Sheet, locale: Locale): void {
  const generated = is(DASHBOARD_TAB, sheet.getName()) || is(SUMMARY_TAB, sheet.getName());
  for (const type of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE])
    for (const protection of sheet.getProtections(type).filter(ours)) {
      if (generated && type === SpreadsheetApp.ProtectionType.SHEET)
        protection.setWarningOnly(true).setDescription(t(locale, 'addon.protection'));
      else protection.remove();
    }
}

/**
 * Protects (on) or unprotects (off) every tab as described above and notes the choice. A value, not
 * a throw, when Google refuses (the coordinator's own access comes through a group).
 */
export function protectTabs(
  ctx: HostContext,
  on: boolean,
): { ok: true } | { ok: false; message: string } {
  try {
    for (const sheet of ctx.spreadsheet.getSheets())
      (on ? protectSheet : unprotectSheet)(sheet, ctx.locale);
  } catch (error) {
    console.error('Throughline protection:', error instanceof Error ? error.message : error);
    return { ok: false, message: t(ctx.locale, 'addon.protect.failed') };
  }
  if (savedProtectChoice(ctx) !== on) ctx.port.setSetting(SETTING, on ? 'on' : 'off');
  return { ok: true };
}

/** Tabs carrying a protection (not a warning) that the user running this is not an editor of. */
function tabsProtectedAgainstMe(ctx: HostContext): string[] {
  return ctx.spreadsheet
    .getSheets()
    .filter((sheet) =>
      [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE].some((type) =>
        sheet.getProtections(type).some((p) => !p.isWarningOnly() && !p.canEdit()),
      ),
    )
    .map((sheet) => sheet.getName());
}

/**
 * Runs `write`; when it fails because tabs are protected against this user (a co-coordinator, once
 * Set up protected the tabs for the person who ran it), answers with a message saying who can do
 * it instead of Google's error. Costs nothing when the write succeeds.
 */
export function unlessProtectedAgainstMe<T>(
  ctx: HostContext,
  write: () => T,
): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: write() };
  } catch (error) {
    const tabs = tabsProtectedAgainstMe(ctx);
    if (tabs.length === 0) throw error;
    return {
      ok: false,
      message: t(ctx.locale, 'addon.protect.notYours', { tabs: tabs.join(', ') }),
    };
  }
}
