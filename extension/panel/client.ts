/**
 * The side panel's one typed way to reach the background (which owns the outbox and the secret).
 * Tests pass their own client that calls the background service directly.
 */
import { listenToBackground, sendToBackground } from '../browser-api';
import { panelEventSchema, type PanelEvent, type PanelRequest } from '../messages';
import type { ReplyFor } from '../lib/replies';

export interface PanelClient {
  request<T extends PanelRequest['type']>(
    message: Extract<PanelRequest, { type: T }>,
  ): Promise<ReplyFor[T]>;
  /** Background broadcasts; returns an unsubscribe function. */
  onEvent(listener: (event: PanelEvent) => void): () => void;
}

/** The real client over runtime messaging; broadcasts are parsed before the panel reacts. */
export function runtimeClient(): PanelClient {
  return {
    request: (message) => sendToBackground(message) as Promise<never>,
    onEvent: (listener) =>
      listenToBackground((message) => {
        const parsed = panelEventSchema.safeParse(message);
        if (parsed.success) listener(parsed.data);
      }),
  };
}
