/**
 * Where a passage sits in a document that a text fragment cannot open: a Google Doc's heading, a
 * Slides deck's slide, a PDF's page. A place is written as the URL fragment that opens it —
 * `heading=h.…` (Docs), `slide=id.…` (Slides), `page=N` (Chrome's and Firefox's PDF viewers) —
 * so one string travels from the reader to the link, and nothing else can slip into a link.
 */

/** The three kinds of place, each the fragment key its viewer understands. */
export type PlaceKind = 'heading' | 'slide' | 'page';

const PLACE = /^(heading=h\.[A-Za-z0-9_-]{1,98}|slide=id\.[A-Za-z0-9_-]{1,98}|page=[1-9]\d{0,5})$/;

/** True for a place this module made (or one read back from a link): safe to put in a URL. */
export function isPlace(place: string): boolean {
  return PLACE.test(place);
}

/** The kind of a place, or null for '' and anything else. */
export function placeKind(place: string): PlaceKind | null {
  return isPlace(place) ? (place.slice(0, place.indexOf('=')) as PlaceKind) : null;
}

/** The place of a Docs heading from its id (`h.k8x2`, as the export and the Docs API give it); '' when unusable. */
export function headingPlace(headingId: string): string {
  const place = `heading=${headingId}`;
  return isPlace(place) ? place : '';
}

/** The place of a slide from its object id (`p`, `g2a1_0_5`: the Slides API's), as Slides' own URLs write it. */
export function slidePlace(objectId: string): string {
  const place = `slide=id.${objectId}`;
  return isPlace(place) ? place : '';
}

/** The place of a PDF page, counted from 1. */
export function pagePlace(page: number): string {
  const place = `page=${page}`;
  return Number.isInteger(page) && isPlace(place) ? place : '';
}

/** The page number of a `page=N` place, or 0. */
export function pageNumber(place: string): number {
  return placeKind(place) === 'page' ? Number(place.slice(5)) : 0;
}

/**
 * The place a URL's fragment names: the slide on screen in a Slides tab (Slides keeps
 * `#slide=id.…` in the address as the coach moves), a `#page=N` a PDF was opened at, a Docs
 * heading link. '' when the fragment names none.
 */
export function placeOfUrl(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return '';
  for (const part of url.slice(hash + 1).split('&')) if (isPlace(part)) return part;
  return '';
}
