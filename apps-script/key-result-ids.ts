/**
 * Stable key-result identity in Sheets: each key-result row of the plan tab carries developer
 * metadata holding its id. The metadata moves with the row when rows are inserted or moved, and
 * survives rewording, so evidence and check-ins stay linked. Adding metadata never changes a value.
 */
import type { Plan } from '../shared/plan-schema';

export const KEY_RESULT_METADATA = 'throughline.keyResultId';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RowIds {
  /** 0-based row → id, as the plan reader takes them. */
  ids: Record<number, string>;
  metadata: Map<number, GoogleAppsScript.Spreadsheet.DeveloperMetadata>;
}

/** The ids held by the row metadata of the plan tab: one finder call, then one location per key result. */
export function readKeyResultIds(sheet: Sheet): RowIds {
  const found: RowIds = { ids: {}, metadata: new Map() };
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(KEY_RESULT_METADATA).find()) {
    const location = metadata.getLocation().getRow();
    if (!location) continue;
    const row = location.getRow() - 1;
    found.ids[row] = metadata.getValue() ?? '';
    found.metadata.set(row, metadata);
  }
  return found;
}

/**
 * Makes every key-result row carry the id the plan gave it: new rows get metadata, rows whose
 * metadata names another key result (a sort the metadata did not follow) are corrected.
 * Returns how many rows were written.
 */
export function tagKeyResultRows(sheet: Sheet, plan: Plan, known: RowIds): number {
  let written = 0;
  for (const kr of plan.objectives.flatMap((o) => o.keyResults)) {
    const metadata = known.metadata.get(kr.row);
    if (metadata && known.ids[kr.row] === kr.id) continue;
    if (metadata) metadata.setValue(kr.id);
    else sheet.getRange(`${kr.row + 1}:${kr.row + 1}`).addDeveloperMetadata(KEY_RESULT_METADATA, kr.id);
    written++;
  }
  return written;
}
