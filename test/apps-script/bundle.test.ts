import { beforeAll, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { ADDON_SCOPES } from '../../apps-script/manifest';
import { builtFiles, loadAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { SCOPE } from './fake/call-log';
import { NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';

beforeAll(ensureBuilt);

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'doGet',
  'doPost',
  'refreshDashboard',
  'refreshOnTimer',
  'refreshOnOpen',
  'refreshAfterClips',
  'showSetup',
  'getSetupState',
  'previewSetup',
  'saveSetup',
  'showCheckIn',
  'getCheckInState',
  'saveCheckIn',
  'showCoaches',
  'listCoaches',
  'connectCoach',
  'revokeCoachById',
  'showSettings',
  'getSettings',
  'saveSettings',
  'showPlanHealth',
  'getPlanHealth',
  'goToCell',
];

describe('the built add-on', () => {
  it('declares every entry point as a top-level function Apps Script can call', () => {
    const addon = loadAddon({ now: NOW });
    expect(addon.globals.sort()).toEqual([...ENTRY_POINTS].sort());
  });

  it('loads without touching any Apps Script service (a missing global would only fail when called)', () => {
    const code = builtFiles().get('Code.js') ?? '';
    const context: Record<string, unknown> = {};
    expect(() => runInNewContext(code, context)).not.toThrow();
    expect(typeof context.doPost).toBe('function');
  });

  it('declares exactly the three least-privilege scopes', () => {
    const manifest = JSON.parse(builtFiles().get('appsscript.json') ?? '{}');
    expect(manifest.oauthScopes).toEqual([...ADDON_SCOPES]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
  });

  it.each([
    'setup-sidebar',
    'check-in-sidebar',
    'coaches-sidebar',
    'settings-sidebar',
    'health-sidebar',
  ])('ships %s.html as one self-contained page', (name) => {
    const html = builtFiles().get(`${name}.html`) ?? '';
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<main id="app"');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('opens each sidebar from its built HTML file', () => {
    const spreadsheet = planSimpleSpreadsheet();
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    for (const fn of ['showSetup', 'showCheckIn', 'showCoaches', 'showSettings', 'showPlanHealth'])
      addon.call(fn);
    expect(spreadsheet.sidebars.map((s) => s.title)).toEqual([
      'Set up Throughline',
      'Record a check-in',
      'Connect a coach',
      'Settings',
      'Plan health',
    ]);
    expect(spreadsheet.sidebars.every((s) => s.html.includes('<main id="app"'))).toBe(true);
  });

  it('serves each sidebar page in the spreadsheet’s language', () => {
    for (const [locale, lang] of [
      ['fr_CA', 'fr'],
      ['en_GB', 'en'],
    ]) {
      const spreadsheet = planSimpleSpreadsheet({ locale });
      const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
      for (const fn of [
        'showSetup',
        'showCheckIn',
        'showCoaches',
        'showSettings',
        'showPlanHealth',
      ])
        addon.call(fn);
      expect(spreadsheet.sidebars.map((s) => /<html lang="(\w+)">/.exec(s.html)?.[1])).toEqual(
        Array(5).fill(lang),
      );
    }
  });

  it.each([
    ['LockService', 'connectCoach'],
    ['ScriptApp', 'getSettings'],
    ['ContentService', 'doGet'],
    ['HtmlService', 'showSetup'],
    ['Utilities', 'refreshDashboard'],
  ])('fails loudly when the %s global is missing (%s)', (missing, fn) => {
    const spreadsheet = planSimpleSpreadsheet();
    const addon = loadAddon({ now: NOW, world: { spreadsheet }, omit: [missing] });
    expect(() => addon.call(fn, 'J. Singh')).toThrow(new RegExp(`${missing} is not defined`));
  });

  it('is refused a call whose scope the manifest does not declare', () => {
    const spreadsheet = planSimpleSpreadsheet();
    spreadsheet.log.scopes.delete(SCOPE.triggers);
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    expect(() => addon.call('saveSettings', { autoRefresh: true })).toThrow(/script\.scriptapp/);
    spreadsheet.log.scopes.delete(SCOPE.ui);
    expect(() => addon.call('onOpen', { authMode: 'FULL' })).toThrow(/script\.container\.ui/);
  });
});
