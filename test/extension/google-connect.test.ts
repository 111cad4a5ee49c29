import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelState } from '../../extension/lib/replies';
import { COACH_EMAIL, COACH_NAME, PLAN_SHEET_ID } from '../google-fake/plan-spreadsheet';
import { googleHarness } from './google-harness';

type Harness = Awaited<ReturnType<typeof googleHarness>>;
let h: Harness;

const sheetUrl = `https://docs.google.com/spreadsheets/d/${PLAN_SHEET_ID}/edit#gid=0`;

async function connect(spreadsheet = sheetUrl) {
  return (await h.service.handle({ type: 'google/connect', spreadsheet })) as
    | { ok: true; state: PanelState }
    | { ok: false; error: { code: string } };
}

beforeEach(async () => {
  fakeBrowser.reset();
  h = await googleHarness();
});

describe('Sign in with Google', () => {
  it('signs in, reads the catalog from the plan tab and Schools, and shows who is connected', async () => {
    const reply = await connect();
    expect(reply.ok).toBe(true);
    const state = (reply as { state: PanelState }).state;
    expect(state.pairing).toMatchObject({
      paired: true,
      via: 'google',
      plan: 'Maple District Math Plan 2025-26',
      coach: COACH_NAME,
      email: COACH_EMAIL,
      problem: null,
    });
    expect(state.catalog?.objectives.map((o) => o.title)).toEqual([
      'Deepen understanding of fractions',
      'High-depth PLC work',
    ]);
    expect(state.catalog?.schools.map((s) => s.name)).toEqual(['Cedar Elementary', 'Birch Middle']);
    expect(h.flows).toEqual([{ interactive: true }]);
    // One metadata read and one batchGet for the catalog: the plan tab and Schools together.
    const reads = h.google.log.map((r) => `${r.method} ${r.path.split('/').slice(4).join('/')}`);
    expect(reads).toEqual(['GET ', 'GET values:batchGet']);
    expect(h.google.log[1].query.getAll('ranges')).toEqual(["'2025-26 Plan'", "'Schools'"]);
  });

  it.each([
    { pasted: 'not a sheet', code: 'not-a-sheet' },
    {
      pasted: 'https://docs.google.com/document/d/1abcdefghijklmnopqrstuvwxyz/edit',
      code: 'not-a-sheet',
    },
    {
      pasted: 'https://docs.google.com/spreadsheets/d/1SomeoneElsesSheet_abcdefghijk/edit',
      code: 'sheet-gone',
    },
  ])('refuses $pasted with $code, and stays unconnected', async ({ pasted, code }) => {
    expect(await connect(pasted)).toMatchObject({ ok: false, error: { code } });
    expect(((await h.service.handle({ type: 'panel/state' })) as PanelState).pairing.paired).toBe(
      false,
    );
  });

  it('says the sheet is not shared with the coach (403) in its own code', async () => {
    h.google.spreadsheets.get(PLAN_SHEET_ID)?.sharedWith.clear();
    expect(await connect()).toMatchObject({ ok: false, error: { code: 'no-access' } });
  });

  it('a coach who closes Google’s window is not connected', async () => {
    h.google.signedIn = null;
    expect(await connect()).toMatchObject({ ok: false, error: { code: 'sign-in-cancelled' } });
  });

  it('accepts the bare spreadsheet id as well as its address', async () => {
    expect((await connect(PLAN_SHEET_ID)).ok).toBe(true);
  });
});
