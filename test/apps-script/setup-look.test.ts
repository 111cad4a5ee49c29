// Set up reads what the values alone cannot say — which columns the coordinator hid — so a hidden
// copy of a column (last year's targets kept beside this year's) never becomes the plan's column,
// and the map Set up saves carries that choice to every refresh.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { newCallLog } from './fake/call-log';
import { ensureBuilt } from './fake/ensure-built';
import { FakeSpreadsheet } from './fake/fake-spreadsheet';
import { builtFiles, loadAddon } from './fake/load-addon';
import { confirmSetup } from './fixtures/confirm-setup';

beforeAll(ensureBuilt);

const FIELDS = ['baseline', 'target', 'current'] as const;
const HEADER: Record<(typeof FIELDS)[number], string> = {
  baseline: 'Baseline',
  target: 'Target',
  current: 'Current',
};

/** A plan whose `field` column appears twice with the same header: the first copy hidden, with other numbers. */
function plan(field: (typeof FIELDS)[number], hiddenFirst: boolean): FakeSpreadsheet {
  const manifest = JSON.parse(builtFiles().get('appsscript.json') ?? '{}') as {
    oauthScopes: string[];
  };
  const spreadsheet = new FakeSpreadsheet(newCallLog(manifest.oauthScopes), 'en_US');
  const columns = ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Due'];
  const at = columns.indexOf(HEADER[field]);
  const header = [...columns.slice(0, at), HEADER[field], ...columns.slice(at)];
  const rows: CellValue[][] = [header];
  for (let i = 0; i < 4; i++) {
    const real = { Baseline: 20 + i, Target: 60 + i, Current: 35 + i };
    const stale = { Baseline: 2 + i, Target: 9 + i, Current: 4 + i };
    const value = (h: string, copy: boolean) =>
      h in real ? (copy ? stale : real)[h as keyof typeof real] : null;
    rows.push(
      header.map((h, c) =>
        c === 0
          ? 'Number sense'
          : c === 1
            ? `Key result ${i + 1}`
            : h === 'Due'
              ? '2027-06-30'
              : value(h, hiddenFirst ? c === at : c === at + 1),
      ),
    );
  }
  const sheet = spreadsheet.seed('Plan', rows);
  sheet.hideColumns((hiddenFirst ? at : at + 1) + 1);
  return spreadsheet;
}

describe('Set up reads which columns are hidden', () => {
  it.each(FIELDS.flatMap((field) => [true, false].map((hiddenFirst) => ({ field, hiddenFirst }))))(
    'a hidden copy of $field (hidden first: $hiddenFirst) is never the plan’s column, in Set up or after refresh',
    ({ field, hiddenFirst }) => {
      const spreadsheet = plan(field, hiddenFirst);
      const addon = loadAddon({
        now: '2027-01-15T15:00:00Z',
        locale: 'en_US',
        world: { spreadsheet },
      });
      const { state, saved } = confirmSetup(addon.call);
      const sheet = spreadsheet.sheet('Plan')!;
      const visible = (col: number) => !sheet.isColumnHiddenByUser(col + 1);
      expect(saved.ok).toBe(true);
      if (field === 'current') {
        // Two "Current" columns are a series; its hidden copy is left out of it.
        const { series } = (state as unknown as { structure: { series: number[] } }).structure;
        expect(series).toHaveLength(1);
        expect(series.every(visible)).toBe(true);
        return;
      }
      const chosen = state.fields.find((f) => f.field === field)?.column;
      expect(chosen).not.toBeNull();
      expect(visible(chosen as number)).toBe(true);
      addon.call('refreshDashboard');
      const after = addon.call('getSetupState') as { fields: { field: string; column: number }[] };
      expect(after.fields.find((f) => f.field === field)?.column).toBe(chosen);
    },
  );
});
