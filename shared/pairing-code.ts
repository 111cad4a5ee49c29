/**
 * The one-time connection code a coordinator gives a coach: it carries the endpoint, the coach's
 * secret and a label, so the coach pastes one string and is connected. Format: `TL1-<base64url JSON>`.
 */
import * as z from 'zod';
import { encodeBase64Url } from './base64url';
import { PAIRING_PREFIX, PLAN_ENDPOINT_PATTERN, pairingPayload } from './pairing-code-payload';

export const pairingSchema = z.object({
  endpoint: z.string().regex(PLAN_ENDPOINT_PATTERN),
  secret: z.string().min(16).max(200),
  plan: z.string().max(200),
  coach: z.string().max(200),
});
export type Pairing = z.infer<typeof pairingSchema>;

export function encodePairingCode(pairing: Pairing): string {
  return (
    PAIRING_PREFIX +
    encodeBase64Url(
      JSON.stringify({ e: pairing.endpoint, s: pairing.secret, p: pairing.plan, c: pairing.coach }),
    )
  );
}

/** Expected failure as a value: the coach pasted something else, or only part of the code. */
export function decodePairingCode(
  code: string,
): { ok: true; pairing: Pairing } | { ok: false; code: 'not-a-code' } {
  const raw = pairingPayload(code);
  if (!raw) return { ok: false, code: 'not-a-code' };
  const parsed = pairingSchema.safeParse({
    endpoint: raw.e,
    secret: raw.s,
    plan: raw.p ?? '',
    coach: raw.c ?? '',
  });
  return parsed.success ? { ok: true, pairing: parsed.data } : { ok: false, code: 'not-a-code' };
}
