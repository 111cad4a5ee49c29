/**
 * The coordinator's path with the add-on installed from the Google Workspace Marketplace, run on the
 * Marketplace build (no web app) under Editor add-on rules: onOpen in NONE then LIMITED, menu items
 * and sidebars in FULL after the authorization prompt, installable triggers in FULL as their
 * creator, one trigger of each kind per user per document, time-driven at most hourly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import { ensureBuilt } from './fake/ensure-built';
import type { FakeSpreadsheet } from './fake/fake-spreadsheet';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import {
  EVIDENCE,
  KR,
  NOW,
  evidenceRows,
  planSimpleSpreadsheet,
} from './fixtures/plan-simple-world';
import { rowStartingWith } from './fixtures/sheet-text';
import { confirmSetup, type DetectedSetup } from './fixtures/confirm-setup';
import { MENU_FUNCTIONS } from './fixtures/menu-items';

beforeAll(ensureBuilt);

const COORDINATOR = 'coordinator@district.example';
const COACH = 'j.singh@district.example';
const MENU = MENU_FUNCTIONS;

/** A plan spreadsheet shared with one coach, and the add-on as the Marketplace installs it. */
function installed(options: { id?: string; triggers?: LoadedAddon['world']['triggers'] } = {}) {
  const spreadsheet = planSimpleSpreadsheet();
  spreadsheet.id = options.id ?? 'plan-sheet-1';
  spreadsheet.sharing.editors.push(COACH);
  const addon = loadAddon({
    now: NOW,
    project: 'addon',
    world: { spreadsheet, ...(options.triggers ? { triggers: options.triggers } : {}) },
  });
  return { spreadsheet, addon };
}

/** Set up as the sidebar does it: open from the menu, read the detection, save with the offer as shown. */
function setUp(addon: LoadedAddon) {
  addon.choose('showSetup');
  const state = addon.server('getSetupState') as DetectedSetup;
  return confirmSetup(addon.server, { protect: state.protect });
}

/** What the extension does with the coach's own Google account: values.append into Evidence. */
function coachAppends(spreadsheet: FakeSpreadsheet, coach: string, rows: unknown[][]) {
  const evidence = spreadsheet.sheet(EVIDENCE_TAB.name.en);
  if (!evidence) throw new Error('no Evidence tab');
  let row = 1;
  while (evidence.cell(row, 0)?.value) row++;
  rows.forEach((values, i) => {
    values.forEach((value, c) => {
      if (!spreadsheet.canEdit(coach, evidence.name, row + i + 1, c + 1))
        throw new Error('The caller does not have permission');
      evidence.ensure(row + i, c).value = value as string;
    });
  });
}

/** The Dashboard's row for one key result, as shown. */
const evidenceRow = (spreadsheet: FakeSpreadsheet) => {
  const dashboard = spreadsheet.sheet('Dashboard');
  if (!dashboard) throw new Error('no Dashboard');
  return rowStartingWith(dashboard, KR.explain);
};
/** The evidence count the Dashboard shows for that key result. */
const evidenceShown = (spreadsheet: FakeSpreadsheet) => evidenceRow(spreadsheet)[9];

const touched = (addon: LoadedAddon, pattern: RegExp) =>
  [...addon.world.log.counts.keys()].filter((name) => pattern.test(name));

