// What Set up and the refreshes publish on the spreadsheet for coaches signed in with Google (the
// Sheets API cannot read document properties): the confirmed map and the key-result identity, as
// developer metadata any project may read, each in the core's envelope; kept current when the plan
// changes, untouched (no call) when it does not. Then both hosts on one sheet: the ids a coach's
// extension tags clips with are the add-on's, on a hand-made plan and on generated ones.
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetCatalog } from '../../extension/lib/google-catalog';
import type { Catalog } from '../../shared/protocol';
import {
  KEY_RESULTS_SETTING,
  MAPPING_SETTING,
  metadataKey,
  readSetting,
} from '../../shared/stored-settings';
import { generatePlan } from '../plan-generator/index';
import { PLAN_SHEET_ID } from '../google-fake/plan-spreadsheet';
import { countCalls } from './fake/call-log';
import { ensureBuilt } from './fake/ensure-built';
import { FakeSpreadsheet, METADATA_LOCATION_LIMIT } from './fake/fake-spreadsheet';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import { confirmSetup } from './fixtures/confirm-setup';
import { coachClient, mirrorToGoogle } from './fixtures/google-mirror';
import { KR, KR_ID, NOW, PLAN_TAB, planSimpleSpreadsheet } from './fixtures/plan-simple-world';

beforeAll(ensureBuilt);

const METADATA_CALLS = [
  'Spreadsheet.createDeveloperMetadataFinder',
  'Spreadsheet.addDeveloperMetadata',
  'DeveloperMetadataFinder.',
  'DeveloperMetadata.',
];

function published(spreadsheet: FakeSpreadsheet) {
  const entries = spreadsheet.spreadsheetMetadata();
  const value = (key: string) => entries.find((m) => m.key === key)?.value ?? null;
  return {
    entries,
    map: readSetting(MAPPING_SETTING, value(metadataKey(MAPPING_SETTING))),
    identity: readSetting(KEY_RESULTS_SETTING, value(metadataKey(KEY_RESULTS_SETTING))),
  };
}

/** The catalog the add-on serves its coaches (kept in document properties by every refresh). */
function addonCatalog(addon: LoadedAddon): Catalog {
  const props = addon.world.documentProperties;
  const chunks = Number(props.get('throughline.catalog'));
  const text = Array.from({ length: chunks }, (_, i) => props.get(`throughline.catalog.${i}`)).join(
    '',
  );
  return JSON.parse(text) as Catalog;
}

const krIds = (catalog: Catalog) =>
  catalog.objectives.flatMap((o) => o.keyResults.map((kr) => `${kr.id} ${kr.title}`));

/** The catalog a coach signed in with Google reads from the same spreadsheet. */
async function googleCatalog(
  spreadsheet: FakeSpreadsheet,
  options: { unpublished?: boolean } = {},
) {
  const google = mirrorToGoogle(spreadsheet);
  if (options.unpublished) {
    const sheet = google.spreadsheets.get(PLAN_SHEET_ID);
    if (sheet) sheet.developerMetadata = [];
  }
  const read = await readSheetCatalog(coachClient(google), PLAN_SHEET_ID, '');
  if (!read.ok) throw new Error(`no catalog: ${read.problem.code}`);
  return read.value;
}

function planTab(spreadsheet: FakeSpreadsheet) {
  const plan = spreadsheet.sheet(PLAN_TAB);
  if (!plan) throw new Error('no plan tab');
  return plan;
}

/** Types `text` over the cell holding `old` on the plan tab, as the coordinator would. */
function retype(spreadsheet: FakeSpreadsheet, old: string, text: string): void {
  const plan = planTab(spreadsheet);
  const row = plan.cells.findIndex((line) => line.some((c) => c?.value === old));
  const col = plan.cells[row].findIndex((c) => c?.value === old);
  plan.ensure(row, col).value = text;
}

function world() {
  const spreadsheet = planSimpleSpreadsheet();
  return { spreadsheet, addon: loadAddon({ now: NOW, world: { spreadsheet } }) };
}

