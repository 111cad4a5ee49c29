import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DEFAULT_PACING } from '../../shared/records';
import type { PlanMap } from '../../shared/reading/plan-map';
import {
  KEY_RESULTS_SETTING,
  MAPPING_SETTING,
  METADATA_LIMIT,
  PACING_SETTING,
  publishedEntries,
  publishedSize,
  readSetting,
  writeSetting,
  type StoredSetting,
} from '../../shared/stored-settings';
import {
  identityOf,
  identityWithin,
  type KeyResultIdentity,
} from '../../shared/key-result-identity';
import type { Plan } from '../../shared/plan-schema';

const map: PlanMap = {
  v: 2,
  sheet: 'Plan',
  headerRow: 2,
  columns: { keyResult: 1, baseline: 2, target: 3 },
  reasons: { keyResult: 'Measure' },
  setBy: 'coordinator',
};

describe('stored settings: one envelope, upgraded when old', () => {
  it('writes every setting as { v, data } and reads it back unchanged', () => {
    const pacing = { onTrackMargin: 0.05, atRiskMargin: 0.2, staleAfterDays: 14 };
    expect(JSON.parse(writeSetting(MAPPING_SETTING, map))).toEqual({ v: 2, data: map });
    expect(readSetting(MAPPING_SETTING, writeSetting(MAPPING_SETTING, map))).toEqual(map);
    expect(JSON.parse(writeSetting(PACING_SETTING, pacing))).toEqual({ v: 1, data: pacing });
    expect(readSetting(PACING_SETTING, writeSetting(PACING_SETTING, pacing))).toEqual(pacing);
  });

  it.each([
    ['a bare PlanMap, as the add-on saved it before the envelope', map],
    ['the map as `inspect --json --explain` prints it', { map }],
  ])('reads %s', (_, saved) => {
    expect(readSetting(MAPPING_SETTING, JSON.stringify(saved))).toEqual(map);
  });

  it('upgrades a version-1 column mapping, bare or in the envelope, to today’s PlanMap', () => {
    const v1 = { sheet: 'Plan', headerRow: 0, columns: { keyResult: 1 }, periods: [4, 5] };
    const upgraded = {
      v: 2,
      sheet: 'Plan',
      headerRow: 0,
      columns: { keyResult: 1 },
      reasons: {},
      series: [4, 5],
      setBy: 'coordinator',
    };
    expect(readSetting(MAPPING_SETTING, JSON.stringify(v1))).toEqual(upgraded);
    expect(readSetting(MAPPING_SETTING, JSON.stringify({ v: 1, data: v1 }))).toEqual(upgraded);
  });

  it('reads the pacing saved before the envelope, filling what it lacked', () => {
    const old = JSON.stringify({ v: 1, onTrackMargin: 0.15, atRiskMargin: 0.3 });
    expect(readSetting(PACING_SETTING, old)).toEqual({
      ...DEFAULT_PACING,
      onTrackMargin: 0.15,
      atRiskMargin: 0.3,
    });
  });

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{ not json'],
    ['a version newer than this code', JSON.stringify({ v: 3, data: map })],
    ['data of the wrong shape', JSON.stringify({ v: 2, data: { ...map, headerRow: -1 } })],
    [
      'margins out of order',
      JSON.stringify({ v: 1, data: { ...DEFAULT_PACING, atRiskMargin: 0 } }),
    ],
  ])('reads %s as no setting', (_, text) => {
    expect(readSetting(MAPPING_SETTING, text)).toBeNull();
    expect(readSetting(PACING_SETTING, text)).toBeNull();
  });

  it('runs each upgrade in turn, from any old version to today’s', () => {
    // A made-up setting whose list grew one number at each version: v1 [1], v2 [1, 2], v3 [1, 2, 3].
    for (let from = 1; from <= 3; from++) {
      const steps: number[] = [];
      const grow = (step: number) => (data: unknown) => {
        steps.push(step);
        return [...(data as number[]), step + 1];
      };
      const traced: StoredSetting<number[]> = {
        key: 'traced',
        version: 3,
        schema: z.array(z.number()),
        upgrades: { 1: grow(1), 2: grow(2) },
        beforeEnvelope: () => null,
      };
      const saved = Array.from({ length: from }, (_, i) => i + 1);
      expect(readSetting(traced, JSON.stringify({ v: from, data: saved }))).toEqual([1, 2, 3]);
      expect(steps).toEqual([1, 2].slice(from - 1));
    }
  });
});

describe('what Set up publishes for coaches signed in with Google', () => {
  const identity = {
    objectives: ['Fractions'],
    keyResults: [['kr-abc', 0, 'Students explain', 3] as [string, number, string, number]],
  };

  it('reads the key-result identity the add-on stored before the envelope, and writes it in one', () => {
    const before = JSON.stringify({ v: 1, ...identity });
    expect(readSetting(KEY_RESULTS_SETTING, before)).toEqual(identity);
    const now = writeSetting(KEY_RESULTS_SETTING, { ...identity, kept: 60 });
    expect(JSON.parse(now)).toEqual({ v: 1, data: { ...identity, kept: 60 } });
  });

  it('publishes the map without the rows the reader skipped, each under its own key', () => {
    const read: PlanMap = { ...map, skippedRows: [{ row: 4, why: 'blank' }] };
    const entries = publishedEntries(read, identity);
    expect(Object.keys(entries)).toEqual(['throughline.mapping', 'throughline.keyResults']);
    expect(readSetting(MAPPING_SETTING, entries['throughline.mapping'])).toEqual(map);
    expect(readSetting(KEY_RESULTS_SETTING, entries['throughline.keyResults'])).toEqual(identity);
  });

  it.each([5, 80, 400, 1500])(
    'cuts wordings only as much as %i key results need to fit the limit',
    (count) => {
      const plan = planOf(count);
      const size = (i: KeyResultIdentity) => publishedSize(publishedEntries(map, i));
      const fitted = identityWithin(plan, METADATA_LIMIT, size);
      if (!fitted) {
        expect(size(identityOf(plan, 20))).toBeGreaterThan(METADATA_LIMIT);
        return;
      }
      expect(size(fitted)).toBeLessThanOrEqual(METADATA_LIMIT);
      const longer = [100, 60, 40, 20].filter((kept) => kept > (fitted.kept ?? 100));
      for (const kept of longer)
        expect(size(identityOf(plan, kept))).toBeGreaterThan(METADATA_LIMIT);
      expect(fitted.keyResults).toHaveLength(count);
    },
  );
});

/** A plan of `count` key results with long wordings, under three objectives. */
function planOf(count: number): Plan {
  return {
    sheet: 'Plan',
    objectives: [0, 1, 2].map((o) => ({
      id: `obj-${o}`,
      title: `Objective ${o}: deepen understanding of fractions across grades three to eight`,
      keyResults: Array.from({ length: Math.ceil(count / 3) }, (_, k) => k * 3 + o)
        .filter((n) => n < count)
        .map((n) => ({
          id: `kr-${n}`,
          title: `Key result ${n}: share of observed classrooms where students justify their reasoning with a representation`,
          row: n + 1,
        })),
    })),
  } as unknown as Plan;
}
