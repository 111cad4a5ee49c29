/**
 * Turns a coach's gesture (context menu, shortcut, panel button) into a Capture with its clip id,
 * and parks it for the panel. The id is made here, at capture, and never changes afterwards.
 */
import { captureSchema, pageSelectionSchema, type Capture, type PageSelection } from '../messages';
import type { TabRef } from '../browser-api';
import { storedItem } from '../lib/stored-item';
import { googleDocId, googleSlidesId } from '../../shared/anchor/passage-link';
import { locatePassage, locateQuote } from '../../shared/anchor/locate-passage';
import { placeOfUrl } from '../../shared/anchor/passage-place';
import { squashSpaces } from '../../shared/anchor/text-quote';
import type { DocParagraph } from '../../shared/passage-search';

/** Google Docs and Slides draw their text: the panel offers copy-and-clip and "find a passage" there. */
const drawnDocument = (url: string) => googleDocId(url) !== null || googleSlidesId(url) !== null;

/** A capture waiting for the panel to open; read once. */
const pendingCapture = storedItem<Capture>('pendingCapture');

/** A document's paragraphs read another way than the page (Docs/Slides API, a PDF's pages), and which way. */
export interface DocumentText {
  paragraphs: DocParagraph[];
  from: NonNullable<Capture['textFrom']>;
}

export interface CaptureDeps {
  newId(): string;
  now(): Date;
  /** Runs the selection reader in the tab; resolves to whatever the page returned (untrusted). */
  readTab(tabId: number): Promise<unknown>;
  /** The document's paragraphs when the page had no selection (lib/document-text.ts); absent in tests of pages. */
  documentText?(url: string, page: PageSelection | null): Promise<DocumentText | null>;
}

/** What the page gave, with the paragraphs of its document and where they came from. */
export type ReadPage = PageSelection & { textFrom?: DocumentText['from'] };

/** A capture with its id, time and page but no passage yet. */
export function emptyCapture(tab: TabRef | undefined, deps: CaptureDeps): Capture {
  const url = tab?.url ?? '';
  return {
    id: deps.newId(),
    capturedAt: deps.now().toISOString(),
    quote: '',
    sourceTitle: tab?.title ?? '',
    sourceUrl: url,
    heading: '',
    method: 'typed',
    reference: null,
    paragraphs: [],
    onGoogleDocs: drawnDocument(url),
    anchor: null,
    place: '',
  };
}

/**
 * Text Docs drew on its annotated canvas, placed in the document's paragraphs by its anchor (the
 * lines drawn around it): its heading and place, and an anchor in the whole document's terms.
 */
function placedOnCanvas(capture: Capture): Capture {
  if (capture.method !== 'docs-canvas' || !capture.anchor) return capture;
  const found = locateQuote(capture.paragraphs, capture.anchor);
  if (!found) return capture;
  const { heading, place } = capture.paragraphs[found.index];
  return { ...capture, heading: capture.heading || heading, place, anchor: found.anchor };
}

/** Merges what the page reader saw with the browser's own selection text (context menu). */
export function captureFromPage(
  base: Capture,
  page: ReadPage | null,
  menuSelection: string,
): Capture {
  return placedOnCanvas(readCapture(base, page, menuSelection));
}

function readCapture(base: Capture, page: ReadPage | null, menuSelection: string): Capture {
  const text = page?.text || menuSelection.trim();
  const method = page?.method === 'docs-canvas' ? 'docs-canvas' : text ? 'selection' : 'typed';
  return {
    ...base,
    quote: text,
    heading: page?.heading ?? '',
    sourceTitle: page?.title || base.sourceTitle,
    sourceUrl: page?.url || base.sourceUrl,
    method,
    paragraphs: page?.paragraphs ?? [],
    ...(page?.textFrom && page.paragraphs.length > 0 ? { textFrom: page.textFrom } : {}),
    onGoogleDocs: drawnDocument(page?.url || base.sourceUrl),
    // The browser's own selection text (the page unreadable) still finds itself as a text fragment.
    anchor: page?.text ? page.anchor : text ? { exact: text, prefix: '', suffix: '' } : null,
  };
}

const sameWords = (a: string, b: string) =>
  squashSpaces(a).trim().toLowerCase() === squashSpaces(b).trim().toLowerCase();

