/**
 * A document's paragraphs read another way than its page, for "find a passage" and for placing a
 * copied passage: a Google Doc or deck through the Docs/Slides API when the coach signed in with
 * Google (headings with ids, slide ids; the read scope is asked for then, not at sign-in), its
 * export otherwise, when the coach declines that scope, or when Google refuses (403/404: the panel
 * says so); a PDF from its own file, one paragraph a line, each with its page.
 */
import { googleDocId, googleSlidesId } from '../../shared/anchor/passage-link';
import { pagePlace } from '../../shared/anchor/passage-place';
import { docParagraph, type DocParagraph } from '../../shared/passage-search';
import { pdfPageLines, type Inflate } from '../../shared/pdf-text';
import type { DocumentText } from '../background/capture';
import type { PageSelection } from '../messages';
import type { GoogleEndpoints } from './google-config';
import { googleParagraphs } from './google-docs';
import type { SheetsClient } from './google-sheets';

export interface DocumentTextDeps {
  /** True when the coach is connected with Google (so a token may be asked for silently). */
  signedIn(): Promise<boolean>;
  client: Pick<SheetsClient, 'getJson'>;
  endpoints: Pick<GoogleEndpoints, 'docs' | 'slides'>;
  /** The file at a URL, or null (no access, too large, not reachable). */
  fetchBytes(url: string): Promise<Uint8Array | null>;
  inflate: Inflate;
}

/** A PDF open in the browser's viewer: a .pdf address, or a page the reader found empty and untitled. */
function looksLikePdf(url: string, page: PageSelection | null): boolean {
  if (!/^https?:/i.test(url)) return false;
  return /\.pdf([?#]|$)/i.test(url) || (page !== null && !page.title && !page.text);
}

/** A PDF's lines as paragraphs, each at its page. */
function paragraphsFromPdfPages(pages: string[][]): DocParagraph[] {
  return pages.flatMap((lines, i) => lines.map((text) => docParagraph(text, '', pagePlace(i + 1))));
}

async function googleText(url: string, page: PageSelection | null, deps: DocumentTextDeps) {
  const exported = page?.paragraphs ?? [];
  const fromExport = (from: DocumentText['from']): DocumentText | null =>
    exported.length > 0 ? { paragraphs: exported, from } : null;
  if (!(await deps.signedIn())) return fromExport('export');
  // Only a coach's gesture reads a document, so Google may ask for its read scope (once).
  const read = await googleParagraphs(deps.client, deps.endpoints, url, true);
  if (read.ok && read.value.length > 0) return { paragraphs: read.value, from: 'google' as const };
  // A declined or missing read scope is no sharing problem: the export, said plainly.
  const refused =
    !read.ok &&
    !read.problem.insufficientScope &&
    (read.problem.code === 'no-access' || read.problem.code === 'sheet-gone');
  return fromExport(refused ? 'google-refused' : 'export');
}

/** The paragraphs of the document at `url` (see the file comment), or null when there is nothing better than the page. */
export async function readDocumentText(
  url: string,
  page: PageSelection | null,
  deps: DocumentTextDeps,
): Promise<DocumentText | null> {
  if (googleDocId(url) || googleSlidesId(url)) return googleText(url, page, deps);
  if (!looksLikePdf(url, page)) return null;
  const bytes = await deps.fetchBytes(url);
  if (!bytes) return null;
  const paragraphs = paragraphsFromPdfPages(await pdfPageLines(bytes, deps.inflate));
  return paragraphs.length > 0 ? { paragraphs, from: 'pdf' } : null;
}

/** Largest PDF read (a scanned 200-page file is no use to search anyway). */
const MAX_PDF_BYTES = 30 * 1024 * 1024;

/** The file at `url` with the browser's fetch, or null. */
export async function fetchFileBytes(url: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    const type = response.headers.get('content-type') ?? '';
    const size = Number(response.headers.get('content-length') ?? 0);
    // An untitled page that is not a PDF after all, or a file too large, is not downloaded.
    if (!response.ok || !/pdf|octet-stream/i.test(type) || size > MAX_PDF_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return null;
    }
    const buffer = await response.arrayBuffer();
    return buffer.byteLength <= MAX_PDF_BYTES ? new Uint8Array(buffer) : null;
  } catch {
    return null;
  }
}

/** Inflates a FlateDecode stream with the browser's DecompressionStream (zlib format). */
export async function inflateStream(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
