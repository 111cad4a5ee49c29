/**
 * Stable key-result identity in Sheets, read and written in no spreadsheet call: the ids the add-on
 * gave, with each key result's objective, wording and row at the last read, are kept in one document
 * setting. At each read they are matched back to the rows by wording (rows inserted or sorted), then
 * by similar wording (a key result reworded), see shared/key-result-reconcile.ts. The coordinator's
 * plan tab carries nothing of ours. Spreadsheets set up before kept an id in developer metadata on
 * each key-result row: that is read once, the first time, and then the setting takes over.
 */
import type { PlanMap as ColumnMapping } from '../shared/read-plan';
import type { Plan } from '../shared/plan-schema';
import { readPlanFromWorkbook } from '../shared/plan-snapshot';
import {
  knownKeyResults,
  reconcileKeyResultIds,
  type KnownKeyResult,
} from '../shared/key-result-reconcile';
import type { HostContext } from './host-context';
import { readLargeSetting, storeLargeSetting } from './stored-setting';

/** The row developer metadata of spreadsheets set up before the identity map. */
export const KEY_RESULT_METADATA = 'throughline.keyResultId';
const IDENTITY_SETTING = 'keyResults';
/** Wording kept per key result: enough to match a reword, small enough for 40 of them in one property. */
const KEPT = 100;

interface StoredIdentity {
  v: 1;
  objectives: string[];
  keyResults: [string, number, string, number][];
}

function loadKnown(ctx: HostContext): KnownKeyResult[] | null {
  const raw = readLargeSetting(ctx.port, IDENTITY_SETTING);
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as StoredIdentity;
    if (stored.v !== 1) return null;
    return stored.keyResults.map(([id, objective, title, row]) => ({
      id,
      objective: stored.objectives[objective] ?? '',
      title,
      row,
    }));
  } catch {
    return null;
  }
}

/** Ids as the developer metadata of the plan rows held them (the identity before the map). */
function legacyRowIds(ctx: HostContext, mapping: ColumnMapping): Record<number, string> {
  const sheet = ctx.spreadsheet.getSheetByName(mapping.sheet);
  const ids: Record<number, string> = {};
  if (!sheet) return ids;
  for (const metadata of sheet
    .createDeveloperMetadataFinder()
    .withKey(KEY_RESULT_METADATA)
    .find()) {
    const location = metadata.getLocation().getRow();
    if (location) ids[location.getRow() - 1] = metadata.getValue() ?? '';
  }
  return ids;
}

const kept = (text: string) => text.slice(0, KEPT);

/** Row → id for the plan as it is now (the plan tab is read once and cached by the port). */
export function stableKeyResultIds(
  ctx: HostContext,
  mapping: ColumnMapping | undefined,
): Record<number, string> {
  if (!mapping) return {};
  const known = loadKnown(ctx);
  if (!known) return legacyRowIds(ctx, mapping);
  const reading = readPlanFromWorkbook(ctx.port, { mapping });
  if (!reading.ok) return {};
  const current = knownKeyResults(reading.plan).map((kr) => ({
    row: kr.row,
    objective: kept(kr.objective),
    title: kept(kr.title),
  }));
  return reconcileKeyResultIds(current, known);
}

/** Remembers the plan's key results and their ids for the next read (one property write when changed). */
export function rememberKeyResults(ctx: HostContext, plan: Plan): void {
  const objectives = plan.objectives.map((o) => kept(o.title ?? ''));
  const stored: StoredIdentity = {
    v: 1,
    objectives,
    keyResults: plan.objectives.flatMap((o, i) =>
      o.keyResults.map(
        (kr) => [kr.id, i, kept(kr.title), kr.row] as [string, number, string, number],
      ),
    ),
  };
  storeLargeSetting(ctx.port, IDENTITY_SETTING, JSON.stringify(stored));
}
