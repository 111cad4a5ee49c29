/**
 * The clip ids already in the Evidence tab, read straight from its "Clip ID" column (en or fr
 * header) so deduplication never depends on a row being otherwise readable. Earlier versions stored
 * an id starting with "-" behind the formula guard's apostrophe; such ids are read without it.
 */
import type { SheetTable } from '../../shared/cells';
import { fromInertText } from '../../shared/inert-text';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';

const ID_HEADERS = new Set(
  Object.values(EVIDENCE_TAB.columns[0].header).map((h) => h.toLowerCase()),
);

/** Ids in the table's Clip ID column; the whole first column when no header is found. */
export function evidenceIdsIn(table: SheetTable | null): Set<string> {
  const ids = new Set<string>();
  eachClipId(table, (id) => ids.add(id));
  return ids;
}

/** The 0-based rows holding these clip ids, top to bottom. */
export function evidenceRowsOf(table: SheetTable | null, wanted: ReadonlySet<string>): number[] {
  const rows: number[] = [];
  eachClipId(table, (id, row) => wanted.has(id) && rows.push(row));
  return rows;
}

function eachClipId(table: SheetTable | null, visit: (id: string, row: number) => unknown): void {
  if (!table) return;
  const headerRow = table.values.findIndex((row) =>
    row.some((v) => typeof v === 'string' && ID_HEADERS.has(v.trim().toLowerCase())),
  );
  const col =
    headerRow < 0
      ? 0
      : table.values[headerRow].findIndex(
          (v) => typeof v === 'string' && ID_HEADERS.has(v.trim().toLowerCase()),
        );
  for (let r = headerRow + 1; r < table.values.length; r++) {
    const value = table.values[r]?.[col];
    if (value !== null && value !== undefined && String(value).trim() !== '')
      visit(fromInertText(String(value).trim()), r);
  }
}
