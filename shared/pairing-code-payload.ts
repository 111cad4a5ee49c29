/**
 * What is inside a pasted connection code (`TL1-<base64url JSON>`), without a schema library: the
 * side panel reads the plan's address from it to ask for host access inside the coach's click,
 * before the background decodes and checks the whole code (pairing-code.ts).
 */
import { decodeBase64Url } from './base64url';

export const PAIRING_PREFIX = 'TL1-';

/** The only plan addresses a code may name: Apps Script, or local mode on this computer. */
export const PLAN_ENDPOINT_PATTERN =
  /^(https:\/\/script\.google\.com\/|https:\/\/script\.googleusercontent\.com\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/;

/** The code's fields as written (endpoint, secret, plan, coach); null for anything else. */
export type PairingPayload = { e?: unknown; s?: unknown; p?: unknown; c?: unknown };

export function pairingPayload(code: string): PairingPayload | null {
  const trimmed = code.trim();
  if (!trimmed.startsWith(PAIRING_PREFIX)) return null;
  const json = decodeBase64Url(trimmed.slice(PAIRING_PREFIX.length));
  if (json === null) return null;
  try {
    const raw: unknown = JSON.parse(json);
    return typeof raw === 'object' && raw !== null ? (raw as PairingPayload) : null;
  } catch {
    return null;
  }
}

/** The plan's address in a pasted code when it is one a code may name; null otherwise. */
export function pairingEndpoint(code: string): string | null {
  const endpoint = pairingPayload(code)?.e;
  return typeof endpoint === 'string' && PLAN_ENDPOINT_PATTERN.test(endpoint) ? endpoint : null;
}
