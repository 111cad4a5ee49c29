/**
 * The one seam for `browser.*`: every extension API call goes through here, so tests swap in WXT's
 * fakeBrowser and Chrome/Firefox differences (side panel vs sidebar, action vs browserAction) live in
 * one place.
 */
import { browser } from 'wxt/browser';
import type { IdentityPort } from './lib/google-auth';
import type { PanelEvent } from './panel-calls';

export type MessageSender = { id?: string; url?: string; tab?: { id?: number } };

/** The toolbar badge: how many clips are waiting to reach the sheet. */
export async function setBadge(count: number): Promise<void> {
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ color: '#b45309' });
}

/** True for our own pages (side panel, sidebar); false for content scripts and other extensions. */
export function isOwnPage(sender: MessageSender): boolean {
  const origin = (browser.runtime as unknown as { getURL(path: string): string }).getURL('/');
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(origin)
  );
}

/** Messages from our pages to the background; replies travel back as the promise's value. */
export function sendToBackground(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** A broadcast from the background to any open panel; nobody listening is not an error. */
export async function notifyPanels(message: PanelEvent): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No panel open: the panel asks for the state when it opens.
  }
}

/** What the panel receives when the background throws: a failure with the code `internal`. */
export function internalFailure(error: unknown): {
  ok: false;
  error: { code: 'internal'; message: string };
} {
  return { ok: false, error: { code: 'internal', message: String(error) } };
}

/** Listens for messages; a listener returning undefined leaves the message to others (no reply). */
export function onRuntimeMessage(
  listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = listener(message, sender as MessageSender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => sendResponse(internalFailure(error)));
    return true;
  });
}

/** Creates the sending alarm unless it exists: alarms survive worker restarts but not every update. */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (!existing)
    await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

export function onAlarm(name: string, listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) listener();
  });
}

export function uiLanguage(): string {
  return browser.i18n?.getUILanguage?.() ?? 'en';
}

interface MenuItem {
  id: string;
  title: string;
  contexts: ['selection' | 'image' | 'link' | 'page'];
}

export async function createMenus(items: MenuItem[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) browser.contextMenus.create(item);
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  srcUrl?: string;
  linkUrl?: string;
  pageUrl?: string;
}

export type TabRef = { id?: number; windowId?: number; title?: string; url?: string };

export function onMenuClick(listener: (info: MenuClick, tab: TabRef | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => listener(info as MenuClick, tab));
}

export function onCommand(listener: (command: string, tab: TabRef | undefined) => void): void {
  browser.commands?.onCommand.addListener((command, tab) => listener(command, tab));
}

/** The keys bound to each of our commands, by command name ('' when the coach removed one). */
export async function commandShortcuts(): Promise<Record<string, string>> {
  const commands = (await browser.commands?.getAll?.().catch(() => [])) ?? [];
  return Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
}

/** What the coach copied; null when the browser does not let the panel read it (no focus, refused). */
export async function readClipboard(): Promise<string | null> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    return null;
  }
}

export async function activeTab(): Promise<TabRef | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** Runs our bundled selection reader in a tab (activeTab grant or docs.google.com host access). */
export async function runCaptureScript(tabId: number, file: `/${string}.js`): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    files: [file as never],
  });
  return first?.result;
}

/** Opens the side panel (Chrome) or the sidebar (Firefox); must run inside the user's gesture. */
export async function openPanel(tab: TabRef | undefined): Promise<void> {
  const chromePanel = (
    browser as unknown as {
      sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> };
    }
  ).sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  try {
    if (chromePanel)
      await chromePanel.open(
        tab?.windowId !== undefined ? { windowId: tab.windowId } : { tabId: tab?.id },
      );
    else if (firefoxSidebar) await firefoxSidebar.open();
  } catch {
    // Already open, or no gesture: the badge and the pending capture still tell the coach.
  }
}

/** Clicking the toolbar icon opens the panel: Chrome by panel behaviour, Firefox by toggling the sidebar in the click. */
export async function openPanelOnActionClick(): Promise<void> {
  const chromePanel = (
    browser as unknown as {
      sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
    }
  ).sidePanel;
  if (chromePanel) {
    await chromePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
    .sidebarAction;
  const button =
    (browser as unknown as { browserAction?: { onClicked: { addListener(fn: () => void): void } } })
      .browserAction ?? browser.action;
  if (!isFirefox() || !firefoxSidebar || !button) return;
  button.onClicked.addListener(() => void firefoxSidebar.toggle().catch(() => undefined));
}

function isFirefox(): boolean {
  return (browser.runtime as unknown as { getURL(path: string): string })
    .getURL('/')
    .startsWith('moz-extension:');
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
  browser.runtime.onInstalled.addListener(listener);
}

/** Alt text of a right-clicked image or the words of a link; runs as a self-contained function in the tab. */
export async function referenceWords(
  tabId: number,
  kind: 'image' | 'link',
  url: string,
): Promise<string> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    args: [kind, url],
    func: (k: string, u: string) => {
      if (k === 'image') {
        const image = Array.from(document.images).find(
          (img) => img.currentSrc === u || img.src === u,
        );
        return image ? image.alt || image.title || '' : '';
      }
      const link = Array.from(document.links).find((a) => a.href === u);
      return link ? (link.textContent ?? '').trim() : '';
    },
  });
  return typeof first?.result === 'string' ? first.result : '';
}