describe('Installed from the Marketplace', () => {
  it('builds its menu on install (AuthMode.FULL) and on every open before it is used (NONE), touching no cell or property', () => {
    const { spreadsheet, addon } = installed();
    expect(addon.world.files.get('appsscript.json')).not.toContain('webapp');
    addon.install();
    expect(spreadsheet.menus.at(-1)?.items.map((i) => i.fn)).toEqual(MENU);
    addon.world.log.counts.clear();
    addon.open();
    expect(addon.world.log.authMode).toBe('FULL'); // back to FULL after the open event
    expect(spreadsheet.menus.at(-1)?.items.map((i) => i.fn)).toEqual(MENU);
    expect(touched(addon, /Properties|Range|Sheet\.|Spreadsheet\.|ScriptApp/)).toEqual([]);
  });

  it('Set up from the menu creates the tabs, refreshes, and makes one hourly and one open trigger for this user and document', () => {
    const { spreadsheet, addon } = installed();
    addon.install();
    addon.open();
    const { state, saved } = setUp(addon);
    expect(state.protect).toBe(true); // offered by default: coaches come through sharing
    expect(saved.ok).toBe(true);
    expect(saved.message).toContain('every hour and whenever the spreadsheet is opened');
    expect(saved.message).toContain('Every tab but Evidence is protected');
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Plan', 'Evidence', 'Check-ins', 'Dashboard', 'Summary']),
    );
    expect(
      addon.world.triggers.map((t) => [t.fn, t.kind, t.everyHours ?? null, t.user, t.document]),
    ).toEqual([
      ['refreshOnTimer', 'hourly', 1, COORDINATOR, 'plan-sheet-1'],
      ['refreshOnOpen', 'open', null, COORDINATOR, 'plan-sheet-1'],
    ]);
    setUp(addon); // saving again, or a double click, still leaves one of each
    expect(addon.world.triggers.map((t) => t.fn)).toEqual(['refreshOnTimer', 'refreshOnOpen']);
  });

  it('says when the spreadsheet was too busy to switch the automatic refresh on, and makes no trigger', () => {
    const { addon } = installed();
    addon.install();
    addon.open();
    addon.world.documentLock.holder = {}; // a refresh on open still running
    const { saved } = setUp(addon);
    expect(saved.ok).toBe(true);
    expect(saved.message).toContain(
      'The automatic refresh could not be switched on just now (the spreadsheet was busy): switch it on in Settings.',
    );
    expect(addon.world.triggers).toEqual([]);
  });

  it('opens in AuthMode.LIMITED once used here, and the open trigger refreshes the Dashboard as the coordinator, whoever opens it', () => {
    const { spreadsheet, addon } = installed();
    addon.install();
    addon.open();
    setUp(addon);
    const before = evidenceShown(spreadsheet);
    coachAppends(spreadsheet, COACH, evidenceRows(EVIDENCE.slice(0, 2)));
    spreadsheet.sharing.user = COACH; // the coach opens the plan: the add-on is enabled in it
    addon.open();
    expect(spreadsheet.menus.at(-1)?.items.map((i) => i.fn)).toEqual(MENU);
    expect(before).toBe('0');
    expect(evidenceShown(spreadsheet)).toBe('2');
  });

  it('refreshes on the hourly timer and on demand from the menu', () => {
    const { spreadsheet, addon } = installed();
    addon.install();
    addon.open();
    setUp(addon);
    coachAppends(spreadsheet, COACH, evidenceRows(EVIDENCE.slice(0, 1)));
    expect(addon.passHours(3)).toEqual(['refreshOnTimer', 'refreshOnTimer', 'refreshOnTimer']);
    expect(evidenceShown(spreadsheet)).toBe('1');
    coachAppends(spreadsheet, COACH, evidenceRows(EVIDENCE.slice(1, 3)));
    addon.open();
    addon.choose('refreshDashboard');
    expect(evidenceShown(spreadsheet)).toBe('3');
    expect(spreadsheet.toasts.at(-1)).toBe('Dashboard and Summary refreshed.');
  });

  it('keeps each spreadsheet’s triggers to itself: switching one plan off leaves the other', () => {
    const triggers: LoadedAddon['world']['triggers'] = [];
    const first = installed({ id: 'plan-sheet-1', triggers });
    const second = installed({ id: 'plan-sheet-2', triggers });
    for (const { addon } of [first, second]) {
      addon.install();
      addon.open();
      setUp(addon);
    }
    expect(triggers.map((t) => `${t.document} ${t.fn}`)).toEqual([
      'plan-sheet-1 refreshOnTimer',
      'plan-sheet-1 refreshOnOpen',
      'plan-sheet-2 refreshOnTimer',
      'plan-sheet-2 refreshOnOpen',
    ]);
    second.addon.server('saveSettings', { autoRefresh: false });
    expect(triggers.map((t) => `${t.document} ${t.fn}`)).toEqual([
      'plan-sheet-1 refreshOnTimer',
      'plan-sheet-1 refreshOnOpen',
    ]);
    expect(first.addon.server('getSettings')).toMatchObject({ autoRefresh: true });
  });

  it('runs every menu item in AuthMode.FULL after the authorization prompt', () => {
    const { spreadsheet, addon } = installed();
    addon.open();
    expect(addon.world.install.authorized).toBe(false);
    setUp(addon);
    addon.open();
    for (const fn of MENU) addon.choose(fn);
    expect(spreadsheet.sidebars.map((s) => s.title)).toEqual([
      'Set up Throughline',
      'Set up Throughline',
      'Plan health',
      'Record a check-in',
      'Connect a coach',
      'Settings',
    ]);
    expect(spreadsheet.alerts).toEqual([]);
  });

  it('records a check-in and reads plan health with every tab protected', () => {
    const { spreadsheet, addon } = installed();
    addon.install();
    addon.open();
    setUp(addon);
    const state = addon.server('getCheckInState') as { keyResults: { id: string }[] };
    const saved = addon.server('saveCheckIn', {
      keyResultId: state.keyResults[0].id,
      date: '2026-01-15',
      value: '52',
    }) as { ok: boolean; message: string };
    expect(saved).toEqual({ ok: true, message: 'Check-in saved; the dashboard now shows 52%.' });
    expect(evidenceRow(spreadsheet)[3]).toBe('52% ✓');
    expect((addon.server('getPlanHealth') as { ok: boolean }).ok).toBe(true);
  });
});

describe('Connecting coaches without a web app', () => {
  it('explains sharing, gives the spreadsheet’s address, and reads no add-on-wide script property', () => {
    const { addon } = installed();
    addon.install();
    addon.open();
    setUp(addon);
    addon.world.log.counts.clear();
    expect(addon.server('listCoaches')).toEqual({
      mode: 'sharing',
      locale: 'en',
      url: 'https://docs.google.com/spreadsheets/d/plan-sheet-1/edit',
      protectedTabs: true,
    });
    expect(touched(addon, /ScriptProperties/)).toEqual([]);
    expect(addon.server('connectCoach', 'A. Roy')).toMatchObject({
      ok: false,
      error: { code: 'no-web-app' },
    });
  });

  it('takes this document’s lock, so another district busy with the add-on does not block it', () => {
    const { addon } = installed();
    addon.install();
    addon.open();
    setUp(addon);
    addon.world.lock.holder = {}; // the add-on-wide script lock, held elsewhere
    expect(addon.server('saveSettings', { autoRefresh: true })).toMatchObject({ ok: true });
    addon.world.documentLock.holder = {}; // this spreadsheet busy
    expect(addon.server('saveSettings', { autoRefresh: false })).toMatchObject({
      ok: false,
      code: 'busy',
    });
  });
});