describe('Set up publishes the confirmed map and ids on the spreadsheet', () => {
  it('as developer metadata every project may read, in the versioned envelope', () => {
    const { spreadsheet, addon } = world();
    expect(published(spreadsheet).entries).toEqual([]);
    // The coordinator says the plan has no owner column (the reader took one).
    const { saved } = confirmSetup(addon.call, { columns: { owner: null } });
    expect(saved.ok).toBe(true);
    const { entries, map, identity } = published(spreadsheet);
    expect(entries.map((m) => [m.key, m.visibility])).toEqual([
      ['throughline.mapping', 'DOCUMENT'],
      ['throughline.keyResults', 'DOCUMENT'],
    ]);
    expect(map?.setBy).toBe('coordinator');
    expect(map?.columns.owner).toBeUndefined();
    expect(map?.sheet).toBe(PLAN_TAB);
    expect(identity?.keyResults.map(([id]) => id)).toEqual(Object.values(KR_ID));
  });

  it('keeps them current when a refresh finds the plan changed, and makes no call when it did not', () => {
    const { spreadsheet, addon } = world();
    confirmSetup(addon.call);
    const before = countCalls(spreadsheet.log, METADATA_CALLS);
    addon.call('refreshDashboard');
    expect(countCalls(spreadsheet.log, METADATA_CALLS)).toBe(before);
    // The coordinator rewords a key result in the plan tab: it keeps its id, under its new words.
    const reworded = 'Co-planning cycles completed with grade 6-8 math teachers';
    retype(spreadsheet, KR.coPlanning, reworded);
    addon.call('refreshDashboard');
    expect(countCalls(spreadsheet.log, METADATA_CALLS)).toBeGreaterThan(before);
    const kept = published(spreadsheet).identity?.keyResults.find(
      ([id]) => id === KR_ID.coPlanning,
    );
    expect(kept?.[2]).toBe(reworded);
    expect(published(spreadsheet).entries).toHaveLength(2);
  });

  it('puts back what was removed when Set up is run again', () => {
    const { spreadsheet, addon } = world();
    confirmSetup(addon.call);
    const first = published(spreadsheet).entries;
    spreadsheet.metadata = spreadsheet.metadata.filter((m) => m.key !== 'throughline.mapping');
    confirmSetup(addon.call);
    const byKey = (entries: typeof first) =>
      [...entries].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(published(spreadsheet).entries)).toEqual(byKey(first));
  });

  /** The plan-simple spreadsheet with `count` more key results of long wordings. */
  function longPlan(count: number): FakeSpreadsheet {
    const spreadsheet = planSimpleSpreadsheet();
    const plan = planTab(spreadsheet);
    const header = plan.cells[0].map((c) => c?.value);
    const titleCol = header.indexOf('Key Result');
    const objectiveCol = header.indexOf('Objective');
    for (let i = 0; i < count; i++) {
      const r = plan.cells.length;
      plan.ensure(r, objectiveCol).value = `Objective ${i % 3}`;
      plan.ensure(r, titleCol).value =
        `Key result number ${i}: ${'share of classrooms where students explain and justify '.repeat(3)}`;
    }
    return spreadsheet;
  }

  it('fits what one location may hold for hundreds of long key results, wordings cut', () => {
    const spreadsheet = longPlan(400);
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    expect(confirmSetup(addon.call).saved.ok).toBe(true);
    const { entries, identity } = published(spreadsheet);
    const size = entries.reduce((sum, m) => sum + m.key.length + m.value.length, 0);
    expect(size).toBeLessThanOrEqual(METADATA_LOCATION_LIMIT);
    expect(identity?.keyResults.length).toBeGreaterThanOrEqual(400);
    expect(identity?.kept).toBeLessThan(100);
    // What the add-on notes of it fits a document property (9 KB a value): a fingerprint.
    expect(addon.world.documentProperties.get('throughline.published')?.length).toBeLessThan(40);
  }, 30_000); // 400 key results through the counting fakes: seconds on a busy machine

  it('publishes the map alone when even cut wordings cannot fit, and the Dashboard is built', () => {
    const spreadsheet = longPlan(900);
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    expect(confirmSetup(addon.call).saved.ok).toBe(true);
    const { entries, map } = published(spreadsheet);
    expect(entries.map((m) => m.key)).toEqual(['throughline.mapping']);
    expect(map?.setBy).toBe('coordinator');
    expect(spreadsheet.sheet('Dashboard')).toBeDefined();
  }, 60_000);
});

describe('a coach signed in with Google tags clips with the add-on ids', () => {
  it('after a reword, where the guess alone would give a new id', async () => {
    const { spreadsheet, addon } = world();
    confirmSetup(addon.call);
    retype(spreadsheet, KR.explain, `${KR.explain} or a model`);
    addon.call('refreshDashboard');
    const read = await googleCatalog(spreadsheet);
    expect(read.reading).toBe('confirmed');
    expect(krIds(read.catalog)).toEqual(krIds(addonCatalog(addon)));
    expect(krIds(read.catalog)[0]).toBe(`${KR_ID.explain} ${KR.explain} or a model`);
  });

  it('on generated plans, set up then reworded: the same key results with the same ids', async () => {
    const differing: number[] = [];
    let compared = 0;
    let guessDiffers = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const generated = generatePlan(seed);
      const spreadsheet = new FakeSpreadsheet(
        planSimpleSpreadsheet().log,
        generated.language === 'fr' ? 'fr_CA' : 'en_US',
      );
      for (const table of generated.sheets) spreadsheet.seedTable(table);
      const addon = loadAddon({ now: `${generated.today}T15:00:00Z`, world: { spreadsheet } });
      if (!confirmSetup(addon.call).saved.ok) continue;
      rewordFirstKeyResult(spreadsheet);
      addon.call('refreshDashboard');
      compared++;
      const read = await googleCatalog(spreadsheet);
      const expected = addonCatalog(addon);
      if (
        read.reading !== 'confirmed' ||
        JSON.stringify(krIds(read.catalog)) !== JSON.stringify(krIds(expected))
      )
        differing.push(seed);
      const guessed = await googleCatalog(spreadsheet, { unpublished: true });
      if (JSON.stringify(krIds(guessed.catalog)) !== JSON.stringify(krIds(expected)))
        guessDiffers++;
    }
    expect(compared).toBeGreaterThan(30);
    // Without what Set up published, the reword alone gives most plans a key result under a new id.
    expect(guessDiffers).toBeGreaterThan(compared / 2);
    expect(differing, `seeds whose ids differ: ${differing.join(', ')}`).toEqual([]);
  }, 120_000);
});

/** Adds words to the first key result's wording in its cell (as the published map locates it). */
function rewordFirstKeyResult(spreadsheet: FakeSpreadsheet): void {
  const { map, identity } = published(spreadsheet);
  const first = identity?.keyResults[0];
  const col = map?.columns.keyResult;
  const sheet = map && spreadsheet.sheet(map.sheet);
  if (!first || col === undefined || !sheet) return;
  const cell = sheet.cells[first[3]]?.[col];
  if (cell && typeof cell.value === 'string' && cell.value.trim())
    cell.value = `${cell.value} this year`;
}