/** The worker hears the browser come back online: clips waiting for wifi are sent at once. */
export function onlineEvents(listener: () => void): void {
  (
    globalThis as unknown as { addEventListener?: (type: string, fn: () => void) => void }
  ).addEventListener?.('online', listener);
}

/** Panel side: broadcasts from our background only (never from a tab's content script). */
export function listenToBackground(listener: (message: unknown) => void): () => void {
  const handler = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id === browser.runtime.id && !sender.tab) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/**
 * Firefox may leave host access to the coach's choice: ask for the plan's origin while the click
 * that pasted the code is still a user gesture. Chrome grants the declared hosts at install.
 */
export async function requestHostAccess(endpoint: string): Promise<boolean> {
  if (!isFirefox()) return true;
  try {
    return await browser.permissions.request({ origins: [`${new URL(endpoint).origin}/*`] });
  } catch {
    return false;
  }
}

/**
 * The identity API for Google sign-in (lib/google-auth.ts). getAuthToken is offered only when the
 * build declares an oauth2 client (Chrome store builds) and the browser has it; Edge and Firefox,
 * and test builds, use launchWebAuthFlow with the browser's redirect URL.
 */
export function identityPort(): IdentityPort {
  const identity = (browser as unknown as { identity?: BrowserIdentity }).identity;
  let manifest: { oauth2?: { client_id?: string } } = {};
  try {
    manifest = browser.runtime.getManifest() as typeof manifest;
  } catch {
    // A test browser without a manifest: no oauth2 client, so the web flow.
  }
  const getAuthToken = manifest.oauth2?.client_id
    ? identity?.getAuthToken?.bind(identity)
    : undefined;
  const removeCached = identity?.removeCachedAuthToken?.bind(identity);
  return {
    chromeToken: getAuthToken
      ? async (interactive, scopes) => {
          // `scopes` replaces the manifest's list for this request (Chrome caches a token per set).
          const result = await getAuthToken({ interactive, scopes });
          const token = typeof result === 'string' ? result : result?.token;
          if (!token) throw new Error('no token');
          // Chrome 87+ says what was granted: a token missing a scope would only meet a 403.
          const granted = typeof result === 'string' ? undefined : result?.grantedScopes;
          // Only API scopes are checked: Chrome may spell openid/email/profile its own way.
          const api = scopes.filter((scope) => scope.startsWith('https://'));
          if (granted && api.some((scope) => !granted.includes(scope)))
            throw new Error('scope not granted');
          return token;
        }
      : undefined,
    removeChromeToken:
      getAuthToken && removeCached ? (token) => removeCached({ token }) : undefined,
    webAuthFlow: async (url, interactive) => {
      if (!identity) throw new Error('identity API unavailable');
      return (await identity.launchWebAuthFlow({ url, interactive })) ?? '';
    },
    redirectUrl: () => identity?.getRedirectURL() ?? '',
  };
}

interface BrowserIdentity {
  getAuthToken?(details: {
    interactive: boolean;
    scopes?: string[];
  }): Promise<string | { token?: string; grantedScopes?: string[] }>;
  removeCachedAuthToken?(details: { token: string }): Promise<void>;
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  getRedirectURL(path?: string): string;
}

/** What the district's administrator set by policy (storage.managed); empty when nothing is set. */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {}; // no policy, or a browser without managed storage (Firefox without a policy file)
  }
}

/** Calls `listener` whenever the policy (storage.managed) or our own settings change; returns an unsubscribe. */
export function onSettingsChanged(
  listener: (area: 'managed' | 'local', keys: string[]) => void,
): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || area === 'local') listener(area, Object.keys(changes));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** True when the extension was installed by policy (Admin console force-install). */
export async function installedByPolicy(): Promise<boolean> {
  try {
    return (await browser.management.getSelf()).installType === 'admin';
  } catch {
    return false;
  }
}

/** First install only (not updates, not browser starts). */
export function onFirstInstall(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') listener();
  });
}

/** Opens one of our own pages in a new tab (the first-run welcome). */
export async function openOwnPage(path: `/${string}`): Promise<void> {
  const url = (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);
  await browser.tabs.create({ url });
}
