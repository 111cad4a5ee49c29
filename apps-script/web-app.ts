/**
 * The web app coaches' extensions talk to: doPost speaks the protocol of shared/protocol.ts through
 * shared/protocol-service.ts; this file only supplies storage (the Evidence tab), the script lock,
 * the coach registry and the clock. New evidence schedules one debounced refresh, inside the lock.
 */
import type { CellValue } from '../shared/cells';
import { handleProtocolRequest, errorReply, type ProtocolDeps } from '../shared/protocol-service';
import { EVIDENCE_TAB, ownedTabName } from '../shared/owned-tabs';
import { t } from '../shared/i18n';
import type { Locale } from '../shared/messages';
import { hostContext, nowIso, type HostContext } from './host-context';
import { withScriptLock } from './script-lock';
import { verifySecret } from './coach-registry';
import { scheduleRefreshAfterClips } from './refresh';
import { catalogFor } from './catalog-cache';

/** Setting: the Evidence tab's name in this spreadsheet, so a batch finds it in one lookup. */
const EVIDENCE_TAB_SETTING = 'tab.evidence';

/** The Evidence tab's name: the one noted last time if it is still there, else found (and noted). */
function evidenceTabName(ctx: HostContext): string | null {
  const noted = ctx.port.getSetting(EVIDENCE_TAB_SETTING);
  if (noted && ctx.port.sheetNamed(noted)) return noted;
  ctx.port.forget();
  const found = ownedTabName(ctx.port.sheetNames(), EVIDENCE_TAB);
  if (found) ctx.port.setSetting(EVIDENCE_TAB_SETTING, found);
  return found;
}

/** Ids already in the Evidence tab: one read of its first column. */
function existingEvidenceIds(ctx: HostContext): Set<string> {
  ctx.port.forget(); // inside the lock now: see rows and tabs other executions wrote meanwhile
  const name = evidenceTabName(ctx);
  const sheet = name ? ctx.port.sheetNamed(name) : null;
  const last = name ? ctx.port.lastRow(name) : 0;
  if (!sheet || last < 2) return new Set();
  return new Set(
    sheet
      .getRange(2, 1, last - 1, 1)
      .getValues()
      .map((row) => String(row[0]).trim())
      .filter(Boolean),
  );
}

/** The host side of the protocol for this spreadsheet. */
export function webAppDeps(ctx: HostContext): ProtocolDeps & { appended(): number } {
  let appended = 0;
  return {
    verifySecret,
    catalog: (coach) => catalogFor(ctx, coach),
    // The refresh is scheduled before the lock is released: concurrent clip requests see each
    // other's trigger and a burst schedules exactly one.
    withLock: (fn) =>
      withScriptLock(() => {
        const before = appended;
        const value = fn();
        if (appended > before) scheduleRefreshAfterClips();
        return value;
      }),
    existingEvidenceIds: () => existingEvidenceIds(ctx),
    appendEvidence: (rows: CellValue[][]) => {
      const name = evidenceTabName(ctx) ?? EVIDENCE_TAB.name[ctx.locale];
      ctx.port.appendRows(
        name,
        EVIDENCE_TAB.columns.map((c) => c.header[ctx.locale]),
        rows,
      );
      ctx.port.setSetting(EVIDENCE_TAB_SETTING, name);
      appended += rows.length;
    },
    now: nowIso,
    locale: () => ctx.locale,
    appended: () => appended,
  };
}

function json(value: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(
    ContentService.MimeType.JSON,
  );
}

/** The request's kind, when its body says it, to word a failure for what was asked. */
function requestKind(body: string): string | null {
  try {
    const kind = (JSON.parse(body) as { kind?: unknown }).kind;
    return typeof kind === 'string' ? kind : null;
  } catch {
    return null;
  }
}

/** A fault the protocol did not expect: still JSON with a stable code, worded for what was asked. */
function failure(
  locale: Locale,
  kind: string | null,
  error: unknown,
): GoogleAppsScript.Content.TextOutput {
  console.error(
    'Throughline web app:',
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );
  return json(
    kind === 'clip'
      ? errorReply(locale, 'internal', 'protocol.clipFailed')
      : {
          ok: false,
          error: {
            code: 'internal',
            message: t(locale, 'addon.webapp.catalogFailed'),
            retryable: true,
          },
        },
  );
}

/** POST /exec: a JSON protocol request sent as text/plain (no CORS preflight); the secret is in the body. */
export function doPost(e?: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  const body = e?.postData?.contents ?? '';
  let locale: Locale = 'en';
  try {
    const ctx = hostContext({ remembered: true });
    locale = ctx.locale;
    return json(handleProtocolRequest(body, webAppDeps(ctx)));
  } catch (error) {
    // Still JSON, so the extension shows a retryable error instead of failing on Google's HTML error page.
    return failure(locale, requestKind(body), error);
  }
}

/** GET /exec: tells whoever opens the URL what it is; the protocol itself is POST only. */
export function doGet(): GoogleAppsScript.Content.TextOutput {
  try {
    const locale = hostContext({ remembered: true }).locale;
    return json({
      ok: true,
      service: 'throughline',
      v: 1,
      message: t(locale, 'addon.webapp.running'),
    });
  } catch (error) {
    return failure('en', null, error);
  }
}
