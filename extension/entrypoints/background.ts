/** Wiring only: open the outbox, answer the panel, send on alarm / online / panel open. */
import { defineBackground } from 'wxt/utils/define-background';
import { localeFrom } from '../../shared/messages';
import {
  activeTab,
  commandShortcuts,
  ensureAlarm,
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
import type { PanelRequest } from '../messages';

const SEND_ALARM = 'send-clips';
const READER_FILE = '/content-scripts/selection-reader.js' as const;

export default defineBackground(() => {
  const capture = {
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    readTab: (tabId: number) => runCaptureScript(tabId, READER_FILE),
  };
  const ready = openOutbox().then((outbox) =>
    createClipperService({
      outbox,
      fetch: (url, init) => fetch(url, init),
      now: Date.now,
      random: Math.random,
      capture,
      activeTab,
      shortcuts: commandShortcuts,
    }),
  );
  const handle = (request: PanelRequest) => ready.then((service) => service.handle(request));
  onRuntimeMessage((message, sender) => routePanelMessage({ handle }, message, sender));
  onAlarm(
    SEND_ALARM,
    () => void ready.then(async (service) => service.flush(await cameBackOnline(navigator.onLine))),
  );
  onlineEvents(() => void ready.then((service) => service.flush(true)));
  onStartup(() => void installMenus(localeFrom(uiLanguage())));
  listenForGestures(capture);
  void openPanelOnActionClick();
  void ensureAlarm(SEND_ALARM, 1);
  void ready.then((service) => service.changed());
});
