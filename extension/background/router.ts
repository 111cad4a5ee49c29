/**
 * The background's message gate: a message is handled only if it comes from one of our own pages
 * and parses as the panel request union. Anything else (a content script, a page, another
 * extension, a malformed message) is ignored.
 */
import type * as z from 'zod';
import { isOwnPage, type MessageSender } from '../browser-api';
import { panelRequestSchema } from '../messages';
import type { PanelCall, PanelHandlerReply, PanelRequest, PanelRequestOf } from '../panel-calls';

/** Fails to compile when the checked union and the call map's requests drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesCalls: Same<z.infer<typeof panelRequestSchema>, PanelRequest> = true;
void schemaMatchesCalls;

/** Whatever answers the calls: the background service, or a wrapper that waits for it. */
export interface PanelHandler {
  handle<C extends PanelCall>(request: PanelRequestOf<C>): Promise<PanelHandlerReply<C>>;
}

export function routePanelMessage(
  service: PanelHandler,
  message: unknown,
  sender: MessageSender,
): Promise<unknown> | undefined {
  if (!isOwnPage(sender)) return undefined;
  const parsed = panelRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return service.handle(parsed.data);
}
