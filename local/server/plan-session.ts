/**
 * One open workbook served by local mode: the .xlsx in memory, reloaded when another program saves
 * it, with what the protocol needs (catalog, known clip ids, coach registry) cached until then.
 * Every method runs under the server's lock (WorkbookGuard); nothing here is safe to call concurrently.
 */
import path from 'node:path';
import type { CellValue, SheetTable } from '../../shared/cells';
import { verifyCoachSecret, type CoachRecord } from '../../shared/coach-secrets';
import { evidenceHeaders } from '../../shared/evidence-row';
import type { Locale } from '../../shared/messages';
import {
  EVIDENCE_TAB,
  OWNED_TABS,
  SCHOOLS_TAB,
  isOwnedTabName,
  isTabNamed,
  ownedTabName,
  type OwnedTab,
} from '../../shared/owned-tabs';
import { readSchools } from '../../shared/owned-tab-reading';
import type { Catalog } from '../../shared/protocol';
import type { School } from '../../shared/records';
import { buildCatalog, type ProtocolDeps } from '../../shared/protocol-service';
import { snapshotFromWorkbook, type SnapshotResult } from '../../shared/plan-snapshot';
import { refreshPlan, type RefreshResult } from '../../shared/refresh-plan';
import { readPlan, type PlanMap, type PlanReading } from '../../shared/read-plan';
import { MAPPING_SETTING, readSetting } from '../../shared/stored-settings';
import { headersAreFrench } from '../../shared/reading/header-match';
import { loadCoaches, mergeCoaches, saveCoaches, sha256 } from './coach-store';
import { arrangeEvidenceRows, evidenceColumnPlaces } from '../../shared/evidence-columns';
import { evidenceIdsIn, evidenceRowsOf } from './evidence-ids';
import { localToday } from '../local-today';
import { XlsxWorkbook } from './xlsx-workbook';
import type { ClipJournal, JournalEntry } from './clip-journal';
import { fromInertText } from '../../shared/inert-text';

export class PlanSession {
  coaches: CoachRecord[] = [];
  /** Changes whenever what the dashboard shows may have changed (new evidence, file read again). */
  version = 0;
  private evidenceIds: Set<string> | null = null;
  private reading: PlanReading | null = null;
  private schools: School[] | null = null;
  private snapshotMemo: { key: string; result: SnapshotResult } | null = null;
  /** Version and day the Dashboard and Summary tabs were last generated for. */
  private refreshedKey = '';

  private constructor(public workbook: XlsxWorkbook) {
    this.coaches = loadCoaches(workbook);
  }

  static async open(
    filePath: string,
  ): Promise<
    { ok: true; session: PlanSession } | { ok: false; error: { code: string; message: string } }
  > {
    const opened = await XlsxWorkbook.open(filePath);
    return opened.ok ? { ok: true, session: new PlanSession(opened.workbook) } : opened;
  }

  /** Re-reads the file when another program saved it since; coach records from both sides are kept. */
  async refreshFromDisk(): Promise<void> {
    if (!(await this.workbook.changedOnDisk())) return;
    await this.reload();
  }

  /** Drops everything in memory (e.g. after a failed save) and reads the file again. */
  async reload(): Promise<void> {
    const opened = await XlsxWorkbook.open(this.workbook.filePath);
    if (!opened.ok) throw new Error(opened.error.message);
    this.workbook = opened.workbook;
    this.coaches = mergeCoaches(loadCoaches(opened.workbook), this.coaches);
    this.evidenceIds = null;
    this.version++;
    this.reading = null;
    this.schools = null;
    this.snapshotMemo = null;
  }

  /** Writes the in-memory coach registry into the workbook's settings (saved with the next save). */
  storeCoaches(): void {
    saveCoaches(this.workbook, this.coaches);
  }

  planReading(): PlanReading {
    if (this.reading) return this.reading;
    const names = this.workbook.sheetNames().filter((name) => !isOwnedTabName(name));
    const mapping = this.mapping();
    const sheets = names
      .map((name) => this.workbook.readSheet(name))
      .filter((t): t is SheetTable => t !== null);
    // Without a saved map the reader guesses; today tells it last year's copy from this year's plan.
    this.reading = readPlan(sheets, mapping ? { map: mapping } : { today: localToday() });
    return this.reading;
  }

  /** The PlanMap saved by a coordinator (same setting as the add-on, any version), when there is one. */
  mapping(): PlanMap | undefined {
    return readSetting(MAPPING_SETTING, this.workbook.getSetting(MAPPING_SETTING.key)) ?? undefined;
  }

  /** The saved locale, else French when the owned tabs or the plan's headers are French. */
  locale(): Locale {
    const saved = this.workbook.getSetting('locale');
    if (saved === 'en' || saved === 'fr') return saved;
    const names = this.workbook.sheetNames();
    if (
      OWNED_TABS.some(
        (tab) => tab.name.fr !== tab.name.en && names.some((n) => isTabNamed(n, tab, 'fr')),
      )
    )
      return 'fr';
    const reading = this.planReading();
    return reading.ok && headersAreFrench(reading.headers) ? 'fr' : 'en';
  }

  planName(): string {
    const reading = this.planReading();
    return (
      (reading.ok && reading.plan.title) ||
      path.basename(this.workbook.filePath).replace(/\.xlsx$/i, '')
    );
  }

