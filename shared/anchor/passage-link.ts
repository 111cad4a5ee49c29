/**
 * The link stored with a clip: where a reader of the Dashboard or Summary lands when they click a
 * quote. A web page opens at the passage (text fragment); a Google Doc at the passage's heading, a
 * Slides deck at its slide, a PDF at its page, when the clipper knows that place
 * (shared/anchor/passage-place.ts); otherwise the file itself.
 */
import { isPlace, placeKind, placeOfUrl } from './passage-place';
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

/** Which Google Doc or deck a URL shows (`document:ID`, `presentation:ID`), whatever its view; null elsewhere. */
function googleFileKey(url: string): string | null {
  const docId = googleDocId(url);
  if (docId) return `document:${docId}`;
  const slidesId = googleSlidesId(url);
  return slidesId ? `presentation:${slidesId}` : null;
}

/** The page a URL shows, without its #fragment. */
const pageOf = (url: string) => url.split('#')[0];

/** `url` opened at `place` (any fragment it had replaced). */
const atPlace = (url: string, place: string) => `${pageOf(url)}${place ? `#${place}` : ''}`;

/**
 * The way back to the passage for a clip from `sourceUrl`; the source URL itself when nothing
 * better exists. `place` is where the passage sits (a heading, slide or page), or ''.
 */
export function passageLink(sourceUrl: string, anchor: TextQuoteAnchor | null, place = ''): string {
  if (!isWebLink(sourceUrl)) return '';
  // A Doc opens at the passage's heading, a deck at its slide, a PDF at its page; else at its start.
  const opensAt = googleDocId(sourceUrl) ? 'heading' : googleSlidesId(sourceUrl) ? 'slide' : 'page';
  const at = placeKind(place) === opensAt ? place : '';
  if (at || opensAt !== 'page') return atPlace(sourceUrl, at);
  if (!anchor?.exact.trim() || drawnNotText(sourceUrl)) return sourceUrl;
  const link = textFragmentUrl(sourceUrl, anchor);
  return link.length <= MAX_LINK_LENGTH ? link : sourceUrl;
}

/**
 * True when `link` is a web link to the same page (or Google Doc) as `sourceUrl`: a clip's link
 * may lead to its passage, never somewhere else.
 */
export function samePassageSource(link: string, sourceUrl: string): boolean {
  if (!isWebLink(link) || !isWebLink(sourceUrl)) return false;
  const file = googleFileKey(sourceUrl);
  return file !== null ? googleFileKey(link) === file : pageOf(link) === pageOf(sourceUrl);
}

/** The place a passage link leads to ('' for a text-fragment link or none), to keep it when a clip is edited. */
export function linkedPlace(link: string): string {
  return isPlace(link.slice(link.indexOf('#') + 1)) ? placeOfUrl(link) : '';
}
