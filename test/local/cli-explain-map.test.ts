// `inspect --explain` shows what the reader understood; `--map FILE` reads the plan with a PlanMap a
// coordinator corrected (taken from `inspect --json`), and a corrected map beats the guess.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../local/cli/cli-inspect';

const FIXTURES = join(__dirname, '../../../shared/fixtures');
const base = { today: '2026-01-15', json: false, locale: 'en' as const };
const dir = mkdtempSync(join(tmpdir(), 'tl-map-'));

async function run(options: Parameters<typeof inspect>[0]): Promise<string> {
  const result = await inspect(options);
  if (!result.ok) throw new Error(result.message);
  return result.output;
}

describe('inspect --explain', () => {
  it('names the tab, each column with its header, the rows skipped and the key results as read', async () => {
    const out = await run({ ...base, file: join(FIXTURES, 'plan-messy.xlsx'), explain: true });
    expect(out).toContain("Plan tab: '2025-26 Plan', header on row 4");
    expect(out).toMatch(/Baseline\s+D {2}"Start value"/);
    expect(out).toMatch(/Current value\s+F {2}"Now"/);
    expect(out).toContain('Rows not read as key results:');
    expect(out).toContain('42% → 48% → 60% · 2026-06-19');
  });

  it('speaks French with --lang fr', async () => {
    const out = await run({
      ...base,
      locale: 'fr',
      file: join(FIXTURES, 'plan-french.xlsx'),
      explain: true,
    });
    expect(out).toContain('Onglet du plan');
    expect(out).toContain('Colonnes\u00a0:');
    expect(out).toMatch(/Point de départ\s+[A-Z]+ {2}"/);
  });
});

describe('inspect --map', () => {
  it('reads the plan with a corrected map: the coordinator moves "current" to another column and it wins', async () => {
    const report = JSON.parse(
      await run({ ...base, json: true, explain: true, file: join(FIXTURES, 'plan-simple.xlsx') }),
    );
    const map = report.map;
    expect(map.v).toBe(2);
    expect(map.setBy).toBe('reader');
    const guessed = report.objectives[0].keyResults[0];
    // The coordinator says the baseline column is really the current value.
    const corrected = {
      ...map,
      columns: { ...map.columns, current: map.columns.baseline },
      setBy: 'coordinator',
    };
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify(corrected));
    const reread = JSON.parse(
      await run({
        ...base,
        json: true,
        explain: true,
        file: join(FIXTURES, 'plan-simple.xlsx'),
        mapFile: file,
      }),
    );
    expect(reread.objectives[0].keyResults[0].current).toBe(guessed.baseline);
    expect(reread.map.setBy).toBe('coordinator');
  });

  it('accepts a version-1 column mapping saved before PlanMaps existed', async () => {
    const file = join(dir, 'v1.json');
    writeFileSync(
      file,
      JSON.stringify({
        v: 1,
        mapping: {
          sheet: 'Plan',
          headerRow: 0,
          columns: { objective: 0, keyResult: 1, baseline: 3, target: 4, current: 5 },
          reasons: {},
        },
      }),
    );
    const report = JSON.parse(
      await run({
        ...base,
        json: true,
        explain: true,
        file: join(FIXTURES, 'plan-simple.xlsx'),
        mapFile: file,
      }),
    );
    expect(report.map.v).toBe(2);
    expect(report.objectives.length).toBeGreaterThan(0);
  });

  it.each([
    ['{ not json', /is not a plan reading Throughline understands/],
    ['{"v": 2, "sheet": "Plan"}', /headerRow/],
    // The map's schema is zod/mini, which words no issue until told: the line still says what is wrong.
    [
      '{"v": 2, "sheet": "Plan", "headerRow": -1, "columns": {}, "reasons": {}}',
      /headerRow: Too small/,
    ],
  ])('a bad map file %j gets one clear line', async (text, message) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    const result = await inspect({
      ...base,
      file: join(FIXTURES, 'plan-simple.xlsx'),
      mapFile: file,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('a missing map file is named', async () => {
    const result = await inspect({
      ...base,
      file: join(FIXTURES, 'plan-simple.xlsx'),
      mapFile: join(dir, 'nope.json'),
    });
    expect(result).toEqual({
      ok: false,
      message: `Reading file not found: ${join(dir, 'nope.json')}`,
    });
  });
});
