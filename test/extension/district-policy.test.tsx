// What a district administrator presets by policy (storage.managed): read field by field, enforced
// by the background, shown locked ("Set by your district") in the panel, and followed live when
// the policy changes while the panel is open. Chromium's managed storage cannot be set from a
// test (it needs a machine policy as root), so the panel runs here against WXT's fake managed area.
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnFirstInstall } from '../../extension/background/first-run';
import { App } from '../../extension/components/App';
import { allowedByPolicy } from '../../extension/background/policy-gate';
import { parsePolicy } from '../../extension/lib/district-policy';
import type { PanelClient } from '../../extension/panel/client';
import { PLAN_SHEET_ID } from '../google-fake/plan-spreadsheet';
import { seeded } from '../shared/seeded-random';
import { ENDPOINT, pairingCode } from './fake-endpoint';
import { backgroundHarness } from './service-harness';
import { shown } from './shown';

type Harness = Awaited<ReturnType<typeof backgroundHarness>>;
let h: Harness;
let root: Element;

const SHEET_URL = `https://docs.google.com/spreadsheets/d/${PLAN_SHEET_ID}/edit`;

function client(): PanelClient {
  return {
    request: (message) => h.service.handle(message),
    onEvent: () => () => undefined,
  };
}

const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);

function mount() {
  root = render(
    <App
      locale="en"
      client={client()}
      newId={() => 'clip-panel-0001'}
      now={() => new Date('2026-03-10T14:05:00Z')}
    />,
  ).container;
}

beforeEach(async () => {
  fakeBrowser.reset();
  h = await backgroundHarness();
});

afterEach(cleanup);

describe('reading the policy', () => {
  it.each([
    [{ language: 'fr' }, { language: 'fr' }],
    [{ language: 'de' }, {}],
    [{ planSpreadsheet: `  ${SHEET_URL} ` }, { planSpreadsheet: SHEET_URL }],
    [
      { planSpreadsheet: '', privacyReminder: 'No student names (policy 5.3).' },
      { privacyReminder: 'No student names (policy 5.3).' },
    ],
    [{ planEndpoint: 42, language: 'en' }, { language: 'en' }],
    [null, {}],
  ])('%j reads as %j', (raw, expected) => {
    expect(parsePolicy(raw)).toEqual(expected);
  });

  it('keeps every valid field whatever else the administrator typed (generated policies)', () => {
    const random = seeded(12);
    const junk = [42, '', null, ['x'], { a: 1 }, 'x'.repeat(3000), true];
    for (let i = 0; i < 300; i++) {
      const good = {
        language: random() < 0.5 ? 'en' : 'fr',
        privacyReminder: `Reminder ${i}`,
        planEndpoint: `http://127.0.0.1:${8000 + i}/exec`,
      };
      const raw: Record<string, unknown> = {};
      const kept: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(good)) {
        if (random() < 0.5) {
          raw[key] = value;
          kept[key] = value;
        } else raw[key] = junk[Math.floor(random() * junk.length)];
      }
      raw.unknownField = 'ignored';
      expect(parsePolicy(raw)).toEqual(kept);
    }
  });

  it('allows only the preset plan, by address or id', () => {
    const policy = { planSpreadsheet: SHEET_URL, planEndpoint: ENDPOINT };
    expect(allowedByPolicy(policy, { spreadsheet: PLAN_SHEET_ID })).toBe(true);
    expect(allowedByPolicy(policy, { spreadsheet: `${SHEET_URL}#gid=7` })).toBe(true);
    expect(allowedByPolicy(policy, { spreadsheet: '1AnotherSheetOfSomeoneElse_xyz' })).toBe(false);
    expect(allowedByPolicy(policy, { endpoint: `${ENDPOINT}/` })).toBe(true);
    expect(allowedByPolicy(policy, { endpoint: 'https://script.google.com/macros/s/x/exec' })).toBe(
      false,
    );
    expect(allowedByPolicy({}, { endpoint: 'anything' })).toBe(true);
  });

  it('the background refuses a code for another endpoint than the preset one', async () => {
    await fakeBrowser.storage.managed.set({
      planEndpoint: 'https://script.google.com/macros/s/district/exec',
    });
    expect(await h.service.handle({ type: 'pairing/connect', code: pairingCode() })).toMatchObject({
      ok: false,
      error: { code: 'not-district-plan' },
    });
  });
});

describe('the panel under a district policy', () => {
  it('shows the preset spreadsheet locked, "Set by your district", and hides the code form', async () => {
    await fakeBrowser.storage.managed.set({ planSpreadsheet: SHEET_URL });
    mount();
    const field = await waitFor(() => shown($<HTMLInputElement>('#plan-spreadsheet')));
    expect(field.value).toBe(SHEET_URL);
    expect(field.readOnly).toBe(true);
    expect($('#plan-spreadsheet-lock')?.textContent).toContain('Set by your district');
    expect($('#pairing-code')).toBeNull();
  });

  it('follows a policy change while open: language, lock and reminder, with no restart', async () => {
    mount();
    await waitFor(() => shown($('#pairing-code')));
    expect($('#plan-spreadsheet')?.hasAttribute('readonly')).toBe(false);
    expect($<HTMLSelectElement>('#language')?.disabled).toBe(false);
    await act(() =>
      fakeBrowser.storage.managed.set({ language: 'fr', planSpreadsheet: SHEET_URL }),
    );
    await waitFor(() => shown($('#language-lock')));
    expect($('h2')?.textContent).toBe('Connexion avec Google');
    expect($<HTMLSelectElement>('#language')?.disabled).toBe(true);
    expect($('#language-lock')?.textContent).toContain('Défini par votre district');
    expect($<HTMLInputElement>('#plan-spreadsheet')?.value).toBe(SHEET_URL);
    expect(document.documentElement.lang).toBe('fr');
  });

  it('the coach’s own language choice applies where the district left it free', async () => {
    mount();
    const select = await waitFor(() => shown($<HTMLSelectElement>('#language')));
    fireEvent.change(select, { target: { value: 'fr' } });
    await waitFor(() =>
      shown(
        $('#pairing-code') && $('h2')?.textContent === 'Connectez-vous au plan de votre district',
      ),
    );
  });

  it('the district’s privacy reminder replaces ours above the clip form', async () => {
    await fakeBrowser.storage.managed.set({
      privacyReminder: 'Never name a student (district rule 5.3).',
    });
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    mount();
    const reminder = await waitFor(() => shown($('.district-reminder')));
    expect(reminder.textContent).toContain('Never name a student (district rule 5.3).');
    expect(reminder.textContent).toContain('Set by your district');
  });
});

describe('first run', () => {
  it.each([
    { byPolicy: true, outcome: 'skipped', opened: 0 },
    { byPolicy: false, outcome: 'welcomed', opened: 1 },
  ])('installed by policy: $byPolicy → $outcome', async ({ byPolicy, outcome, opened }) => {
    let pages = 0;
    const result = await welcomeOnFirstInstall({
      installedByPolicy: async () => byPolicy,
      openWelcome: async () => void pages++,
    });
    expect(result).toBe(outcome);
    expect(pages).toBe(opened);
  });
});
