/** Wiring only: open the outbox, answer the panel, send on alarm / online / panel open, welcome on first install. */
import { defineBackground } from 'wxt/utils/define-background';
import { localeFrom } from '../../shared/messages';
import {
  activeTab,
  commandShortcuts,
  ensureAlarm,
  identityPort,
  installedByPolicy,
  onFirstInstall,
  onSettingsChanged,
  openOwnPage,
  onAlarm,
  onlineEvents,
  onRuntimeMessage,
  onStartup,
  openPanelOnActionClick,
  runCaptureScript,
  uiLanguage,
} from '../browser-api';
import { createClipperService } from '../background/clipper-service';
import { installMenus, listenForGestures } from '../background/gestures';
import { cameBackOnline } from '../background/online-watch';
import { routePanelMessage } from '../background/router';
import { openOutbox } from '../lib/outbox';
import { welcomeOnFirstInstall } from '../background/first-run';
import { loadPolicy } from '../lib/district-policy';
import { sessionDeclinedScopes } from '../lib/declined-scopes';
import { googleAuth } from '../lib/google-auth';
import { googleEndpoints } from '../lib/google-config';
import { sheetsClient } from '../lib/google-sheets';
import { SEND_TIMEOUT_MS } from '../lib/post-protocol';
import type { PanelHandler } from '../background/router';
import type { PageSelection } from '../messages';
import { fetchFileBytes, inflateStream, readDocumentText } from '../lib/document-text';
import { loadGoogleConnection } from '../lib/google-connection';

const SEND_ALARM = 'send-clips';
const READER_FILE = '/content-scripts/selection-reader.js' as const;

export default defineBackground(() => {
  const endpoints = googleEndpoints();
  const auth = googleAuth(identityPort(), endpoints, {
    now: Date.now,
    nonce: () => crypto.randomUUID(),
    declined: sessionDeclinedScopes(),
  });
  const google = {
    auth,
    client: sheetsClient({
      fetch: (url, init) => fetch(url, init),
      auth,
      endpoints,
      now: Date.now,
      timeoutMs: SEND_TIMEOUT_MS,
    }),
  };
  const text = {
    signedIn: async () => (await loadGoogleConnection()) !== null,
    client: google.client,
    endpoints,
    fetchBytes: fetchFileBytes,
    inflate: inflateStream,
  };
  const capture = {
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    readTab: (tabId: number) => runCaptureScript(tabId, READER_FILE),
    documentText: (url: string, page: PageSelection | null) => readDocumentText(url, page, text),
  };
  const ready = openOutbox().then((outbox) =>
    createClipperService({
      google,
      outbox,
      fetch: (url, init) => fetch(url, init),
      now: Date.now,
      random: Math.random,
      capture,
      activeTab,
      shortcuts: commandShortcuts,
    }),
  );
  const waiting: PanelHandler = {
    handle: (request) => ready.then((service) => service.handle(request)),
  };
  onRuntimeMessage((message, sender) => routePanelMessage(waiting, message, sender));
  onAlarm(
    SEND_ALARM,
    () => void ready.then(async (service) => service.flush(await cameBackOnline(navigator.onLine))),
  );
  onlineEvents(() => void ready.then((service) => service.flush(true)));
  const menus = async () => installMenus((await loadPolicy()).language ?? localeFrom(uiLanguage()));
  onStartup(() => void menus());
  // A policy change (language) reaches the menu without a restart.
  onSettingsChanged((area) => (area === 'managed' ? void menus() : undefined));
  onFirstInstall(
    () =>
      void welcomeOnFirstInstall({
        installedByPolicy,
        openWelcome: () => openOwnPage('/sidepanel.html?welcome'),
      }),
  );
  listenForGestures(capture);
  void openPanelOnActionClick();
  void ensureAlarm(SEND_ALARM, 1);
  void ready.then((service) => service.changed());
});
