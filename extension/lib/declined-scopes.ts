/**
 * The read scopes a coach declined in Google's window, kept in storage.session: the background
 * worker stops and starts many times an hour, and the coach should not be asked again at each
 * start; the browser's restart clears it, and the next Doc or deck search asks once more.
 */
import { storage } from 'wxt/utils/storage';
import type { DeclinedScopes } from './google-auth';

const declinedItem = storage.defineItem<string[]>('session:declinedScopes', { fallback: [] });

/** The declined scope sets (google-auth's keys) in storage.session. */
export function sessionDeclinedScopes(): DeclinedScopes {
  return {
    has: async (key) => (await declinedItem.getValue()).includes(key),
    async add(key) {
      const keys = await declinedItem.getValue();
      if (!keys.includes(key)) await declinedItem.setValue([...keys, key]);
    },
  };
}
