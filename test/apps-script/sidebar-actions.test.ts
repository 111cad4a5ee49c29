import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { KR, KR_ID, NOW, PLAN_TAB, planSimpleSpreadsheet } from './fixtures/plan-simple-world';
import { rowStartingWith, shown, snapshotOf } from './fixtures/sheet-text';
import { confirmSetup } from './fixtures/confirm-setup';

/** French typography puts no-break spaces before « : » and inside « »; compare wording, not space width. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(ensureBuilt);

function setUpWorld(locale = 'en_US') {
  const spreadsheet = planSimpleSpreadsheet({ locale });
  const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
  confirmSetup(addon.call);
  return { spreadsheet, addon };
}

describe('Record a check-in', () => {
  it('offers the key results with their ids and today as the default date', () => {
    const { addon } = setUpWorld();
    const state = addon.call('getCheckInState') as {
      today: string;
      keyResults: { id: string; title: string; objective: string; current: number | null }[];
    };
    expect(state.today).toBe('2026-01-15');
    expect(state.keyResults.map((kr) => kr.id)).toEqual(Object.values(KR_ID));
    expect(state.keyResults[0].current).toBe(41);
    addon.call('saveCheckIn', { keyResultId: KR_ID.explain, date: '2026-01-15', value: '44' });
    expect((addon.call('getCheckInState') as typeof state).keyResults[0].current).toBe(44);
  });

  it('appends the check-in, drives current on the Dashboard and leaves the plan tab as it was', () => {
    const { spreadsheet, addon } = setUpWorld();
    const planBefore = snapshotOf(spreadsheet.sheet(PLAN_TAB)!);
    const saved = addon.call('saveCheckIn', {
      keyResultId: KR_ID.explain,
      date: '2026-01-15',
      value: '47',
      confidence: '4',
      comment: '=cmd|calc',
      by: 'M. Tremblay',
    });
    expect(saved).toEqual({ ok: true, message: 'Check-in saved; the dashboard now shows 47%.' });
    expect(shown(spreadsheet.sheet('Check-ins')!)[1]).toEqual([
      KR_ID.explain,
      KR.explain,
      '2026-01-15',
      '47',
      '4',
      '=cmd|calc',
      'M. Tremblay',
    ]);
    expect(spreadsheet.sheet('Check-ins')!.cells[1][5].formula).toBeUndefined();
    expect(rowStartingWith(spreadsheet.sheet('Dashboard')!, KR.explain).slice(3, 7)).toEqual([
      '47% ✓',
      '60%',
      '███████░░░ 66%',
      'On track',
    ]);
    expect(snapshotOf(spreadsheet.sheet(PLAN_TAB)!)).toBe(planBefore);
  });

  it.each([
    [
      { keyResultId: KR_ID.explain, date: '15/01/2026', value: '3' },
      'Choose a key result and enter a number and a date.',
    ],
    [
      { keyResultId: KR_ID.explain, date: '2026-01-15', value: 'lots' },
      'Choose a key result and enter a number and a date.',
    ],
    [
      { keyResultId: 'kr-gone', date: '2026-01-15', value: '3' },
      'That key result is no longer in the plan. Reopen this form.',
    ],
  ])('refuses %j with a message', (form, message) => {
    const { spreadsheet, addon } = setUpWorld();
    expect(addon.call('saveCheckIn', form)).toEqual({ ok: false, message });
    expect(shown(spreadsheet.sheet('Check-ins')!)).toHaveLength(1);
  });
});

describe('Settings: automatic refresh', () => {
  const refreshTriggers = (addon: LoadedAddon) =>
    addon.world.triggers.map((t) => [t.fn, t.kind, t.everyHours ?? null]);

  it('is on after Set up (hourly and on open), and switches both off and on again', () => {
    const { addon } = setUpWorld();
    expect(addon.call('getSettings')).toEqual({
      locale: 'en',
      autoRefresh: true,
      pacing: { onTrackMargin: 0.1, atRiskMargin: 0.25, staleAfterDays: 30 },
    });
    expect(refreshTriggers(addon)).toEqual([
      ['refreshOnTimer', 'hourly', 1],
      ['refreshOnOpen', 'open', null],
    ]);
    addon.call('saveSettings', { autoRefresh: false });
    expect(addon.world.triggers).toEqual([]);
    expect(addon.call('getSettings')).toMatchObject({ autoRefresh: false });
    addon.call('saveSettings', { autoRefresh: true });
    addon.call('saveSettings', { autoRefresh: true });
    expect(refreshTriggers(addon)).toEqual([
      ['refreshOnTimer', 'hourly', 1],
      ['refreshOnOpen', 'open', null],
    ]);
  });

  it('replaces a daily trigger of an older version and duplicates by one hourly trigger', () => {
    const { addon } = setUpWorld();
    addon.call('saveSettings', { autoRefresh: false });
    addon.world.triggers.push(
      { fn: 'refreshOnTimer', kind: 'daily', atHour: 6, id: 'old-a' },
      { fn: 'refreshOnTimer', kind: 'daily', atHour: 6, id: 'old-b' },
    );
    for (let i = 0; i < 3; i++) addon.call('saveSettings', { autoRefresh: true });
    expect(refreshTriggers(addon)).toEqual([
      ['refreshOnTimer', 'hourly', 1],
      ['refreshOnOpen', 'open', null],
    ]);
    addon.call('saveSettings', { autoRefresh: false });
    addon.call('saveSettings', { autoRefresh: false });
    expect(addon.world.triggers).toEqual([]);
  });

  it('saves pacing thresholds and the Dashboard follows them', () => {
    const { spreadsheet, addon } = setUpWorld();
    expect(rowStartingWith(spreadsheet.sheet('Dashboard')!, KR.coPlanning)[6]).toBe('At risk');
    expect(
      addon.call('saveSettings', {
        autoRefresh: true,
        pacing: { onTrackMargin: 0.25, atRiskMargin: 0.4, staleAfterDays: 30 },
      }),
    ).toMatchObject({ ok: true });
    expect(rowStartingWith(spreadsheet.sheet('Dashboard')!, KR.coPlanning)[6]).toBe('On track');
    expect(addon.call('getSettings')).toMatchObject({
      pacing: { onTrackMargin: 0.25, atRiskMargin: 0.4 },
    });
  });

  it.each([
    [{ onTrackMargin: 0.3, atRiskMargin: 0.2, staleAfterDays: 30 }],
    [{ onTrackMargin: 'ten', atRiskMargin: 0.2, staleAfterDays: 30 }],
    [{ onTrackMargin: 0.1, atRiskMargin: 0.2, staleAfterDays: 0 }],
  ])('refuses thresholds %j', (pacing) => {
    const { addon } = setUpWorld();
    expect(addon.call('saveSettings', { autoRefresh: true, pacing })).toMatchObject({
      ok: false,
      message: expect.stringContaining('between 0 and 100'),
    });
    expect(addon.world.documentProperties.has('throughline.pacing')).toBe(false);
  });

  it('the timer refresh rebuilds the Dashboard', () => {
    const { spreadsheet, addon } = setUpWorld();
    spreadsheet.sheet('Dashboard')!.clear();
    addon.call('refreshOnTimer');
    expect(shown(spreadsheet.sheet('Dashboard')!)[1][0]).toBe('Math plan dashboard');
  });
});

describe('Plan health', () => {
  it('lists the findings most serious first, in the spreadsheet language, and selects a finding’s cell', () => {
    const { spreadsheet, addon } = setUpWorld('fr_CA');
    const state = addon.call('getPlanHealth') as {
      ok: true;
      findings: { severity: string; label: string; message: string; cell: string | null }[];
    };
    expect({ ...state.findings[0], message: plainSpaces(state.findings[0].message) }).toEqual({
      severity: 'warning',
      label: 'À vérifier',
      message:
        'Aucun conseiller ni aucune conseillère n’est assigné à l’école « Riverside Middle ».',
      cell: "'Schools'!D5",
    });
    expect(state.findings.map((f) => f.severity)).toEqual(
      [...state.findings.map((f) => f.severity)].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    addon.call('goToCell', state.findings[0].cell);
    expect(spreadsheet.active).toBe('Schools!D5');
  });

  it('says what is wrong when there is no plan table', () => {
    const spreadsheet = planSimpleSpreadsheet();
    spreadsheet.sheets.splice(0, 1); // no plan tab at all
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    expect(addon.call('getPlanHealth')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/plan/i),
    });
    addon.call('refreshDashboard');
    expect(spreadsheet.alerts.at(-1)).toMatch(/plan/i);
    expect(spreadsheet.sheet('Dashboard')).toBeUndefined();
  });
});
