/**
 * The automatic refreshes: an hourly time-driven trigger and an installable open trigger, both
 * made at Set up (and switched in Settings). Editor add-on rules: a time-driven trigger runs at
 * most once an hour, and an add-on has one trigger of each kind per user per document, so these
 * are the user's only two triggers here. They are looked up with getUserTriggers(spreadsheet) —
 * in an add-on getProjectTriggers() also returns the user's triggers in their other spreadsheets.
 */
export const TIMER_HANDLER = 'refreshOnTimer';
export const OPEN_HANDLER = 'refreshOnOpen';
const HANDLERS = [TIMER_HANDLER, OPEN_HANDLER];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** This user's refresh triggers in this spreadsheet. */
function refreshTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) =>
    HANDLERS.includes(trigger.getHandlerFunction()),
  );
}

/** Whether the automatic refreshes are on for this user in this spreadsheet. */
export function autoRefreshOn(spreadsheet: Spreadsheet): boolean {
  return refreshTriggers(spreadsheet).some((t) => t.getHandlerFunction() === TIMER_HANDLER);
}

/**
 * On: exactly one hourly trigger and one open trigger (earlier ones, such as a daily trigger of an
 * older version or a double click's duplicate, are replaced first, so the add-on limit of one per
 * kind is never exceeded). Off: none. Call under the shared lock so two clicks cannot race.
 */
export function setAutoRefresh(spreadsheet: Spreadsheet, on: boolean): void {
  for (const trigger of refreshTriggers(spreadsheet)) ScriptApp.deleteTrigger(trigger);
  if (!on) return;
  ScriptApp.newTrigger(TIMER_HANDLER).timeBased().everyHours(1).create();
  ScriptApp.newTrigger(OPEN_HANDLER).forSpreadsheet(spreadsheet).onOpen().create();
}
