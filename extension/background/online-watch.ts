/**
 * Chrome's extension service worker never hears the `online` event, so the sending alarm also
 * notices when the browser has come back online since its last tick: those clips go out at once
 * instead of waiting out their back-off. The last state is kept in storage.local, since the worker
 * may be stopped between ticks.
 */
import { storedItem } from '../lib/stored-item';

const wasOnline = storedItem<boolean>('wasOnline');

/** True when `online` is true and the previous tick saw the browser offline. */
export async function cameBackOnline(online: boolean): Promise<boolean> {
  const was = await wasOnline.getValue();
  if (was !== online) await wasOnline.setValue(online);
  return online && was === false;
}
