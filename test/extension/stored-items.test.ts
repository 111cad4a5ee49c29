/**
 * Records a coach's browser already holds keep working after an update: version 1 stored each
 * record with `v: 1` inside it; the storage items (WXT `version` + `migrations`) upgrade them to
 * today's shape when the extension starts, and the panel then shows what the coach had.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EVIDENCE_TYPES, IMPLEMENTATION_STAGES } from '../../shared/evidence-vocabulary';
import { cachedCatalogItem } from '../../extension/lib/catalog-cache';
import { lastChoicesItem, loadLastChoices } from '../../extension/lib/last-choices';
import { connectionItem, loadGoogleConnection } from '../../extension/lib/google-connection';
import { pairingItem } from '../../extension/lib/pairing-store';
import { pick, seeded } from '../shared/seeded-random';
import { CATALOG, ENDPOINT, SECRET } from './fake-endpoint';
import { backgroundHarness } from './service-harness';

/** Writes a value as version 1 wrote it: the record with `v: 1`, no version beside it. */
async function storeAsVersion1(key: string, record: Record<string, unknown>) {
  await fakeBrowser.storage.local.set({ [key]: { v: 1, ...record } });
}

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => fakeBrowser.reset());

describe('records stored by version 1', () => {
  const pairing = {
    endpoint: ENDPOINT,
    secret: SECRET,
    plan: 'Maple District Math Plan 2025-26',
    coach: 'Alex Martin',
    pairedAt: 1,
    needsRepair: false,
  };
  const catalog = { endpoint: ENDPOINT, fetchedAt: 5, catalog: CATALOG };
  const choices = {
    keyResultId: 'kr-explain',
    school: 'Birch Middle',
    practice: 'Using representations',
    type: 'student-work',
    stage: 'mechanical',
  };

  it('a connection code, a cached catalog and the last choices are upgraded in place', async () => {
    await storeAsVersion1('pairing', pairing);
    await storeAsVersion1('catalog', catalog);
    await storeAsVersion1('lastChoices', choices);
    for (const item of [pairingItem, cachedCatalogItem, lastChoicesItem]) await item.migrate();
    expect(await stored('pairing')).toEqual(pairing);
    expect(await stored('catalog')).toEqual(catalog);
    expect(await stored('lastChoices')).toEqual(choices);
    for (const key of ['pairing', 'catalog', 'lastChoices'])
      expect(await stored(`${key}$`)).toEqual({ v: 2 });
  });

  it('the panel shows the plan, its catalog and the last choices the coach had', async () => {
    const h = await backgroundHarness();
    await storeAsVersion1('pairing', pairing);
    await storeAsVersion1('catalog', catalog);
    await storeAsVersion1('lastChoices', choices);
    for (const item of [pairingItem, cachedCatalogItem, lastChoicesItem]) await item.migrate();
    const state = await h.service.handle({ type: 'panel/state' });
    expect(state.pairing).toMatchObject({ paired: true, plan: pairing.plan, coach: pairing.coach });
    expect(state.catalog?.schools.map((s) => s.name)).toEqual(['Cedar Elementary', 'Birch Middle']);
    expect(state.choices).toMatchObject({ school: 'Birch Middle', stage: 'mechanical' });
  });

  it('generated last choices read the same after the upgrade (200 seeded records)', async () => {
    const random = seeded(10);
    for (let i = 0; i < 200; i++) {
      fakeBrowser.reset();
      const generated = {
        keyResultId: `kr-${Math.floor(random() * 1000)}`,
        school: pick(random, ['Birch Middle', 'École Érable', '', 'Cedar Elementary']),
        practice: pick(random, ['Using representations', 'Discours mathématique', '']),
        type: pick(random, EVIDENCE_TYPES),
        stage: pick(random, [null, ...IMPLEMENTATION_STAGES]),
      };
      await storeAsVersion1('lastChoices', generated);
      await lastChoicesItem.migrate();
      expect(await loadLastChoices()).toEqual(generated);
    }
  });

  it('a record already upgraded is left as it is', async () => {
    await fakeBrowser.storage.local.set({ pairing, pairing$: { v: 2 } });
    await pairingItem.migrate();
    expect(await stored('pairing')).toEqual(pairing);
  });

  it('a Google connection (which sheet, as whom) is upgraded and read as before', async () => {
    const google = {
      spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      plan: 'Maple District Math Plan 2025-26',
      coach: 'Alex Martin',
      email: 'alex.martin@maple.example',
      evidenceTab: 'Evidence',
      connectedAt: 7,
      problem: null,
      reading: 'confirmed',
    };
    await storeAsVersion1('googleConnection', google);
    await connectionItem.migrate();
    expect(await stored('googleConnection')).toEqual(google);
    expect(await loadGoogleConnection()).toEqual(google);
  });
});
