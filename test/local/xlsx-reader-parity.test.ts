// The CLI and local mode read .xlsx files with their own reader (local/xlsx-read-*), no longer
// through exceljs. Every workbook we have — the fixtures, hundreds of generated plans, the
// hand-shaped plans, the demo workbook and hundreds of random raw workbooks holding every kind of
// cell, style, merge and link — must read into the very tables exceljs's reading gave.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SheetTable } from '../../shared/cells';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { buildDemoWorkbook } from '../../local/server/demo/build-demo-workbook';
import { generatePlan } from '../plan-generator/index';
import { writePlanXlsx } from '../plan-generator/xlsx';
import { writeWorkbook } from './read-workbook-helpers';
import { exceljsTables, randomRawWorkbook, rawXlsx } from './raw-xlsx';
import * as unseen from './unseen-plan-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'tl-parity-'));
const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures');

/** Tables with Dates and NaN spelled out, so an invalid Date or a NaN compares equal to itself. */
function comparable(tables: SheetTable[] | 'unreadable'): unknown {
  if (tables === 'unreadable') return tables;
  return JSON.parse(
    JSON.stringify(tables, function (key, value) {
      const raw = (this as Record<string, unknown>)[key];
      if (raw instanceof Date)
        return Number.isNaN(raw.getTime()) ? 'date:invalid' : `date:${value}`;
      if (typeof raw === 'number' && Number.isNaN(raw)) return 'NaN';
      return value;
    }),
  );
}

/** The tables our reader gives for a file, or 'unreadable' when it says the file is not a workbook. */
async function ourTables(path: string): Promise<SheetTable[] | 'unreadable'> {
  const read = await readWorkbookFile(path);
  return read.ok ? read.sheets : 'unreadable';
}

/** Files whose tables differ between the two readers (empty when they all agree). */
async function differing(paths: string[]): Promise<string[]> {
  const differ: string[] = [];
  for (const path of paths) {
    const ours = comparable(await ourTables(path));
    const theirs = comparable(await exceljsTables(path));
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(path);
  }
  return differ;
}

describe('our .xlsx reader gives the tables exceljs gave', () => {
  it('on every fixture', async () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(0);
    const paths = files.map((f) => join(FIXTURES, f));
    expect(await differing(paths)).toEqual([]);
  });

  it('on 250 generated plans (formats, merges, hidden columns, bold)', async () => {
    const paths: string[] = [];
    for (let seed = 1; seed <= 250; seed++) {
      const path = join(dir, `generated-${seed}.xlsx`);
      await writePlanXlsx(generatePlan(seed), path);
      paths.push(path);
    }
    expect(await differing(paths)).toEqual([]);
  });

  it('on the hand-shaped plans and the demo workbook', async () => {
    const plans = Object.values(unseen).filter(
      (p): p is unseen.UnseenPlan => typeof p === 'object' && p !== null && 'sheets' in p,
    );
    const paths = await Promise.all(plans.map((p) => writeWorkbook(p.file, p.sheets)));
    const demo = join(dir, 'demo.xlsx');
    await buildDemoWorkbook('2026-01-15').xlsx.writeFile(demo);
    expect(await differing([...paths, demo])).toEqual([]);
  });

  it('on 300 random raw workbooks, as other programs write them', async () => {
    const paths: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const path = join(dir, `raw-${seed}.xlsx`);
      writeFileSync(path, await rawXlsx(randomRawWorkbook(seed)));
      paths.push(path);
    }
    expect(await differing(paths)).toEqual([]);
  });
});
