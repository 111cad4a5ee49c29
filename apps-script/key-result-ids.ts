/**
 * Stable key-result identity in Sheets, read and written in no spreadsheet call: the ids the add-on
 * gave, with each key result's objective, wording and row at the last read, are kept in one document
 * setting. At each read they are matched back to the rows by wording (rows inserted or sorted), then
 * by similar wording (a key result reworded), see shared/key-result-reconcile.ts. The coordinator's
 * plan tab carries nothing of ours. Spreadsheets set up before kept an id in developer metadata on
 * each key-result row: that is read once, the first time, and then the setting takes over. The
 * matching itself is the core's (shared/key-result-identity.ts), the same a coach's extension runs.
 */
import type { PlanMap as ColumnMapping } from '../shared/read-plan';
import type { Plan } from '../shared/plan-schema';
import {
  identityOf,
  identityWithin,
  reconciledKeyResultIds,
  type KeyResultIdentity,
} from '../shared/key-result-identity';
import {
  KEY_RESULTS_SETTING,
  METADATA_LIMIT,
  publishedEntries,
  publishedSize,
  readSetting,
  writeSetting,
} from '../shared/stored-settings';
import type { HostContext } from './host-context';
import { readLargeSetting, storeLargeSetting } from './stored-setting';

/** The row developer metadata of spreadsheets set up before the identity map. */
export const KEY_RESULT_METADATA = 'throughline.keyResultId';

/** The identity kept at the last read, or null before the first one. */
export function savedIdentity(ctx: HostContext): KeyResultIdentity | null {
  return readSetting(KEY_RESULTS_SETTING, readLargeSetting(ctx.port, KEY_RESULTS_SETTING.key));
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

/** Row → id for the plan as it is now (the plan tab is read once and cached by the port). */
export function stableKeyResultIds(
  ctx: HostContext,
  mapping: ColumnMapping | undefined,
): Record<number, string> {
  if (!mapping) return {};
  const identity = savedIdentity(ctx);
  return identity
    ? reconciledKeyResultIds(ctx.port, mapping, identity)
    : legacyRowIds(ctx, mapping);
}

/**
 * Remembers the plan's key results and their ids for the next read (one property write when
 * changed), their wordings as long as the published copy allows beside `mapping` (see plan-metadata).
 */
export function rememberKeyResults(
  ctx: HostContext,
  plan: Plan,
  mapping: ColumnMapping | undefined,
): KeyResultIdentity {
  const size = (i: KeyResultIdentity) =>
    mapping
      ? publishedSize(publishedEntries(mapping, i))
      : writeSetting(KEY_RESULTS_SETTING, i).length;
  const identity = identityWithin(plan, METADATA_LIMIT, size) ?? identityOf(plan);
  storeLargeSetting(ctx.port, KEY_RESULTS_SETTING.key, writeSetting(KEY_RESULTS_SETTING, identity));
  return identity;
}
