/**
 * Settings a host stores as text (document properties, script properties, local mode's settings tab,
 * the spreadsheet's developer metadata): the saved PlanMap, the key-result identity, the pacing
 * margins and the coach registry. Every one is written in one envelope,
 * `{ "v": version, "data": … }`, checked with a zod schema when read, and a setting saved by an older
 * version is upgraded one version at a time by the functions listed here. The core owns the shapes;
 * hosts only store and fetch the text.
 */
import * as z from 'zod';
import { isCoachRecord, type CoachRecord } from './coach-secrets';
import { DEFAULT_PACING, type PacingSettings } from './records';
import { keyResultIdentitySchema, type KeyResultIdentity } from './key-result-identity';
import { PLAN_MAP_VERSION, planMapSchema, upgradePlanMap, type PlanMap } from './reading/plan-map';

/** One stored setting: its key, its version, the shape of its data, and how older data is upgraded. */
export interface StoredSetting<T> {
  key: string;
  version: number;
  /** Any zod schema: the plan map's is zod/mini (the command line loads it), the rest full zod. */
  schema: z.core.$ZodType<T>;
  /** `upgrades[n]` turns version-n data into version n + 1 data. */
  upgrades: Record<number, (data: unknown) => unknown>;
  /** Text written before the envelope existed, as an envelope (null when it is not this setting). */
  beforeEnvelope: (raw: unknown) => { v: number; data: unknown } | null;
}

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** `{ v, data }`, with both keys present (an old value with a `v` of its own is not an envelope). */
function envelopeOf(raw: unknown): { v: number; data: unknown } | null {
  if (!isObject(raw) || !('data' in raw)) return null;
  return typeof raw.v === 'number' && Number.isInteger(raw.v) && raw.v >= 1
    ? { v: raw.v, data: raw.data }
    : null;
}

/** The setting's value from its stored text, upgraded to this version; null when absent or unreadable. */
export function readSetting<T>(setting: StoredSetting<T>, text: string | null): T | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = envelopeOf(raw) ?? setting.beforeEnvelope(raw);
  if (!envelope || envelope.v > setting.version) return null;
  let data = envelope.data;
  for (let v = envelope.v; v < setting.version; v++) {
    const upgrade = setting.upgrades[v];
    if (!upgrade) return null;
    data = upgrade(data);
  }
  const parsed = z.safeParse(setting.schema, data);
  return parsed.success ? parsed.data : null;
}

/** The text to store for `value`: today's version in the one envelope. */
export function writeSetting<T>(setting: StoredSetting<T>, value: T): string {
  return JSON.stringify({ v: setting.version, data: value });
}

/**
 * The PlanMap the coordinator confirmed at Set up. Version 1 was the column mapping alone; before the
 * envelope, the map itself was stored (its own `v` said which).
 */
export const MAPPING_SETTING: StoredSetting<PlanMap> = {
  key: 'mapping',
  version: PLAN_MAP_VERSION,
  schema: planMapSchema,
  upgrades: { 1: (data) => upgradePlanMap(data) },
  beforeEnvelope: (raw) => {
    // Also read: a map wrapped the way `inspect --json --explain` prints it ({ map } or { mapping }).
    const map = isObject(raw) ? (raw.map ?? raw.mapping ?? raw) : null;
    return isObject(map)
      ? { v: map.v === PLAN_MAP_VERSION ? PLAN_MAP_VERSION : 1, data: map }
      : null;
  },
};

/** The pacing margins a coordinator sets; numbers typed in a sidebar are accepted as text too. */
export const pacingSchema: z.ZodType<PacingSettings> = z
  .object({
    onTrackMargin: z.coerce.number().min(0).max(1),
    atRiskMargin: z.coerce.number().min(0).max(1),
    staleAfterDays: z.coerce.number().int().min(1).max(365),
  })
  .refine((p) => p.atRiskMargin >= p.onTrackMargin);

/** Pacing margins. Before the envelope: `{ v: 1, onTrackMargin, … }`. */
export const PACING_SETTING: StoredSetting<PacingSettings> = {
  key: 'pacing',
  version: 1,
  schema: pacingSchema,
  upgrades: {},
  beforeEnvelope: (raw) => {
    if (!isObject(raw) || raw.v !== 1) return null;
    const { v: _v, ...pacing } = raw;
    return { v: 1, data: { ...DEFAULT_PACING, ...pacing } };
  },
};

/** The registry of connected coaches (hashed secrets only); a malformed record is dropped, not the registry. */
export const COACHES_SETTING: StoredSetting<CoachRecord[]> = {
  key: 'coaches',
  version: 1,
  schema: z.array(z.unknown()).transform((list) => list.filter(isCoachRecord)),
  upgrades: {},
  // Before the envelope: a bare array, then `{ v: 1, coaches: [...] }`.
  beforeEnvelope: (raw) =>
    Array.isArray(raw)
      ? { v: 1, data: raw }
      : isObject(raw) && raw.v === 1 && Array.isArray(raw.coaches)
        ? { v: 1, data: raw.coaches }
        : null,
};

/**
 * The key results' ids and what each was at the last read (shared/key-result-identity.ts). Before
 * the envelope: `{ v: 1, objectives, keyResults }`, wordings cut to 100 characters.
 */
export const KEY_RESULTS_SETTING: StoredSetting<KeyResultIdentity> = {
  key: 'keyResults',
  version: 1,
  schema: keyResultIdentitySchema,
  upgrades: {},
  beforeEnvelope: (raw) =>
    isObject(raw) && raw.v === 1 && Array.isArray(raw.keyResults)
      ? { v: 1, data: { objectives: raw.objectives, keyResults: raw.keyResults } }
      : null,
};

/**
 * The developer metadata key a setting is published under: the add-on publishes the map and the
 * key-result identity on the spreadsheet (DOCUMENT visibility, so any Google Cloud project with
 * access reads them — the Sheets API cannot read document properties) for coaches signed in with
 * Google to read the plan as the coordinator set it up.
 */
export const metadataKey = (setting: StoredSetting<unknown>): string =>
  `throughline.${setting.key}`;

/**
 * Characters of developer metadata the published setup may take on the spreadsheet: the 30,000 that
 * Google's Sheets documentation allows on one location, keys and values of both entries together.
 */
export const METADATA_LIMIT = 30_000;

/** Characters the entries take against METADATA_LIMIT. */
export function publishedSize(entries: Record<string, string>): number {
  return Object.entries(entries).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
}

/** The map as published: what reading needs (the rows it skipped are filled again by every read). */
function publishedMap(map: PlanMap): PlanMap {
  const { skippedRows: _skipped, ...kept } = map;
  return kept;
}

/** Key → value of each developer metadata entry a plan's setup is published as. */
export function publishedEntries(
  mapping: PlanMap,
  identity: KeyResultIdentity,
): Record<string, string> {
  return {
    [metadataKey(MAPPING_SETTING)]: writeSetting(MAPPING_SETTING, publishedMap(mapping)),
    [metadataKey(KEY_RESULTS_SETTING)]: writeSetting(KEY_RESULTS_SETTING, identity),
  };
}
