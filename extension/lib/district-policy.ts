/**
 * What a district administrator presets by policy (storage.managed, schema in
 * public/managed_schema.json): the plan spreadsheet or endpoint, the interface language and the
 * privacy reminder. Each field is read on its own, so one mistyped value does not void the others;
 * a preset field is shown as "set by your district" and cannot be changed in the panel.
 * The side panel reads this file: it narrows by hand (no zod), four fields do not need a library.
 */
import { readManaged } from '../browser-api';
import { storedItem } from './stored-item';

/** A field's reader: the value when it is valid, else undefined. */
type Narrow<T> = (value: unknown) => T | undefined;

/** Trimmed text of 1 to `max` characters. */
const text =
  (max: number): Narrow<string> =>
  (value) => {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
  };

/** One of the given words. */
const oneOf =
  <T extends string>(options: readonly T[]): Narrow<T> =>
  (value) =>
    options.find((option) => option === value);

const language = oneOf(['en', 'fr'] as const);

const FIELDS = {
  planSpreadsheet: text(2000),
  planEndpoint: text(2000),
  language,
  privacyReminder: text(500),
};

export type DistrictPolicy = {
  [K in keyof typeof FIELDS]?: NonNullable<ReturnType<(typeof FIELDS)[K]>>;
};

/** The valid fields of a managed-storage object; anything else is ignored. */
export function parsePolicy(raw: unknown): DistrictPolicy {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const policy: Record<string, unknown> = {};
  for (const [key, narrow] of Object.entries(FIELDS)) {
    const value = narrow(source[key]);
    if (value !== undefined) policy[key] = value;
  }
  return policy as DistrictPolicy;
}

export async function loadPolicy(): Promise<DistrictPolicy> {
  return parsePolicy(await readManaged());
}

/** The coach's own choices, where the district left them free. */
export interface Preferences {
  language?: 'en' | 'fr';
}

const preferencesItem = storedItem<Preferences>('preferences');

export async function loadPreferences(): Promise<Preferences> {
  const chosen = language((await preferencesItem.getValue())?.language);
  return chosen ? { language: chosen } : {};
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await preferencesItem.setValue(preferences);
}
