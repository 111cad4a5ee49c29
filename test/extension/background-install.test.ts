// The worker's install and policy wiring: the first-run welcome opens for a coach's own install and
// not for a force-install (management.getSelf().installType === 'admin'), and a language pushed by
// policy reaches the Clip to plan menu without a restart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../extension/entrypoints/background';

let menus: { title: string }[] = [];
let opened: string[] = [];

function startWorker(installType: string) {
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.contextMenus = {
    onClicked: { addListener: () => undefined },
    removeAll: async () => {
      menus = [];
    },
    create: (item: { title: string }) => menus.push(item),
  };
  fb.commands = { onCommand: { addListener: () => undefined } };
  fb.management = { getSelf: async () => ({ installType }) };
  fb.i18n = { ...fb.i18n, getUILanguage: () => 'en-US' };
  fb.tabs = { ...fb.tabs, create: async (tab: { url: string }) => void opened.push(tab.url) };
  background.main();
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

beforeEach(() => {
  fakeBrowser.reset();
  menus = [];
  opened = [];
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
});

afterEach(() => vi.unstubAllGlobals());

describe('install', () => {
  it('a coach’s own install opens the welcome once; an update does not', async () => {
    startWorker('normal');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await until(() => opened.length > 0);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/\/sidepanel\.html\?welcome$/);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(opened).toHaveLength(1);
  });

  it('installed by policy (Admin console force-install): no welcome', async () => {
    startWorker('admin');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await until(() => menus.length > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(opened).toEqual([]);
  });

  it('a policy language reaches the menu at once', async () => {
    startWorker('admin');
    await fakeBrowser.runtime.onStartup.trigger();
    await until(() => menus.length > 0);
    expect(menus[0].title).toBe('Clip to plan');
    await fakeBrowser.storage.managed.set({ language: 'fr' });
    await until(() => menus[0]?.title === 'Capturer dans le plan');
    expect(menus.map((m) => m.title)[0]).toBe('Capturer dans le plan');
  });
});
