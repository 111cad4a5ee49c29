// Generated plans written as real .xlsx files (formats, merges, hidden columns, bold) and read back
// by the CLI's file reader: the plan read from the file is the plan read from the tables, so what
// the reader weighs (hidden columns, bold objective rows) survives the trip through Excel's format.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/read-plan';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { comparePlan, generatePlan } from '../plan-generator/index';
import { writePlanXlsx } from '../plan-generator/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'tl-generated-'));

/** Seeds whose plans hide a column or mark objectives in bold, among those the reader reads right. */
function seedsWith(features: string[], count: number): number[] {
  const seeds: number[] = [];
  for (let seed = 1; seeds.length < count && seed < 2000; seed++) {
    const plan = generatePlan(seed);
    if (!plan.features.some((f) => features.includes(f))) continue;
    const reading = readPlan(plan.sheets);
    if (reading.ok && comparePlan(reading.plan, plan.expected).length === 0) seeds.push(seed);
  }
  return seeds;
}

describe('generated plans through a real .xlsx file', () => {
  it.each(seedsWith(['columns:hidden-duplicate', 'layout:objective-rows-bold'], 12))(
    'seed %i reads the same from the file as from the tables',
    async (seed) => {
      const plan = generatePlan(seed);
      const file = join(dir, `plan-${seed}.xlsx`);
      await writePlanXlsx(plan, file);
      const read = await readWorkbookFile(file);
      if (!read.ok) throw new Error(read.error.code);
      const hidden = plan.sheets.flatMap((s) => s.hiddenColumns ?? []);
      if (hidden.length > 0)
        expect(read.sheets.flatMap((s) => s.hiddenColumns ?? [])).toEqual(
          expect.arrayContaining(hidden),
        );
      const reading = readPlan(read.sheets);
      if (!reading.ok) throw new Error(reading.error.message.en);
      expect(comparePlan(reading.plan, plan.expected)).toEqual([]);
    },
  );
});
