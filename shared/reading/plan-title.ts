/**
 * The plan's title and vision line, read from the rows above the header
 * ("Riverside DSB – Math Improvement Plan 2025-26", "Vision: Every student reasons mathematically").
 */
import type { SheetTable } from '../cells';
import { cellText } from './cell-text';
import { normalizeWords } from './normalize-text';

/**
 * A line saying when the sheet was last touched ("Updated 2025-11-01", "Mis à jour le 3 nov.",
 * "Last revised: Nov 1", a date alone) describes the sheet, not the plan: it is never the title.
 */
function isDateStamp(text: string): boolean {
  const words = normalizeWords(text);
  if (
    /^(last )?(updated|revised|modified|edited)\b|^as of\b|^(mis|mise|mises) a jour\b|^(derniere )?(mise a jour|modification|revision)\b|^en date du\b|^revise\b|^version\b/.test(
      words,
    )
  )
    return true;
  return /^[\d\s/.\-:]+$/.test(text.trim());
}

/** First text above the header is the title (not a date stamp); a line starting "Vision" (or "Notre vision") is the vision. */
export function readTitleAndVision(
  table: SheetTable,
  headerRow: number,
): { title: string | null; vision: string | null } {
  let title: string | null = null;
  let vision: string | null = null;
  for (let row = 0; row < headerRow; row++) {
    const text = (table.values[row] ?? [])
      .map((value) => cellText(value))
      .find((value) => value !== '');
    if (!text) continue;
    if (/^(vision|notre vision|our vision)\b/.test(normalizeWords(text))) {
      vision ??= text.replace(/^[^:–—-]*vision\s*[:–—-]\s*/i, '').trim() || text;
    } else if (!isDateStamp(text)) {
      title ??= text;
    }
  }
  return { title, vision };
}
