/**
 * Our own records in storage.local, as WXT storage items: WXT keeps each item's version beside
 * its value (under `<key>$`) and runs the item's upgrades when the extension starts, so a value
 * stored by an older version is read in today's shape. Background and panel both use this.
 */
import { storage } from 'wxt/utils/storage';

/**
 * Version 1 of our records carried its version inside the value (`{ v: 1, ... }`); from version 2
 * WXT keeps the version, and the value is the record alone.
 */
function withoutInnerVersion(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || !('v' in old)) return old;
  const { v: _version, ...record } = old as Record<string, unknown>;
  return record;
}

/** The upgrades of a record first stored with an inner `v: 1`. */
const FROM_INNER_VERSION = { 2: withoutInnerVersion };

/**
 * A record in storage.local, null when absent. `upgrades` maps each version after the first to the
 * function that turns the previous version's value into it; the item's version is the last one.
 */
export function storedItem<T>(
  key: string,
  upgrades: Record<number, (old: unknown) => unknown> = {},
) {
  const versions = Object.keys(upgrades).map(Number);
  return storage.defineItem<T | null>(`local:${key}`, {
    fallback: null,
    version: Math.max(1, ...versions),
    migrations: upgrades,
  });
}

/** A record whose first stored shape had an inner `v: 1` (pairing, catalog, last choices). */
export function versionedRecord<T>(key: string) {
  return storedItem<T>(key, FROM_INNER_VERSION);
}
