/**
 * Generated sequences of what coordinators do with the installed add-on — Set up, Settings on and
 * off, opening, refreshing, hours passing — in two spreadsheets, by two coordinators: whatever the
 * order, Google's add-on limits are never hit (the fake throws if they are) and each coordinator
 * has, in each spreadsheet, one hourly and one open trigger exactly when the refresh is on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './fake/ensure-built';
import type { FakeTrigger } from './fake/fake-services';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import { confirmSetup } from './fixtures/confirm-setup';
import { NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';

beforeAll(ensureBuilt);

const USERS = ['coordinator@district.example', 'co.coordinator@district.example'];
const DOCS = ['plan-sheet-1', 'plan-sheet-2'];

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function lcg(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

function worlds(triggers: FakeTrigger[]): LoadedAddon[] {
  return DOCS.map((id) => {
    const spreadsheet = planSimpleSpreadsheet();
    spreadsheet.id = id;
    spreadsheet.sharing.editors.push(...USERS);
    return loadAddon({ now: NOW, project: 'addon', world: { spreadsheet, triggers } });
  });
}

describe('trigger limits under any order of actions', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'holds for generated sequence %i',
    (seed) => {
      const pick = lcg(seed);
      const triggers: FakeTrigger[] = [];
      const addons = worlds(triggers);
      const expected = new Map<string, boolean>(); // `${user} ${doc}` → refresh on
      for (let step = 0; step < 20; step++) {
        const d = pick(DOCS.length);
        const addon = addons[d];
        addon.world.spreadsheet.sharing.user = USERS[pick(USERS.length)];
        const key = `${addon.world.spreadsheet.sharing.user} ${DOCS[d]}`;
        const action = pick(5);
        if (action === 0) {
          addon.install();
          confirmSetup(addon.server, { protect: false });
          expected.set(key, true);
        } else if (action === 1) {
          const on = pick(2) === 0;
          addon.server('saveSettings', { autoRefresh: on });
          expected.set(key, on);
        } else if (action === 2) addon.open();
        else if (action === 3) addon.passHours(1 + pick(3));
        else addon.server('refreshDashboard');
        for (const user of USERS)
          for (const doc of DOCS) {
            const mine = triggers.filter((t) => t.user === user && t.document === doc);
            const on = expected.get(`${user} ${doc}`) ?? false;
            expect(mine.map((t) => t.kind).sort(), `step ${step}: ${user} in ${doc}`).toEqual(
              on ? ['hourly', 'open'] : [],
            );
          }
      }
    },
    20_000,
  );
});
