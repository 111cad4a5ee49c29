/**
 * The fake itself follows Google's documented rules for Editor add-ons, so the tests that run the
 * bundle on it cannot pass on behaviour Google would refuse.
 */
import { describe, expect, it } from 'vitest';
import { allowedInMode, newCallLog, SCOPE } from './fake/call-log';
import { FakeSpreadsheet, fakeSpreadsheetApp } from './fake/fake-spreadsheet';
import { fakeScriptApp, type FakeTrigger } from './fake/fake-services';

const ALL_SCOPES = [SCOPE.spreadsheets, SCOPE.ui, SCOPE.triggers];
const owner = (addon: boolean) => ({
  user: 'coordinator@district.example',
  document: 'plan-sheet-1',
  addon,
});
const sheetLike = (id: string) => ({ getId: () => id });

describe('the fake ScriptApp under add-on rules', () => {
  it('refuses time-driven triggers more often than hourly, and a second trigger of a kind per user per document', () => {
    const log = newCallLog(ALL_SCOPES);
    const triggers: FakeTrigger[] = [];
    const app = fakeScriptApp(log, triggers, null, owner(true));
    expect(() => app.newTrigger('a').timeBased().everyMinutes(30).create()).toThrow(/once an hour/);
    expect(() => app.newTrigger('a').timeBased().after(60_000).create()).toThrow(/once an hour/);
    app.newTrigger('a').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('b').timeBased().everyHours(4).create()).toThrow(
      /one trigger of each type/,
    );
    app.newTrigger('c').forSpreadsheet(sheetLike('plan-sheet-1')).onOpen().create();
    expect(() =>
      app.newTrigger('d').forSpreadsheet(sheetLike('plan-sheet-1')).onOpen().create(),
    ).toThrow(/one trigger of each type/);
    expect(() =>
      app.newTrigger('e').forSpreadsheet(sheetLike('other-sheet')).onOpen().create(),
    ).toThrow(/document in which the add-on is used/);
    expect(app.getUserTriggers(sheetLike('plan-sheet-1')).map((t) => t.getEventType())).toEqual([
      'CLOCK',
      'ON_OPEN',
    ]);
    expect(app.getUserTriggers(sheetLike('other-sheet'))).toEqual([]);
  });

  it('lets a bound script (not an add-on) make any number of triggers', () => {
    const app = fakeScriptApp(newCallLog(ALL_SCOPES), [], null, owner(false));
    for (let i = 0; i < 3; i++) app.newTrigger('x').timeBased().after(60_000).create();
    expect(app.getProjectTriggers()).toHaveLength(3);
  });

  it.each([1, 2, 4, 6, 8, 12])('accepts everyHours(%i)', (n) => {
    const app = fakeScriptApp(newCallLog(ALL_SCOPES), [], null, owner(true));
    expect(() => app.newTrigger('x').timeBased().everyHours(n).create()).not.toThrow();
  });
});

describe('the fake AuthModes', () => {
  const calls = [
    'SpreadsheetApp.getUi',
    'Ui.createAddonMenu',
    'Session.getActiveUserLocale',
    'SpreadsheetApp.getActiveSpreadsheet',
    'PropertiesService.getDocumentProperties',
    'DocumentProperties.getProperty',
    'ScriptApp.newTrigger',
    'ScriptApp.getUserTriggers',
  ];
  it.each([
    ['NONE', calls.slice(0, 3)],
    ['LIMITED', calls.slice(0, 6)],
    ['FULL', calls],
  ] as const)('in %s allows exactly %j', (mode, allowed) => {
    expect(calls.filter((name) => allowedInMode(mode, name))).toEqual(allowed);
  });

  it('throws when the bundle reads the document in AuthMode.NONE', () => {
    const spreadsheet = new FakeSpreadsheet(newCallLog(ALL_SCOPES));
    spreadsheet.log.authMode = 'NONE';
    const app = fakeSpreadsheetApp(spreadsheet);
    expect(() => app.getUi().createAddonMenu()).not.toThrow();
    expect(() => app.getActiveSpreadsheet()).toThrow(/AuthMode\.NONE/);
  });
});

describe('the fake Protection', () => {
  function sheetWithProtection() {
    const spreadsheet = new FakeSpreadsheet(newCallLog(ALL_SCOPES));
    spreadsheet.sharing.editors.push('coach@district.example');
    const sheet = spreadsheet.seed('Plan', [['a']]);
    return { spreadsheet, protection: sheet.proxy.protect() };
  }

  it('mirrors the sharing until its editors change, then never removes the owner or the current user', () => {
    const { spreadsheet, protection } = sheetWithProtection();
    expect(spreadsheet.canEdit('coach@district.example', 'Plan', 1, 1)).toBe(true);
    protection.removeEditors(protection.getEditors() as unknown as string[]);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([
      'coordinator@district.example',
    ]);
    expect(spreadsheet.canEdit('coach@district.example', 'Plan', 1, 1)).toBe(false);
    expect(() => spreadsheet.sheet('Plan')?.input(0, 0, 'b')).not.toThrow();
    spreadsheet.sharing.user = 'coach@district.example';
    expect(() => spreadsheet.sheet('Plan')?.input(0, 0, 'c')).toThrow(/protected cell/);
  });

  it('allows unprotected ranges only inside a sheet protection', () => {
    const { spreadsheet } = sheetWithProtection();
    const range = spreadsheet.sheet('Plan')?.proxy.getRange(1, 1, 1, 1);
    const rangeProtection = range?.protect();
    expect(() => rangeProtection?.setUnprotectedRanges([range as never])).toThrow(/sheet/);
  });
});
