/**
 * The background's message gate: a message is handled only if it comes from one of our own pages
 * and parses as the panel request union. Anything else (a content script, a page, another
 * extension, a malformed message) is ignored.
 */
import { isOwnPage, type MessageSender } from '../browser-api';
import { panelRequestSchema } from '../messages';
import type { ClipperService } from './clipper-service';

export function routePanelMessage(
  service: Pick<ClipperService, 'handle'>,
  message: unknown,
  sender: MessageSender,
): Promise<unknown> | undefined {
  if (!isOwnPage(sender)) return undefined;
  const parsed = panelRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return service.handle(parsed.data);
}
