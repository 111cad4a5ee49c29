/**
 * The side panel's one typed way to reach the background (which owns the outbox and the secret).
 * Tests pass their own client that calls the background service directly.
 */
import { listenToBackground, sendToBackground } from '../browser-api';
import {
  CALLS_THAT_FAIL,
  isPanelEvent,
  type PanelCall,
  type PanelEvent,
  type PanelReply,
  type PanelRequestOf,
} from '../panel-calls';

export interface PanelClient {
  /** One call of panel-calls.ts; the reply's type is the call's own. */
  request<C extends PanelCall>(message: PanelRequestOf<C>): Promise<PanelReply<C>>;
  /** Background broadcasts; returns an unsubscribe function. */
  onEvent(listener: (event: PanelEvent) => void): () => void;
}

/** The runtime's answer when the background threw (browser-api's internalFailure). */
function isInternalFailure(reply: unknown): boolean {
  const failure = reply as { ok?: unknown; error?: { code?: unknown } } | null;
  return failure?.ok === false && failure.error?.code === 'internal';
}

/**
 * The reply of our own background, trusted as the call's type; a call that cannot fail rejects
 * when the background threw, so the panel never renders a failure as a state or a list.
 */
export function replyOf<C extends PanelCall>(call: C, reply: unknown): PanelReply<C> {
  if (!CALLS_THAT_FAIL[call] && isInternalFailure(reply))
    throw new Error(`The background failed to answer ${call}`);
  return reply as PanelReply<C>;
}

/** The real client over runtime messaging; broadcasts are checked before the panel reacts. */
export function runtimeClient(): PanelClient {
  return {
    request: async (message) => replyOf(message.type, await sendToBackground(message)),
    onEvent: (listener) =>
      listenToBackground((message) => {
        if (isPanelEvent(message)) listener(message);
      }),
  };
}
