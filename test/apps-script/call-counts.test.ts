import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { countCalls } from './fake/call-log';
import { NOW } from './fixtures/plan-simple-world';
import { SPREADSHEET_SERVICES, largeSpreadsheet, setUpAndResetCounts } from './fixtures/large-world';

beforeAll(ensureBuilt);

/** SpreadsheetApp calls of one menu refresh, per service method. */
function refreshCalls(evidence: number) {
  const spreadsheet = largeSpreadsheet({ keyResults: 40, schools: 200, evidence });
  const addon = loadAddon({ now: NOW, world: { spreadsheet } });
  setUpAndResetCounts(addon, spreadsheet);
  addon.call('refreshDashboard');
  const byMethod = Object.fromEntries([...spreadsheet.log.counts].filter(([name]) => SPREADSHEET_SERVICES.some((p) => name.startsWith(p))));
  return { total: countCalls(spreadsheet.log, SPREADSHEET_SERVICES), byMethod, spreadsheet };
}

describe('batched reads and writes', () => {
  it('makes the same SpreadsheetApp calls for 10 and 5,000 evidence rows (40 key results, 200 schools)', () => {
    const small = refreshCalls(10);
    const large = refreshCalls(5_000);
    // Growing a generated tab past its 1,000 rows is one call per tab, whatever its length.
    const { 'Sheet.insertRowsAfter': smallGrowth = 0, ...smallRest } = small.byMethod;
    const { 'Sheet.insertRowsAfter': largeGrowth = 0, ...largeRest } = large.byMethod;
    expect(largeRest).toEqual(smallRest);
    expect(Math.max(smallGrowth, largeGrowth)).toBeLessThanOrEqual(2);
    expect(small.total).toBeLessThan(300); // about half of it: reading the 40 key-result ids from row metadata
    expect(small.byMethod['Range.getValues']).toBe(5); // plan, Schools, Evidence, Check-ins, Supports: one read each
    expect(small.byMethod['Range.setValues']).toBe(2); // Dashboard and Summary: one write each
    expect(large.spreadsheet.sheet('Dashboard')?.cells.length).toBeGreaterThan(200);
  }, 60_000); // 5,000 rows through the counting fakes: seconds, not a timing test
});
