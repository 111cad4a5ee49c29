/**
 * One POST to a plan endpoint. Only a reply that parses as the protocol counts: Apps Script answers
 * some quota errors with HTTP 200 and an HTML page, which must read as a failure, not a success.
 */
import {
  protocolReplySchema,
  type ProtocolReply,
  type ProtocolRequest,
} from '../../shared/protocol';
import { withTimeLimit } from './time-limit';

export const SEND_TIMEOUT_MS = 25_000;

export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body: string;
    signal: AbortSignal;
    redirect: 'follow';
  },
) => Promise<{ status: number; text(): Promise<string> }>;

export type TransportError = { code: 'network' | 'timeout' | 'not-protocol'; message: string };
export type PostResult = { ok: true; reply: ProtocolReply } | { ok: false; error: TransportError };

function parseReply(status: number, body: string): PostResult {
  try {
    const parsed = protocolReplySchema.safeParse(JSON.parse(body));
    if (parsed.success) return { ok: true, reply: parsed.data };
  } catch {
    // Not JSON: an HTML error page, a login page, a proxy's message.
  }
  return {
    ok: false,
    error: {
      code: 'not-protocol',
      message: `HTTP ${status}: ${body.slice(0, 120).replace(/\s+/g, ' ')}`,
    },
  };
}

/** Sends one protocol request as text/plain (no CORS preflight), giving up after `timeoutMs`. */
export async function postProtocol(
  endpoint: string,
  request: ProtocolRequest,
  fetchFn: FetchLike,
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<PostResult> {
  const timedOut = (): PostResult => ({
    ok: false,
    error: { code: 'timeout', message: `No answer after ${Math.round(timeoutMs / 1000)} s` },
  });
  return withTimeLimit(
    async (signal): Promise<PostResult> => {
      try {
        const response = await fetchFn(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain;charset=utf-8' },
          body: JSON.stringify(request),
          signal,
          redirect: 'follow',
        });
        return parseReply(response.status, await response.text());
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'network',
            message: error instanceof Error ? error.message : String(error),
          },
        };
      }
    },
    timeoutMs,
    timedOut,
  );
}
