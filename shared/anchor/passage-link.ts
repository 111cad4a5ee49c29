/**
 * The link stored with a clip: where a reader of the Dashboard or Summary lands when they click a
 * quote. A web page opens at the passage (text fragment); a Google Doc at the passage's heading
 * when its export named one; Slides, Drive files and PDFs at the file itself.
 */
import { textFragmentUrl } from './text-fragment';
import type { TextQuoteAnchor } from './text-quote';

/** Longest link kept (the protocol's source URL limit). */
export const MAX_LINK_LENGTH = 4096;

/** Google Docs document id from its URL, or null elsewhere. */
export function googleDocId(url: string): string | null {
  return (
    /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ??
    null
  );
}

/** Google Slides presentation id from its URL, or null elsewhere. */
export function googleSlidesId(url: string): string | null {
  return (
    /^https:\/\/docs\.google\.com\/presentation\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ??
    null
  );
}

/** True for an http(s) address with no spaces or control characters: the only links we ever make clickable. */
export function isWebLink(url: string): boolean {
  return url.length <= MAX_LINK_LENGTH && /^https?:\/\/[^\s\p{Cc}]+$/iu.test(url);
}

/** Pages drawn on a canvas or in a viewer, where a text fragment cannot find the words. */
function drawnNotText(url: string): boolean {
  return /^https:\/\/(docs|drive)\.google\.com\//.test(url) || /\.pdf([?#]|$)/i.test(url);
}

/** The way back to the passage for a clip from `sourceUrl`; the source URL itself when nothing better exists. */
export function passageLink(
  sourceUrl: string,
  anchor: TextQuoteAnchor | null,
  headingId = '',
): string {
  if (!isWebLink(sourceUrl)) return '';
  const docId = googleDocId(sourceUrl);
  if (docId && /^[A-Za-z0-9._-]{1,100}$/.test(headingId))
    return `https://docs.google.com/document/d/${docId}/edit#heading=${headingId}`;
  if (!anchor?.exact.trim() || drawnNotText(sourceUrl)) return sourceUrl;
  const link = textFragmentUrl(sourceUrl, anchor);
  return link.length <= MAX_LINK_LENGTH ? link : sourceUrl;
}

/** The page a URL shows, without its #fragment. */
const pageOf = (url: string) => url.split('#')[0];

/**
 * True when `link` is a web link to the same page (or Google Doc) as `sourceUrl`: a clip's link
 * may lead to its passage, never somewhere else.
 */
export function samePassageSource(link: string, sourceUrl: string): boolean {
  if (!isWebLink(link) || !isWebLink(sourceUrl)) return false;
  const doc = googleDocId(sourceUrl);
  return doc !== null ? googleDocId(link) === doc : pageOf(link) === pageOf(sourceUrl);
}

/** The Docs heading id a passage link leads to ('' for any other link), to keep it when a clip is edited. */
export function linkedHeadingId(link: string): string {
  return googleDocId(link) ? (/#heading=([A-Za-z0-9._-]{1,100})$/.exec(link)?.[1] ?? '') : '';
}
