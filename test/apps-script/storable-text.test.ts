import { beforeAll, describe, expect, it } from 'vitest';
import { decodePairingCode } from '../../shared/pairing-code';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import { loadAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { KR_ID, NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';
import { HOST_SAMPLE_SETS, type Piece } from '../shared/unstorable-text-samples';
import { confirmSetup } from './fixtures/confirm-setup';

beforeAll(ensureBuilt);

const FIELDS = [
  'quote',
  'note',
  'sourceTitle',
  'sourceUrl',
  'heading',
  'school',
  'practice',
] as const;
const col = (key: string) => EVIDENCE_TAB.columns.findIndex((c) => c.key === key);

/** Sends one clip per sample (the sample in every text field) to the built add-on's doPost; returns what each row shows. */
function storedThroughAddon(samples: Piece[]): string[][] {
  const spreadsheet = planSimpleSpreadsheet();
  const addon = loadAddon({ now: NOW, world: { spreadsheet } });
  confirmSetup(addon.call);
  const pairing = decodePairingCode(
    (addon.call('connectCoach', 'J. Singh') as { code: string }).code,
  );
  if (!pairing.ok) throw new Error('bad code');
  const items = samples.map((sample, i) => ({
    id: `clip-chars-${String(i).padStart(4, '0')}`,
    capturedAt: '2026-01-15T10:00:00Z',
    keyResultId: KR_ID.explain,
    type: 'observation',
    ...Object.fromEntries(FIELDS.map((field) => [field, sample.sent])),
  }));
  for (let i = 0; i < items.length; i += 50) {
    const body = JSON.stringify({
      v: 1,
      kind: 'clip',
      secret: pairing.pairing.secret,
      items: items.slice(i, i + 50),
    });
    const output = addon.call('doPost', { postData: { contents: body, type: 'text/plain' } }) as {
      getContent(): string;
    };
    expect(JSON.parse(output.getContent())).toMatchObject({ ok: true, rejected: [] });
  }
  const rows = spreadsheet.sheet('Evidence')!.cells.slice(1);
  return items.map((item) => {
    const row = rows.find((cells) => cells[col('id')].value === item.id)!;
    expect(row.filter((cell) => cell.formula)).toEqual([]);
    return FIELDS.map((field) => String(row[col(field)].value));
  });
}

describe('the add-on stores only characters a sheet can hold, and every legal one as typed', () => {
  it.each(HOST_SAMPLE_SETS)(
    '$name: every field is stored as its legal characters',
    ({ samples }) => {
      const sent = samples();
      expect(storedThroughAddon(sent)).toEqual(
        sent.map((sample) => FIELDS.map(() => sample.stored)),
      );
    },
  );
});
