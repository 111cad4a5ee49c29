/**
 * The coach's ways to clip from a page: "Clip to plan" on a selection, an image or a link, and the
 * keyboard shortcuts (the selection; what was copied). Each opens the panel within the user's gesture.
 */
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import {
  createMenus,
  notifyPanels,
  onCommand,
  onMenuClick,
  openPanel,
  referenceWords,
  type MenuClick,
  type TabRef,
} from '../browser-api';
import type { Capture } from '../messages';
import {
  captureReference,
  captureSelection,
  parkCapture,
  wantClipboard,
  type CaptureDeps,
} from './capture';

export const CLIP_COMMAND = 'clip-selection';
/** "Clip what I copied": Docs, Slides and PDF viewers, where the page's selection cannot be read. */
export const COPIED_COMMAND = 'clip-copied';
const MENU = { selection: 'clip-selection', image: 'clip-image', link: 'clip-link' } as const;

export async function installMenus(locale: Locale): Promise<void> {
  await createMenus([
    { id: MENU.selection, title: t(locale, 'clipper.menu.clipSelection'), contexts: ['selection'] },
    { id: MENU.image, title: t(locale, 'clipper.menu.clipImage'), contexts: ['image'] },
    { id: MENU.link, title: t(locale, 'clipper.menu.clipLink'), contexts: ['link'] },
  ]);
}

async function deliver(capture: Capture): Promise<void> {
  await parkCapture(capture);
  await notifyPanels({ type: 'capture/ready' });
}

/** Builds the capture for one menu click; exported for tests. */
export async function captureForMenu(
  info: MenuClick,
  tab: TabRef | undefined,
  deps: CaptureDeps,
): Promise<Capture | null> {
  if (info.menuItemId === MENU.selection)
    return captureSelection(tab, info.selectionText ?? '', deps);
  const kind =
    info.menuItemId === MENU.image ? 'image' : info.menuItemId === MENU.link ? 'link' : null;
  const url = kind === 'image' ? info.srcUrl : info.linkUrl;
  if (!kind || !url) return null;
  const words =
    tab?.id !== undefined ? await referenceWords(tab.id, kind, url).catch(() => '') : '';
  return captureReference(tab, kind, url, words, deps);
}

export function listenForGestures(deps: CaptureDeps): void {
  onMenuClick((info, tab) => {
    void openPanel(tab);
    void captureForMenu(info, tab, deps).then((capture) =>
      capture ? deliver(capture) : undefined,
    );
  });
  onCommand((command, tab) => {
    if (command === COPIED_COMMAND) {
      void openPanel(tab);
      // The worker cannot read the clipboard; the panel can, once it is open.
      void wantClipboard().then(() => notifyPanels({ type: 'capture/clipboard' }));
    }
    if (command !== CLIP_COMMAND) return;
    void openPanel(tab);
    void captureSelection(tab, '', deps).then(deliver);
  });
}
