/**
 * A coordinator may reorder the Evidence tab's columns or add their own; new clips must still land
 * under the right headers. Rows built in EVIDENCE_TAB order are rearranged to the tab's header row
 * (English or French); columns the tab lacks go after its last column so nothing is dropped.
 */
import type { CellValue } from './cells';
import { EVIDENCE_TAB } from './owned-tabs';

const normalize = (value: CellValue | undefined) =>
  typeof value === 'string' ? value.trim().toLowerCase() : '';

/** Target column of each EVIDENCE_TAB column for this header row; null when it is already the standard order. */
export function evidenceColumnPlaces(headers: CellValue[]): number[] | null {
  const positions = headers.map(normalize);
  let next = positions.length;
  const places = EVIDENCE_TAB.columns.map((column) => {
    const found = positions.findIndex(
      (h) =>
        h !== '' && (h === column.header.en.toLowerCase() || h === column.header.fr.toLowerCase()),
    );
    return found >= 0 ? found : next++;
  });
  const standard = places.every((place, i) => place === i);
  return standard || places.every((place) => place >= positions.length) ? null : places;
}

/** The rows rearranged to `places` (from evidenceColumnPlaces); unchanged when places is null. */
export function arrangeEvidenceRows(rows: CellValue[][], places: number[] | null): CellValue[][] {
  if (!places) return rows;
  const width = Math.max(...places) + 1;
  return rows.map((row) => {
    const out: CellValue[] = Array.from({ length: width }, () => null);
    row.forEach((value, i) => (out[places[i]] = value));
    return out;
  });
}