  catalog(coach: string): Catalog | null {
    const reading = this.planReading();
    if (!reading.ok) return null;
    if (!this.schools) {
      const schoolsTab = this.existingTab(SCHOOLS_TAB);
      this.schools = readSchools(schoolsTab ? this.workbook.readSheet(schoolsTab) : null);
    }
    return buildCatalog({
      planName: this.planName(),
      plan: reading.plan,
      schools: this.schools,
      coach,
      locale: this.locale(),
    });
  }

  knownEvidenceIds(): Set<string> {
    if (!this.evidenceIds) {
      const tab = this.existingTab(EVIDENCE_TAB);
      this.evidenceIds = evidenceIdsIn(tab ? this.workbook.readSheet(tab) : null);
    }
    return this.evidenceIds;
  }

  /** Appends to the Evidence tab (created in the workbook's language when missing), under its own headers. */
  appendEvidence(rows: CellValue[][]): void {
    const locale = this.locale();
    const existing = this.existingTab(EVIDENCE_TAB);
    const tab = existing ?? EVIDENCE_TAB.name[locale];
    const places = existing ? evidenceColumnPlaces(this.workbook.firstRow(existing)) : null;
    this.workbook.appendRows(tab, evidenceHeaders(locale), arrangeEvidenceRows(rows, places));
    if (!existing)
      this.workbook.noteHeaders(
        tab,
        EVIDENCE_TAB.columns.map((column) => column.note[locale]),
      );
    const ids = this.knownEvidenceIds();
    for (const row of rows) ids.add(fromInertText(String(row[0])));
    this.version++;
  }

  /**
   * Brings the workbook in line with the journal: appends the journaled clips it lacks (all of them
   * after a restart or a foreign save) and removes the clips the coordinator removed for good; how
   * many rows changed.
   */
  mergeJournal(entries: JournalEntry[], removed: ReadonlySet<string> = new Set()): number {
    const known = this.knownEvidenceIds();
    const seen = new Set<string>();
    const missing = entries.filter(
      (entry) =>
        !known.has(entry.id) && !removed.has(entry.id) && !seen.has(entry.id) && seen.add(entry.id),
    );
    if (missing.length > 0) this.appendEvidence(missing.map((entry) => entry.row));
    return missing.length + this.removeEvidence(removed);
  }

  /** Removes the Evidence rows of these clips (the coordinator removed them for good); how many. */
  removeEvidence(ids: Iterable<string>): number {
    const wanted = new Set([...ids].filter((id) => this.knownEvidenceIds().has(id)));
    const tab = this.existingTab(EVIDENCE_TAB);
    if (wanted.size === 0 || !tab) return 0;
    const rows = evidenceRowsOf(this.workbook.readSheet(tab), wanted);
    for (const row of rows.reverse()) this.workbook.removeRow(tab, row);
    for (const id of wanted) this.evidenceIds?.delete(id);
    this.version++;
    return rows.length;
  }

  /**
   * The protocol service's view of this workbook: clips are deduplicated against the workbook and the
   * journal together, and accepted ones go to the journal (`record`), not straight into the workbook.
   */
  protocolDeps(journal: ClipJournal, now: () => string): ProtocolDeps {
    return {
      verifySecret: (secret) => {
        const result = verifyCoachSecret(this.coaches, secret, sha256);
        return result.ok ? { ok: true, coach: result.coach.name } : result;
      },
      catalog: (coach) => this.catalog(coach),
      withLock: (fn) => ({ ok: true, value: fn() }),
      existingEvidenceIds: () => new KnownIds([this.knownEvidenceIds(), journal]),
      appendEvidence: (rows) =>
        journal.stage(rows.map((row) => ({ id: fromInertText(String(row[0])), row }))),
      now,
      locale: () => this.locale(),
    };
  }

  /** Plan, paces, findings and owned-tab records as of today (the input of Dashboard and Summary). */
  snapshot(today: string): SnapshotResult {
    const key = `${this.version}|${today}`;
    if (this.snapshotMemo?.key !== key)
      this.snapshotMemo = {
        key,
        result: snapshotFromWorkbook(this.workbook, today, { mapping: this.mapping() }),
      };
    return this.snapshotMemo.result;
  }

  /** Regenerates the Dashboard and Summary tabs in memory (the page reuses what it computed); the caller saves. */
  refreshTabs(today: string): RefreshResult {
    const result = refreshPlan(this.workbook, today, this.locale(), { mapping: this.mapping() });
    this.refreshedKey = `${this.version}|${today}`;
    if (result.ok)
      this.snapshotMemo = {
        key: `${this.version}|${today}`,
        result: { ok: true, snapshot: result.snapshot, mapping: result.mapping },
      };
    return result;
  }

  /** Regenerates Dashboard and Summary only when the evidence, the file or the day changed since they last were. */
  refreshIfStale(today: string): void {
    if (this.refreshedKey !== `${this.version}|${today}`) this.refreshTabs(today);
  }

  private existingTab(tab: OwnedTab): string | null {
    return ownedTabName(this.workbook.sheetNames(), tab);
  }
}

/**
 * The ids a clip request must not accept again: the workbook's and the journal's, seen as one set
 * without copying either (50,000 ids per request). Ids the request adds stay in this view only.
 */
class KnownIds extends Set<string> {
  constructor(private readonly sources: { has(id: string): boolean }[]) {
    super();
  }

  override has(id: string): boolean {
    return super.has(id) || this.sources.some((source) => source.has(id));
  }
}
