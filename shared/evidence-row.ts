/**
 * Turns one validated clip into a row of the Evidence tab, in EVIDENCE_TAB column order, with every
 * untrusted text made inert so no clip can ever become a formula in the coordinator's sheet.
 */
import type { CellValue } from './cells';
import { inertText } from './inert-text';
import { EVIDENCE_TAB } from './owned-tabs';
import { samePassageSource } from './anchor/passage-link';
import type { EvidenceItem } from './protocol';

/** The Evidence tab's headers in the workbook's language, for hosts creating the tab. */
export function evidenceHeaders(locale: 'en' | 'fr'): string[] {
  return EVIDENCE_TAB.columns.map((column) => column.header[locale]);
}

/** One Evidence row; keyResultTitle is the wording when the clip arrived, coach comes from the pairing. */
export function evidenceRow(
  item: EvidenceItem,
  keyResultTitle: string,
  coach: string,
  receivedAt: string,
): CellValue[] {
  const cells: Record<string, string> = {
    id: item.id,
    capturedAt: item.capturedAt,
    keyResultId: item.keyResultId,
    keyResult: keyResultTitle,
    school: item.school,
    practice: item.practice,
    type: item.type,
    stage: item.stage ?? '',
    quote: quoteOf(item),
    note: noteOf(item),
    sourceTitle: item.sourceTitle,
    sourceUrl: passageUrl(item),
    heading: item.heading,
    coach,
    receivedAt,
  };
  return EVIDENCE_TAB.columns.map((column) => inertText(cells[column.key] ?? ''));
}

/** A reference clip (an image or link) has no selected passage: its words stand in for the quote. */
function quoteOf(item: EvidenceItem): string {
  if (item.quote !== '' || !item.reference) return item.quote;
  return item.reference.text !== '' ? item.reference.text : item.reference.url;
}

/** The reference's own URL is kept beside the coach's note, so the image or link can be found again. */
function noteOf(item: EvidenceItem): string {
  if (!item.reference) return item.note;
  const where = `${item.reference.kind}: ${item.reference.url}`;
  return item.note === '' ? where : `${item.note}\n${where}`;
}

/**
 * The Source URL cell holds the way back to the passage when the clip brought one for the same
 * page (text fragment, Docs heading); otherwise the page's URL as the coach clipped it.
 */
function passageUrl(item: EvidenceItem): string {
  return samePassageSource(item.link, item.sourceUrl) ? item.link : item.sourceUrl;
}