/**
 * What the coach copied, with the page it came from: the page's own anchor when the copy is still
 * the selection there; in a Doc, deck or PDF, its place in the document's paragraphs (heading,
 * slide or page, and anchor; a sentence found twice is taken where the coach was looking, the
 * slide in the address); otherwise the copied words alone (a text fragment finds them on the page).
 */
export function captureFromClipboard(
  base: Capture,
  page: ReadPage | null,
  copied: string,
): Capture {
  const text = copied.replace(/\r\n?/g, '\n').trim();
  const read = captureFromPage(base, page, '');
  const clip = { ...read, quote: text, method: 'clipboard' as const, heading: '', anchor: null };
  if (page?.text && sameWords(page.text, text))
    return { ...clip, heading: page.heading, anchor: page.anchor };
  const onScreen = placeOfUrl(read.sourceUrl);
  const found = locatePassage(read.paragraphs, text, onScreen);
  if (found) {
    const { heading, place } = read.paragraphs[found.index];
    return { ...clip, heading, place: place || onScreen, anchor: found.anchor };
  }
  const anchor = text ? { exact: text, prefix: '', suffix: '' } : null;
  return { ...clip, place: onScreen, anchor };
}

/** A page the reader could not read (a PDF in Chrome's viewer may refuse scripts). */
const emptyPage: PageSelection = {
  text: '',
  heading: '',
  title: '',
  url: '',
  method: 'none',
  paragraphs: [],
  anchor: null,
};

/**
 * What the reader returned from the tab (null when the page could not be read: no access, a
 * chrome:// page), with its document's paragraphs read through Google or from the PDF when
 * nothing was selected there.
 */
export async function readTabSelection(
  tab: TabRef | undefined,
  deps: CaptureDeps,
): Promise<ReadPage | null> {
  if (tab?.id === undefined) return null;
  const raw = await deps.readTab(tab.id).catch(() => null);
  const parsed = pageSelectionSchema.safeParse(raw);
  const page = parsed.success ? parsed.data : null;
  // A selection read on the page needs no more, except text off Docs' canvas (to place it).
  if ((page?.text && page.method !== 'docs-canvas') || !deps.documentText) return page;
  const url = page?.url || tab.url || '';
  const text = await deps.documentText(url, page).catch(() => null);
  if (!text) return page;
  const base = page ?? { ...emptyPage, title: tab.title ?? '', url };
  return { ...base, paragraphs: text.paragraphs, textFrom: text.from };
}

/** What the coach copied, placed in the active tab's page or document where it can be. */
export async function captureClipboard(
  tab: TabRef | undefined,
  copied: string,
  deps: CaptureDeps,
): Promise<Capture> {
  return captureFromClipboard(emptyCapture(tab, deps), await readTabSelection(tab, deps), copied);
}

/** Captures the selection in `tab`; an unreadable page still yields a capture to type or paste into. */
export async function captureSelection(
  tab: TabRef | undefined,
  menuSelection: string,
  deps: CaptureDeps,
): Promise<Capture> {
  return captureFromPage(emptyCapture(tab, deps), await readTabSelection(tab, deps), menuSelection);
}

/** A right-clicked image or link, kept as a reference: its URL, its words, and the page it was on. */
export function captureReference(
  tab: TabRef | undefined,
  kind: 'image' | 'link',
  url: string,
  words: string,
  deps: CaptureDeps,
): Capture {
  const base = emptyCapture(tab, deps);
  return {
    ...base,
    method: 'reference',
    reference: { kind, url: url.slice(0, 2048), text: words.slice(0, 2000) },
    quote: words.slice(0, 2000),
  };
}

export async function parkCapture(capture: Capture): Promise<void> {
  await pendingCapture.setValue(capture);
}

/** The shortcut asked for the clipboard before the panel could read it. */
const clipboardWanted = storedItem<boolean>('clipboardWanted');

/** The "clip what I copied" shortcut was pressed: the panel (which may still be opening) reads the clipboard. */
export async function wantClipboard(): Promise<void> {
  await clipboardWanted.setValue(true);
}

/** True once after the shortcut asked for the clipboard. */
export async function takeClipboardWish(): Promise<boolean> {
  const wanted = (await clipboardWanted.getValue()) === true;
  if (wanted) await clipboardWanted.removeValue();
  return wanted;
}

/** Hands the parked capture to the panel once. */
export async function takeCapture(): Promise<Capture | null> {
  const parsed = captureSchema.safeParse(await pendingCapture.getValue());
  await pendingCapture.removeValue();
  return parsed.success ? parsed.data : null;
}
