/**
 * Stable key-result identity in Sheets: each key-result row of the plan tab carries developer
 * metadata holding its id. The metadata moves with the row when rows are inserted or moved, and
 * survives rewording, so evidence and check-ins stay linked. Adding metadata never changes a value.
 */
import type { Plan } from '../shared/plan-schema';

export const KEY_RESULT_METADATA = 'throughline.keyResultId';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** 0-based row → id, from the row metadata of the plan tab. */
export function readKeyResultIds(sheet: Sheet): Record<number, string> {
  const ids: Record<number, string> = {};
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(KEY_RESULT_METADATA).find()) {
    const row = metadata.getLocation().getRow();
    if (row) ids[row.getRow() - 1] = metadata.getValue() ?? '';
  }
  return ids;
}

/** Tags key-result rows that have no id yet with the id the plan gave them. Returns how many were tagged. */
export function tagKeyResultRows(sheet: Sheet, plan: Plan, known: Record<number, string>): number {
  let tagged = 0;
  for (const kr of plan.objectives.flatMap((o) => o.keyResults)) {
    if (known[kr.row] !== undefined) continue;
    sheet.getRange(`${kr.row + 1}:${kr.row + 1}`).addDeveloperMetadata(KEY_RESULT_METADATA, kr.id);
    tagged++;
  }
  return tagged;
}
