import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../extension/entrypoints/background';
import { openOutbox } from '../../extension/lib/outbox';
import { newOutboxRecord } from '../../extension/lib/outbox-record';
import { savePairingCode } from '../../extension/lib/pairing-store';
import { evidence, fakeEndpoint, pairingCode } from './fake-endpoint';

const menus: unknown[] = [];

/** A worker (re)start: fresh fake browser events, the APIs the fake lacks stubbed, then main(). */
function startWorker() {
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.contextMenus = {
    onClicked: { addListener: () => undefined },
    removeAll: async () => undefined,
    create: (item: unknown) => menus.push(item),
  };
  fb.commands = { onCommand: { addListener: () => undefined } };
  background.main();
}

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
}

let endpoint: ReturnType<typeof fakeEndpoint>;

beforeEach(() => {
  fakeBrowser.reset();
  endpoint = fakeEndpoint();
  vi.stubGlobal('fetch', endpoint.fetch);
});

afterEach(() => vi.unstubAllGlobals());

describe('background start-up', () => {
  it('creates the sending alarm, and recreates it after a restart that lost it', async () => {
    startWorker();
    await until(async () => (await fakeBrowser.alarms.get('send-clips')) !== undefined);
    expect((await fakeBrowser.alarms.get('send-clips'))?.periodInMinutes).toBe(1);
    fakeBrowser.reset();
    startWorker();
    await until(async () => (await fakeBrowser.alarms.get('send-clips')) !== undefined);
    expect(await fakeBrowser.alarms.get('send-clips')).toBeDefined();
  });

  it('shows the clips left by a previous worker on the badge, and sends them on the alarm and when back online', async () => {
    const outbox = await openOutbox();
    const first = evidence();
    await outbox.put(newOutboxRecord(first, Date.now() - 1000));
    outbox.close();
    await savePairingCode(pairingCode(), Date.now());
    endpoint.mode = 'offline';
    startWorker();
    await until(async () => (await fakeBrowser.action.getBadgeText({})) === '1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    endpoint.mode = 'normal';
    window.dispatchEvent(new Event('online'));
    await until(async () => endpoint.sheet.has(first.id));
    expect(endpoint.sheet.has(first.id)).toBe(true);
    await until(async () => (await fakeBrowser.action.getBadgeText({})) === '');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    const again = await openOutbox();
    const second = evidence();
    await again.put(newOutboxRecord(second, Date.now() - 1000));
    again.close();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'send-clips', scheduledTime: Date.now() });
    await until(async () => endpoint.sheet.has(second.id));
    expect(endpoint.sheet.has(second.id)).toBe(true);
  });
});

describe('coming back online without an online event (Chrome service worker)', () => {
  it('the alarm tick after an offline tick says "send now", once', async () => {
    const { cameBackOnline } = await import('../../extension/background/online-watch');
    const ticks = [true, false, false, true, true, false, true];
    const forced = [];
    for (const online of ticks) forced.push(await cameBackOnline(online));
    expect(forced).toEqual([false, false, false, true, false, false, true]);
  });

  it('a waiting clip whose back-off has not run out goes on the first alarm after the wifi returns', async () => {
    await savePairingCode(pairingCode(), Date.now());
    const outbox = await openOutbox();
    const held = evidence();
    await outbox.put({
      ...newOutboxRecord(held, Date.now()),
      attempts: 3,
      nextAttemptAt: Date.now() + 10 * 60_000,
    });
    outbox.close();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    startWorker();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'send-clips', scheduledTime: Date.now() });
    await new Promise((r) => setTimeout(r, 50));
    expect(endpoint.sheet.has(held.id)).toBe(false);
    onLine.mockReturnValue(true);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'send-clips', scheduledTime: Date.now() });
    await until(async () => endpoint.sheet.has(held.id));
    expect(endpoint.sheet.has(held.id)).toBe(true);
    onLine.mockRestore();
  });
});
