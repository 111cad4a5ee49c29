/**
 * What a coach signed in with Google needs to read the plan as the coordinator set it up — the
 * confirmed map and the key-result identity — lives in document properties, which the Sheets API
 * cannot read. So Set up and every refresh that changes them publish them on the spreadsheet as
 * developer metadata (DOCUMENT visibility: readable by the extension's own Google project), each in
 * the core's envelope. A refresh that changes nothing makes no spreadsheet call for it: a
 * fingerprint of what was last published is noted in a property.
 */
import type { Plan } from '../shared/plan-schema';
import type { PlanMap } from '../shared/read-plan';
import type { KeyResultIdentity } from '../shared/key-result-identity';
import { fnv1a } from '../shared/key-result-id';
import {
  KEY_RESULTS_SETTING,
  MAPPING_SETTING,
  METADATA_LIMIT,
  metadataKey,
  publishedEntries,
  publishedSize,
} from '../shared/stored-settings';
import type { HostContext } from './host-context';
import { rememberKeyResults } from './key-result-ids';

/** Property noting a fingerprint of the texts last published, so an unchanged refresh skips the spreadsheet. */
const PUBLISHED_SETTING = 'published';

/** Every key the setup is published under. */
const KEYS = [metadataKey(MAPPING_SETTING), metadataKey(KEY_RESULTS_SETTING)];

/**
 * The entries to publish: both when they fit what Google allows on the spreadsheet; else (a plan of
 * many hundreds of key results) the map alone, and coaches' ids follow the wording.
 */
function fitting(mapping: PlanMap, identity: KeyResultIdentity): Record<string, string> {
  const entries = publishedEntries(mapping, identity);
  if (publishedSize(entries) <= METADATA_LIMIT) return entries;
  const { [metadataKey(KEY_RESULTS_SETTING)]: _ids, ...mapOnly } = entries;
  return mapOnly;
}

/** Makes the spreadsheet's own entries hold `entries`: one each, created, updated, left or removed. */
function writeEntries(ctx: HostContext, entries: Record<string, string>): void {
  const found = ctx.spreadsheet
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SPREADSHEET)
    .find();
  for (const key of KEYS) {
    const value = entries[key];
    const [first, ...extra] = found.filter((m) => m.getKey() === key);
    for (const duplicate of extra) duplicate.remove();
    if (value === undefined) first?.remove();
    else if (!first)
      ctx.spreadsheet.addDeveloperMetadata(
        key,
        value,
        SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
      );
    else if (first.getValue() !== value) first.setValue(value);
  }
}

/**
 * Publishes the map and identity when they changed since the last publication; `verify` (Set up)
 * looks at the spreadsheet's entries whatever the note says, so a copy or an edit is put right.
 */
export function publishPlanSetup(
  ctx: HostContext,
  mapping: PlanMap,
  identity: KeyResultIdentity,
  options: { verify?: boolean } = {},
): void {
  const entries = fitting(mapping, identity);
  // A fingerprint, not the texts: a document property holds 9 KB, the entries up to 30,000 characters.
  const text = JSON.stringify(entries);
  const fingerprint = `${text.length}.${fnv1a(text)}`;
  if (!options.verify && ctx.port.getSetting(PUBLISHED_SETTING) === fingerprint) return;
  try {
    writeEntries(ctx, entries);
  } catch (error) {
    // The Dashboard matters more: the next refresh tries again (nothing was noted as published).
    console.error(`Publishing the setup for coaches failed: ${String(error)}`);
    return;
  }
  ctx.port.setSetting(PUBLISHED_SETTING, fingerprint);
}

/** Remembers the plan's key-result identity and, once the coordinator set it up, publishes it. */
export function keepPlanIdentity(
  ctx: HostContext,
  plan: Plan,
  mapping: PlanMap | undefined,
  options: { verify?: boolean } = {},
): void {
  const identity = rememberKeyResults(ctx, plan, mapping);
  if (mapping) publishPlanSetup(ctx, mapping, identity, options);
}
