/**
 * Sends waiting clips straight to the plan spreadsheet for coaches signed in with Google. Exactly
 * once: for each batch the Evidence tab's ids are read fresh, clips already there count as
 * delivered, and only the others are appended — one pass at a time (the service serializes them),
 * so a reply lost after Google wrote the rows is recognised on the next pass, never written twice.
 * Every failure keeps the clip waiting; a 429 waits exactly as long as Google's Retry-After says.
 */
import { t } from '../../shared/i18n';
import type { Catalog } from '../../shared/protocol';
import { isKnownSchool } from '../../shared/school-match';
import { backoffDelay } from './backoff';
import { clipBatches } from './clip-batches';
import type { ConnectionProblem, GoogleConnection } from './google-connection';
import { evidenceSheetRows, readEvidenceTab } from './google-evidence';
import { quoteSheet, type SheetsClient, type SheetsProblem } from './google-sheets';
import type { Outbox } from './outbox';
import type { ClipProblem, OutboxRecord } from './outbox-record';
import { dueClips, emptySummary, keepBatch, keepOutcome, type SendSummary } from './send-outbox';
import { retryLater } from './settle-batch';

export interface SheetSenderDeps {
  outbox: Outbox;
  client: SheetsClient;
  loadConnection(): Promise<GoogleConnection | null>;
  setProblem(problem: ConnectionProblem | null): Promise<void>;
  catalog(): Promise<Catalog | null>;
  now(): number;
  random(): number;
}

type Problem = SheetsProblem | { code: 'no-evidence-tab'; message: string };

/** The connection-level problem a failed call reveals (network trouble and quotas are not one). */
function connectionProblem(problem: Problem): ConnectionProblem | null {
  const code = problem.code;
  return code === 'signed-out' ||
    code === 'no-access' ||
    code === 'sheet-gone' ||
    code === 'no-evidence-tab'
    ? code
    : null;
}

/** The clip waits: after Retry-After for a 429, else after the usual back-off. */
function waitAgain(
  record: OutboxRecord,
  problem: Problem,
  now: number,
  random: number,
): OutboxRecord {
  const clipProblem: ClipProblem = { code: problem.code, message: problem.message };
  if (problem.code !== 'rate-limited') return retryLater(record, clipProblem, now, random);
  const attempts = record.attempts + 1;
  const wait = problem.retryAfterMs ?? backoffDelay(attempts, random);
  return {
    ...record,
    state: 'waiting',
    attempts,
    nextAttemptAt: now + wait,
    updatedAt: now,
    problem: clipProblem,
  };
}

const settled = (
  record: OutboxRecord,
  now: number,
  patch: Partial<OutboxRecord>,
): OutboxRecord => ({
  ...record,
  attempts: record.attempts + 1,
  updatedAt: now,
  problem: null,
  ...patch,
});

interface BatchResult {
  records: OutboxRecord[];
  problem: Problem | null;
}

/** One batch: read the ids the tab holds, append the others in one call. */
async function sendBatch(
  deps: SheetSenderDeps,
  connection: GoogleConnection & { evidenceTab: string },
  catalog: Catalog | null,
  batch: OutboxRecord[],
): Promise<BatchResult> {
  const now = deps.now();
  const failAll = (records: OutboxRecord[], problem: Problem) =>
    records.map((r) => waitAgain(r, problem, now, deps.random()));
  const tab = await readEvidenceTab(deps.client, connection.spreadsheetId, connection.evidenceTab);
  if (!tab.ok) return { records: failAll(batch, tab.problem), problem: tab.problem };
  const locale = catalog?.locale ?? 'en';
  const titles = new Map(
    catalog?.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr.title])) ?? [],
  );
  const done: OutboxRecord[] = [];
  const fresh: OutboxRecord[] = [];
  for (const record of batch) {
    if (tab.value.ids.has(record.id)) done.push(settled(record, now, { state: 'delivered' }));
    else if (catalog && !titles.has(record.item.keyResultId))
      done.push(
        settled(record, now, {
          state: 'needs-attention',
          problem: { code: 'unknown-key-result', message: t(locale, 'protocol.unknownKeyResult') },
        }),
      );
    else fresh.push(record);
  }
  if (fresh.length === 0) return { records: done, problem: null };
  const rows = evidenceSheetRows(
    fresh.map((r) => ({ item: r.item, keyResultTitle: titles.get(r.item.keyResultId) ?? '' })),
    { coach: connection.coach, receivedAt: new Date(now).toISOString(), locale, tab: tab.value },
  );
  const appended = await deps.client.append(
    connection.spreadsheetId,
    `${quoteSheet(connection.evidenceTab)}!A1`,
    rows,
  );
  if (!appended.ok)
    return { records: [...done, ...failAll(fresh, appended.problem)], problem: appended.problem };
  const delivered = fresh.map((r) => {
    const unknown = catalog && !isKnownSchool(r.item.school, catalog.schools);
    const warning = unknown
      ? {
          code: 'unknown-school',
          message: t(locale, 'protocol.unknownSchool', { school: r.item.school.trim() }),
        }
      : r.warning;
    return settled(r, now, { state: 'delivered', warning });
  });
  return { records: [...done, ...delivered], problem: null };
}

/** One pass over the outbox to the spreadsheet. Never deletes an undelivered clip. */
export async function sendToSheet(
  deps: SheetSenderDeps,
  options: { force: boolean },
): Promise<SendSummary> {
  const summary = emptySummary();
  const connection = await deps.loadConnection();
  // Signed out: the alarm leaves the clips alone until the coach signs in again (or opens the panel).
  if (!connection || (connection.problem === 'signed-out' && !options.force)) return summary;
  const due = dueClips(await deps.outbox.list(), deps.now(), options.force);
  if (due.length === 0) return summary;
  const evidenceTab = connection.evidenceTab;
  if (!evidenceTab) {
    const problem = { code: 'no-evidence-tab' as const, message: 'No Evidence tab' };
    for (const r of due)
      await keepOutcome(deps.outbox, waitAgain(r, problem, deps.now(), deps.random()), due);
    await deps.setProblem('no-evidence-tab');
    return { ...summary, attempted: due.length };
  }
  const catalog = await deps.catalog();
  let stopped: Problem | null = null;
  for (const batch of clipBatches(due)) {
    const outcome = await sendBatch(deps, { ...connection, evidenceTab }, catalog, batch);
    await keepBatch(deps.outbox, summary, batch, outcome.records);
    stopped = outcome.problem;
    if (stopped) break;
  }
  const blocking = stopped ? connectionProblem(stopped) : null;
  if (blocking || !stopped) await deps.setProblem(blocking);
  await deps.outbox.pruneDelivered();
  return summary;
}
