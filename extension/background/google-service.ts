/**
 * The background's Google side: "Sign in with Google" (token, who the coach is, the plan's catalog
 * read from the spreadsheet with the setup the coordinator published on it, or guessed without one), signing in again after a token could not be renewed, and the catalog
 * refresh for a Google connection. The connection-code path is untouched by any of it.
 */
import { cacheCatalog } from '../lib/catalog-cache';
import type { GoogleAuth } from '../lib/google-auth';
import { readSheetCatalog, type SheetCatalog } from '../lib/google-catalog';
import {
  loadGoogleConnection,
  saveGoogleConnection,
  setConnectionProblem,
  spreadsheetIdFrom,
  spreadsheetUrl,
  type ConnectionProblem,
  type GoogleConnection,
} from '../lib/google-connection';
import type { SheetsClient } from '../lib/google-sheets';
import type { GoogleStatus } from '../lib/pairing-store';
import { fail } from '../lib/replies';

export interface GoogleDeps {
  auth: GoogleAuth;
  client: SheetsClient;
}

/** What the panel may know about a Google connection (no token ever), and whether the plan was guessed. */
export function googleStatus(connection: GoogleConnection): GoogleStatus {
  return {
    paired: true,
    via: 'google',
    plan: connection.plan,
    coach: connection.coach,
    email: connection.email,
    endpoint: spreadsheetUrl(connection.spreadsheetId),
    needsRepair: false,
    problem: connection.problem,
    reading: connection.reading,
  };
}

/** The coach's calendar day at `now`, for the reader's guess when the plan was not set up. */
function localDay(now: number): string {
  const day = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const BLOCKING = new Set<string>(['signed-out', 'no-access', 'sheet-gone', 'no-evidence-tab']);

/** Caches a catalog just read and notes the plan's name and Evidence tab on the connection. */
async function adoptCatalog(connection: GoogleConnection, read: SheetCatalog, now: number) {
  await cacheCatalog(spreadsheetUrl(connection.spreadsheetId), read.catalog, now);
  const kept =
    connection.problem === 'signed-out' || connection.problem === 'no-evidence-tab'
      ? null
      : connection.problem;
  await saveGoogleConnection({
    ...connection,
    plan: read.catalog.plan.name,
    evidenceTab: read.evidenceTab,
    problem: read.evidenceTab ? kept : 'no-evidence-tab',
    reading: read.reading,
  });
  return { ok: true as const, catalog: read.catalog };
}

/** Reads the catalog of the connected sheet and caches it; a blocking answer is noted on the connection. */
export async function refreshSheetCatalog(
  google: GoogleDeps,
  connection: GoogleConnection,
  now: number,
) {
  const read = await readSheetCatalog(
    google.client,
    connection.spreadsheetId,
    connection.coach,
    localDay(now),
  );
  if (read.ok) return adoptCatalog(connection, read.value, now);
  if (BLOCKING.has(read.problem.code))
    await setConnectionProblem(read.problem.code as ConnectionProblem);
  return fail(read.problem.code, read.problem.message);
}

/** Signs the coach in (inside their click) and connects to the pasted spreadsheet; failures are values. */
export async function connectWithGoogle(
  google: GoogleDeps | undefined,
  pasted: string,
  now: number,
) {
  if (!google) return fail('google-unavailable');
  const spreadsheetId = spreadsheetIdFrom(pasted);
  if (!spreadsheetId) return fail('not-a-sheet');
  const token = await google.auth.token(true);
  if (!token.ok) return fail('sign-in-cancelled');
  const who = await google.client.userInfo();
  if (!who.ok) return fail(who.problem.code, who.problem.message);
  const email = who.value.email ?? '';
  const connection: GoogleConnection = {
    spreadsheetId,
    plan: '',
    coach: who.value.name || email,
    email,
    evidenceTab: null,
    connectedAt: now,
    problem: null,
    reading: 'confirmed',
  };
  const read = await readSheetCatalog(
    google.client,
    spreadsheetId,
    connection.coach,
    localDay(now),
  );
  if (!read.ok) return fail(read.problem.code, read.problem.message);
  return adoptCatalog(connection, read.value, now);
}

/** Signs in again after Google stopped renewing the token silently; sending resumes if it worked. */
export async function signInAgain(google: GoogleDeps | undefined): Promise<boolean> {
  if (!google || !(await loadGoogleConnection())) return false;
  const token = await google.auth.token(true);
  if (!token.ok) return false;
  await setConnectionProblem(null);
  return true;
}
