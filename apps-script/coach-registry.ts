/**
 * Connect a coach: per-coach secrets kept hashed (SHA-256) in script properties with name and dates,
 * a one-time connection code (endpoint + secret) shown once, and revocation. The secret itself is
 * never stored: a lost code means revoking and connecting again.
 */
import {
  createCoach,
  revokeCoach,
  verifyCoachSecret,
  type CoachRecord,
} from '../shared/coach-secrets';
import { encodePairingCode } from '../shared/pairing-code';
import { t } from '../shared/i18n';
import { hostContext, nowIso } from './host-context';
import { withScriptLock } from './script-lock';
import { ownWebAppUrl } from './host-kind';
import { savedProtectChoice } from './tab-protection';

const REGISTRY_KEY = 'throughline.coaches';

export interface CoachListing {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Hex SHA-256 of a secret, via Utilities (no crypto global in Apps Script). */
export function sha256Hex(text: string): string {
  return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)
    .map((byte) => ((byte + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}

export function loadCoaches(): CoachRecord[] {
  const raw = PropertiesService.getScriptProperties().getProperty(REGISTRY_KEY);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as { v?: number; coaches?: CoachRecord[] };
    return parsed.v === 1 && Array.isArray(parsed.coaches) ? parsed.coaches : [];
  } catch {
    return [];
  }
}

function saveCoaches(coaches: CoachRecord[]): void {
  PropertiesService.getScriptProperties().setProperty(
    REGISTRY_KEY,
    JSON.stringify({ v: 1, coaches }),
  );
}

const listing = (coaches: CoachRecord[]): CoachListing[] =>
  coaches.map(({ id, name, createdAt, revokedAt }) => ({ id, name, createdAt, revokedAt }));

/** Who a request comes from, for the protocol service. */
export function verifySecret(
  secret: string,
): { ok: true; coach: string } | { ok: false; code: 'unauthorized' | 'revoked' } {
  const result = verifyCoachSecret(loadCoaches(), secret, sha256Hex);
  return result.ok ? { ok: true, coach: result.coach.name } : result;
}

/**
 * How coaches connect here. `codes`: a bound copy with its web app — connection codes, and the
 * coaches connected (never their hashes). `sharing`: the installed add-on — no web app; coaches
 * sign in with Google in the extension, and the spreadsheet's sharing is the access list (script
 * properties are shared by every user of an add-on, so no registry is read there).
 */
export type CoachesState =
  | { mode: 'codes'; locale: string; coaches: CoachListing[] }
  | { mode: 'sharing'; locale: string; url: string; protectedTabs: boolean };

/** Sidebar: what the Connect a coach sidebar shows. */
export function listCoaches(): CoachesState {
  const ctx = hostContext();
  if (ownWebAppUrl()) return { mode: 'codes', locale: ctx.locale, coaches: listing(loadCoaches()) };
  return {
    mode: 'sharing',
    locale: ctx.locale,
    url: ctx.spreadsheet.getUrl(),
    protectedTabs: savedProtectChoice(ctx) === true,
  };
}

export type ConnectResult =
  | { ok: true; code: string; coaches: CoachListing[] }
  | { ok: false; error: { code: string; message: string } };

/** Sidebar: creates a coach and returns the one-time connection code. */
export function connectCoach(name: string): ConnectResult {
  const ctx = hostContext();
  const trimmed = String(name ?? '')
    .trim()
    .slice(0, 200);
  if (!trimmed)
    return {
      ok: false,
      error: { code: 'name-required', message: t(ctx.locale, 'addon.coaches.nameRequired') },
    };
  const endpoint = ownWebAppUrl();
  if (!endpoint)
    return {
      ok: false,
      error: { code: 'no-web-app', message: t(ctx.locale, 'addon.coaches.noWebApp') },
    };
  const secret = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
  const saved = withScriptLock(() => {
    const coaches = [...loadCoaches(), createCoach(trimmed, secret, sha256Hex, nowIso())];
    saveCoaches(coaches);
    return coaches;
  });
  if (!saved.ok)
    return { ok: false, error: { code: 'busy', message: t(ctx.locale, 'addon.busy') } };
  const code = encodePairingCode({
    endpoint,
    secret,
    plan: ctx.spreadsheet.getName().slice(0, 200),
    coach: trimmed,
  });
  return { ok: true, code, coaches: listing(saved.value) };
}

/** Sidebar: revokes a coach; their next request writes nothing and gets `revoked`. */
export function revokeCoachById(id: string): { coaches: CoachListing[] } {
  const saved = withScriptLock(() => {
    const coaches = revokeCoach(loadCoaches(), String(id), nowIso());
    saveCoaches(coaches);
    return coaches;
  });
  return { coaches: listing(saved.ok ? saved.value : loadCoaches()) };
}
