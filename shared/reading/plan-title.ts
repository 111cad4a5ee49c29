/**
 * The plan's title and vision line, read from the rows above the header
 * ("Riverside DSB – Math Improvement Plan 2025-26", "Vision: Every student reasons mathematically").
 */
import type { SheetTable } from '../cells';
import { cellText } from './cell-text';
import { normalizeWords } from './normalize-text';

/** First text above the header is the title; a line starting "Vision" (or "Notre vision") is the vision. */
export function readTitleAndVision(table: SheetTable, headerRow: number): { title: string | null; vision: string | null } {
  let title: string | null = null;
  let vision: string | null = null;
  for (let row = 0; row < headerRow; row++) {
    const text = (table.values[row] ?? []).map((value) => cellText(value)).find((value) => value !== '');
    if (!text) continue;
    if (/^(vision|notre vision|our vision)\b/.test(normalizeWords(text))) {
      vision ??= text.replace(/^[^:–—-]*vision\s*[:–—-]\s*/i, '').trim() || text;
    } else {
      title ??= text;
    }
  }
  return { title, vision };
}
