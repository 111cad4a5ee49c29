/**
 * The one-time connection code a coordinator gives a coach: it carries the endpoint, the coach's
 * secret and a label, so the coach pastes one string and is connected. Format: `TL1-<base64url JSON>`.
 */
import * as z from 'zod';
import { decodeBase64Url, encodeBase64Url } from './base64url';

const PREFIX = 'TL1-';

export const pairingSchema = z.object({
  endpoint: z
    .string()
    .regex(
      /^(https:\/\/script\.google\.com\/|https:\/\/script\.googleusercontent\.com\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/,
    ),
  secret: z.string().min(16).max(200),
  plan: z.string().max(200),
  coach: z.string().max(200),
});
export type Pairing = z.infer<typeof pairingSchema>;

export function encodePairingCode(pairing: Pairing): string {
  return (
    PREFIX +
    encodeBase64Url(
      JSON.stringify({ e: pairing.endpoint, s: pairing.secret, p: pairing.plan, c: pairing.coach }),
    )
  );
}

/** Expected failure as a value: the coach pasted something else, or only part of the code. */
export function decodePairingCode(
  code: string,
): { ok: true; pairing: Pairing } | { ok: false; code: 'not-a-code' } {
  const trimmed = code.trim();
  if (!trimmed.startsWith(PREFIX)) return { ok: false, code: 'not-a-code' };
  const json = decodeBase64Url(trimmed.slice(PREFIX.length));
  if (json === null) return { ok: false, code: 'not-a-code' };
  try {
    const raw = JSON.parse(json) as { e?: unknown; s?: unknown; p?: unknown; c?: unknown };
    const parsed = pairingSchema.safeParse({
      endpoint: raw.e,
      secret: raw.s,
      plan: raw.p ?? '',
      coach: raw.c ?? '',
    });
    return parsed.success ? { ok: true, pairing: parsed.data } : { ok: false, code: 'not-a-code' };
  } catch {
    return { ok: false, code: 'not-a-code' };
  }
}
