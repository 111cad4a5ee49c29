/**
 * What a coach signed in with Google needs to read the plan as the coordinator set it up — the
 * confirmed map and the key-result identity — lives in document properties, which the Sheets API
 * cannot read. So Set up and every refresh that changes them publish them on the spreadsheet as
 * developer metadata (DOCUMENT visibility: readable by the extension's own Google project), each in
 * the core's envelope. A refresh that changes nothing makes no spreadsheet call for it: the texts
 * last published are noted in a property.
 */
import type { Plan } from '../shared/plan-schema';
import type { PlanMap } from '../shared/read-plan';
import type { KeyResultIdentity } from '../shared/key-result-identity';
import { publishedEntries } from '../shared/stored-settings';
import type { HostContext } from './host-context';
import { rememberKeyResults } from './key-result-ids';

/** Property noting the texts last published, so an unchanged refresh skips the spreadsheet. */
const PUBLISHED_SETTING = 'published';

/** Makes the spreadsheet's own entries hold `entries`: one each, created, updated or left as is. */
function writeEntries(ctx: HostContext, entries: Record<string, string>): void {
  const found = ctx.spreadsheet
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SPREADSHEET)
    .find();
  for (const [key, value] of Object.entries(entries)) {
    const [first, ...extra] = found.filter((m) => m.getKey() === key);
    for (const duplicate of extra) duplicate.remove();
    if (!first)
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
  const entries = publishedEntries(mapping, identity);
  const text = JSON.stringify(entries);
  if (!options.verify && ctx.port.getSetting(PUBLISHED_SETTING) === text) return;
  writeEntries(ctx, entries);
  ctx.port.setSetting(PUBLISHED_SETTING, text);
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
