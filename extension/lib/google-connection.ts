/**
 * The coach's Google connection: which plan spreadsheet, as whom, and what stops clips from reaching
 * it right now (signed out, no access, sheet gone, no Evidence tab). Kept in storage.local; it holds
 * no token (tokens live in memory, or in Chrome's own cache).
 */
import * as z from 'zod';
import { versionedRecord } from './stored-item';

/** What keeps clips from the sheet until someone acts: each has its own words in the panel. */
export const CONNECTION_PROBLEMS = [
  'signed-out',
  'no-access',
  'sheet-gone',
  'no-evidence-tab',
] as const;
export type ConnectionProblem = (typeof CONNECTION_PROBLEMS)[number];

export const googleConnectionSchema = z.object({
  spreadsheetId: z.string().min(1),
  plan: z.string(),
  coach: z.string(),
  email: z.string(),
  /** The Evidence tab's name in this spreadsheet (English or French); null when it has none. */
  evidenceTab: z.string().nullable(),
  connectedAt: z.number(),
  problem: z.enum(CONNECTION_PROBLEMS).nullable(),
  /**
   * Whether the catalog was read with the map the coordinator confirmed at Set up (published on the
   * sheet) or guessed because there is none; connections saved before this was noted count as confirmed.
   */
  reading: z.enum(['confirmed', 'guessed']).default('confirmed'),
});
export type GoogleConnection = z.infer<typeof googleConnectionSchema>;

/** The stored connection; version 1 held `v: 1` inside it. */
export const connectionItem = versionedRecord<GoogleConnection>('googleConnection');

export async function loadGoogleConnection(): Promise<GoogleConnection | null> {
  const parsed = googleConnectionSchema.safeParse(await connectionItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveGoogleConnection(connection: GoogleConnection): Promise<void> {
  await connectionItem.setValue(connection);
}

/** Records what stops sending now (null: nothing); written only when it changes. */
export async function setConnectionProblem(problem: ConnectionProblem | null): Promise<void> {
  const connection = await loadGoogleConnection();
  if (connection && connection.problem !== problem)
    await saveGoogleConnection({ ...connection, problem });
}

export async function forgetGoogleConnection(): Promise<void> {
  await connectionItem.removeValue();
}

/** The spreadsheet id in a pasted Google Sheets URL, or the id itself; null for anything else. */
export function spreadsheetIdFrom(text: string): string | null {
  const trimmed = text.trim();
  const inUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/.exec(trimmed);
  if (inUrl) return inUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(trimmed) ? trimmed : null;
}

/** The address of a spreadsheet, for the panel's header link. */
export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}
