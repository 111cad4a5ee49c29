/**
 * What a district administrator presets by policy (storage.managed, schema in
 * public/managed_schema.json): the plan spreadsheet or endpoint, the interface language and the
 * privacy reminder. Each field is read on its own, so one mistyped value does not void the others;
 * a preset field is shown as "set by your district" and cannot be changed in the panel.
 */
import * as z from 'zod';
import { readManaged, readLocal, writeLocal } from '../browser-api';
import { spreadsheetIdFrom } from './google-connection';

const FIELDS = {
  planSpreadsheet: z.string().trim().min(1).max(2000),
  planEndpoint: z.string().trim().min(1).max(2000),
  language: z.enum(['en', 'fr']),
  privacyReminder: z.string().trim().min(1).max(500),
};

export type DistrictPolicy = { [K in keyof typeof FIELDS]?: z.infer<(typeof FIELDS)[K]> };

/** The valid fields of a managed-storage object; anything else is ignored. */
export function parsePolicy(raw: unknown): DistrictPolicy {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const policy: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(FIELDS)) {
    const parsed = schema.safeParse(source[key]);
    if (parsed.success) policy[key] = parsed.data;
  }
  return policy as DistrictPolicy;
}

export async function loadPolicy(): Promise<DistrictPolicy> {
  return parsePolicy(await readManaged());
}

/**
 * Whether a connection the coach asks for is the one the district set: a code for another
 * endpoint, or another spreadsheet, is refused while a plan is preset.
 */
export function allowedByPolicy(
  policy: DistrictPolicy,
  target: { spreadsheet: string } | { endpoint: string },
): boolean {
  if ('spreadsheet' in target)
    return (
      !policy.planSpreadsheet ||
      spreadsheetIdFrom(policy.planSpreadsheet) === spreadsheetIdFrom(target.spreadsheet)
    );
  return (
    !policy.planEndpoint ||
    policy.planEndpoint.replace(/\/+$/, '') === target.endpoint.replace(/\/+$/, '')
  );
}

const PREFERENCES_KEY = 'preferences';

/** The coach's own choices, where the district left them free. */
export interface Preferences {
  language?: 'en' | 'fr';
}

export async function loadPreferences(): Promise<Preferences> {
  const parsed = z
    .object({ language: FIELDS.language.optional() })
    .safeParse(await readLocal(PREFERENCES_KEY));
  return parsed.success ? parsed.data : {};
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await writeLocal(PREFERENCES_KEY, preferences);
}
