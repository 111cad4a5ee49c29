// A coach signed in with Google reads the plan as the coordinator set it up: the map and key-result
// ids Set up published on the spreadsheet as developer metadata (spreadsheets.get, no extra request),
// not the reader's guess — here the coordinator confirmed the board's wording as the key result where
// the reader takes the short labels, and the ids are the add-on's (kept across a reword). Without a
// published setup the panel says the coordinator has not run Set up.
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlanHeader } from '../../extension/components/PlanHeader';
import { readSheetCatalog } from '../../extension/lib/google-catalog';
import type { PanelState } from '../../extension/lib/replies';
import { keyResultIdFor } from '../../shared/key-result-id';
import type { Locale } from '../../shared/messages';
import {
  BOARD_ROWS,
  BOARD_SETUP,
  COACH_EMAIL,
  PLAN_SHEET_ID,
  boardId,
  boardWordingPlanTab,
  evidenceRecords,
  evidenceTab,
  publishedMetadata,
  schoolsTab,
  type PublishedSetup,
} from '../google-fake/plan-spreadsheet';
import { evidenceItem, googleHarness } from './google-harness';

const tabs = () => [boardWordingPlanTab(), schoolsTab(), evidenceTab()];

async function harness(setUp: PublishedSetup, locale?: string) {
  const h = await googleHarness(tabs(), locale);
  const sheet = h.google.spreadsheets.get(PLAN_SHEET_ID);
  if (sheet) sheet.developerMetadata = publishedMetadata(sheet.sheets, setUp);
  h.google.consented.add(COACH_EMAIL); // signed in before
  return h;
}

const keyResults = (state: { catalog?: PanelState['catalog'] }) =>
  (state.catalog?.objectives ?? []).flatMap((o) => o.keyResults.map((kr) => [kr.id, kr.title]));

async function connect(h: Awaited<ReturnType<typeof harness>>) {
  const reply = (await h.service.handle({
    type: 'google/connect',
    spreadsheet: PLAN_SHEET_ID,
  })) as {
    ok: boolean;
    state: PanelState;
  };
  expect(reply.ok).toBe(true);
  return reply.state;
}

/** The header the panel shows for this state, as text. */
function header(state: PanelState, locale: Locale = 'en'): string {
  const root = document.createElement('div');
  if (!state.pairing.paired) throw new Error('not connected');
  render(
    <PlanHeader
      locale={locale}
      pairing={state.pairing}
      offlineSince={null}
      noCatalog={false}
      onDisconnect={() => undefined}
      onSignIn={() => undefined}
    />,
    root,
  );
  return root.textContent ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the catalog of a plan the coordinator set up', () => {
  it('lists the key results the coordinator confirmed, with the add-on ids', async () => {
    const h = await harness(BOARD_SETUP);
    const read = await readSheetCatalog(h.client, PLAN_SHEET_ID, 'Alex Martin');
    expect(read.ok && read.value.reading).toBe('confirmed');
    expect(read.ok && keyResults(read.value)).toEqual(
      BOARD_ROWS.map((row, i) => [boardId(i), row[2]]),
    );
    // Still one spreadsheets.get (asking for the developer metadata) and one batchGet.
    expect(h.google.log.map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(h.google.log[0].query.get('fields')).toContain('developerMetadata');
  });

  it('is the reader’s guess when nothing was published, and the header says so', async () => {
    const h = await harness(null);
    const state = await connect(h);
    expect(keyResults(state)).toEqual(
      BOARD_ROWS.map((row) => [keyResultIdFor(row[0], row[1]), row[1]]),
    );
    expect(header(state)).toContain('Your coordinator has not run Set up on this plan sheet yet');
    expect(header(state, 'fr')).toContain(
      'Votre coordonnateur ou coordonnatrice n’a pas encore lancé la configuration',
    );
  });

  it('says nothing of the kind once the coordinator has set it up', async () => {
    const state = await connect(await harness(BOARD_SETUP));
    expect(header(state)).not.toContain('has not run Set up');
    expect(keyResults(state).map(([, title]) => title)).toEqual(BOARD_ROWS.map((row) => row[2]));
  });

  it.each([
    {
      case: 'metadata only the add-on’s own project sees (PROJECT visibility)',
      change: (m: { visibility: string }) => {
        m.visibility = 'PROJECT';
      },
    },
    {
      case: 'a map naming a tab that was since deleted',
      change: (m: { metadataKey: string; metadataValue: string }) => {
        if (m.metadataKey === 'throughline.mapping')
          m.metadataValue = m.metadataValue.replace('2025-26 Plan', 'Old plan');
      },
    },
    {
      case: 'a map written by a newer version',
      change: (m: { metadataKey: string; metadataValue: string }) => {
        if (m.metadataKey === 'throughline.mapping')
          m.metadataValue = m.metadataValue.replace('{"v":2,"data"', '{"v":9,"data"');
      },
    },
  ])('falls back to the guess with $case', async ({ change }) => {
    const h = await harness(BOARD_SETUP);
    for (const m of h.google.spreadsheets.get(PLAN_SHEET_ID)?.developerMetadata ?? [])
      change(m as never);
    const read = await readSheetCatalog(h.client, PLAN_SHEET_ID, 'Alex Martin');
    expect(read.ok && read.value.reading).toBe('guessed');
    expect(read.ok && keyResults(read.value).map(([, title]) => title)).toEqual(
      BOARD_ROWS.map((row) => row[1]),
    );
  });
});

describe('clips of a coach signed in with Google', () => {
  it('land under the confirmed key result with the add-on id', async () => {
    const h = await harness(BOARD_SETUP);
    const state = await connect(h);
    const [id, title] = keyResults(state)[1];
    const item = evidenceItem('clip-board-0001', {
      keyResultId: id,
      quote: 'Grade 5 team co-planned the fractions unit.',
    });
    await h.service.handle({ type: 'clip/save', item });
    await h.service.flush(false);
    expect(evidenceRecords(h.google)).toMatchObject([
      { 'Clip ID': 'clip-board-0001', 'Key result ID': boardId(1), 'Key result': title },
    ]);
    expect(title).toBe(BOARD_ROWS[1][2]);
  });
});
