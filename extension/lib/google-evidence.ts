/**
 * The Evidence tab as the Sheets path sees it: which clip ids it already holds (its header row and
 * its id column, read fresh before every append), and clips turned into rows under the tab's own
 * headers. Rows go in as RAW values, so they carry the text exactly as typed (no inert marker).
 */
import { columnLetter, type CellValue } from '../../shared/cells';
import { arrangeEvidenceRows, evidenceColumnPlaces } from '../../shared/evidence-columns';
import { evidenceHeaders, evidenceRow } from '../../shared/evidence-row';
import { fromInertText } from '../../shared/inert-text';
import type { Locale } from '../../shared/messages';
import type { EvidenceItem } from '../../shared/protocol';
import { quoteSheet, type SheetsClient, type SheetsResult } from './google-sheets';

export interface EvidenceTabState {
  ids: Set<string>;
  /** Where each Evidence column goes in this tab (null: the standard order). */
  places: number[] | null;
  /** The tab has no header row yet: the first append writes it. */
  headerless: boolean;
}

const idsOf = (rows: CellValue[][]) =>
  new Set(rows.map((row) => fromInertText(String(row[0] ?? '').trim())).filter(Boolean));

export async function readEvidenceTab(
  client: SheetsClient,
  spreadsheetId: string,
  tab: string,
): Promise<SheetsResult<EvidenceTabState>> {
  const q = quoteSheet(tab);
  const first = await client.batchGet(spreadsheetId, [`${q}!1:1`, `${q}!A2:A`]);
  if (!first.ok) return first;
  const header = first.value[0][0] ?? [];
  const places = evidenceColumnPlaces(header);
  const idColumn = places?.[0] ?? 0;
  if (idColumn === 0)
    return {
      ok: true,
      value: { ids: idsOf(first.value[1]), places, headerless: header.length === 0 },
    };
  const letter = columnLetter(idColumn);
  const column = await client.batchGet(spreadsheetId, [`${q}!${letter}2:${letter}`]);
  if (!column.ok) return column;
  return { ok: true, value: { ids: idsOf(column.value[0]), places, headerless: false } };
}

/** Rows for the Evidence tab, as typed, in the tab's column order (with the headers if it has none). */
export function evidenceSheetRows(
  items: { item: EvidenceItem; keyResultTitle: string }[],
  context: { coach: string; receivedAt: string; locale: Locale; tab: EvidenceTabState },
): string[][] {
  const rows = items.map(({ item, keyResultTitle }) =>
    evidenceRow(item, keyResultTitle, context.coach, context.receivedAt).map((cell) =>
      fromInertText(String(cell ?? '')),
    ),
  );
  const arranged = arrangeEvidenceRows(rows, context.tab.places).map((row) =>
    row.map((cell) => (cell === null ? '' : String(cell))),
  );
  return context.tab.headerless ? [evidenceHeaders(context.locale), ...arranged] : arranged;
}
