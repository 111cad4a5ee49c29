/**
 * Everything a generated tab needs, read from a workbook in one read per sheet: the plan, where each
 * key result stands today, the plan-health findings and the records of the owned tabs. Dashboard and
 * Summary are pure functions of this snapshot, whichever host produced it.
 */
import type { SheetTable } from './cells';
import type { Message } from './i18n';
import type { Plan } from './plan-schema';
import type {
  CheckIn,
  EvidenceRecord,
  Finding,
  KeyResultPace,
  PacingSettings,
  School,
  Support,
} from './records';
import type { WorkbookPort } from './workbook-port';
import {
  CHECK_INS_TAB,
  EVIDENCE_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  isOwnedTabName,
  ownedTabName,
  type OwnedTab,
} from './owned-tabs';
import { readPlan, type PlanMap, type PlanReading } from './read-plan';

/** Kept for callers that still import it from here; its home is owned-tabs.ts. */
export { ownedTabName };
import { keyResultIdFor } from './key-result-id';
import { paceKeyResult } from './pacing';
import { planHealth } from './plan-health';
import { readCheckIns, readEvidence, readSchools, readSupports } from './owned-tab-reading';

export interface PlanSnapshot {
  plan: Plan;
  today: string;
  paces: KeyResultPace[];
  findings: Finding[];
  schools: School[];
  supports: Support[];
  evidence: EvidenceRecord[];
  checkIns: CheckIn[];
}

export interface SnapshotOptions {
  /** The PlanMap saved at Set up (a coordinator's reading beats the reader's guess). */
  mapping?: PlanMap;
  keyResultIds?: Record<number, string>;
  pacing?: PacingSettings;
  /** Today (ISO date), so the reader can tell last year's copy of the plan from this year's. */
  today?: string;
}

export type SnapshotResult =
  | { ok: true; snapshot: PlanSnapshot; mapping: PlanMap }
  | { ok: false; error: { code: string; message: Message } };

/** The sheets that may hold the plan: the mapped one, or every sheet the product does not own. */
function planCandidates(port: WorkbookPort, names: string[], mapping?: PlanMap): SheetTable[] {
  const mapped = mapping ? [mapping.sheet, ...(mapping.moreSheets ?? [])] : [];
  const wanted =
    mapping && names.includes(mapping.sheet)
      ? mapped.filter((n) => names.includes(n))
      : names.filter((n) => !isOwnedTabName(n));
  return wanted.map((n) => port.readSheet(n)).filter((t): t is SheetTable => t !== null);
}

/**
 * Host ids whose row now holds another key result: the id was derived from a title that is now on a
 * different row (rows sorted without their metadata following). Those rows fall back to their title.
 */
export function misplacedKeyResultIds(plan: Plan, keyResultIds: Record<number, string>): number[] {
  const rowByTitleId = new Map(
    plan.objectives.flatMap((o) =>
      o.keyResults.map((kr) => [keyResultIdFor(o.title, kr.title), kr.row] as const),
    ),
  );
  return Object.entries(keyResultIds)
    .map(([row, id]) => [Number(row), id] as const)
    .filter(([row, id]) => rowByTitleId.has(id) && rowByTitleId.get(id) !== row)
    .map(([row]) => row);
}

/** Reads only the plan (for a catalog or the Set up sidebar): the mapped sheet, or every sheet we do not own. */
export function readPlanFromWorkbook(
  port: WorkbookPort,
  options: SnapshotOptions = {},
): PlanReading {
  const tables = planCandidates(port, port.sheetNames(), options.mapping);
  const ids = options.keyResultIds ?? {};
  const reading = readPlan(tables, {
    map: options.mapping,
    keyResultIds: ids,
    today: options.today,
  });
  if (!reading.ok) return reading;
  const misplaced = misplacedKeyResultIds(reading.plan, ids);
  if (misplaced.length === 0) return reading;
  const kept = Object.fromEntries(
    Object.entries(ids).filter(([row]) => !misplaced.includes(Number(row))),
  );
  return readPlan(tables, { map: options.mapping, keyResultIds: kept, today: options.today });
}

/** Reads plan + the four owned tabs through the port (one read each) and computes paces and findings. */
export function snapshotFromWorkbook(
  port: WorkbookPort,
  today: string,
  options: SnapshotOptions = {},
): SnapshotResult {
  const names = port.sheetNames();
  const reading = readPlanFromWorkbook(port, { ...options, today });
  if (!reading.ok) return { ok: false, error: reading.error };
  const read = (tab: OwnedTab) => {
    const name = ownedTabName(names, tab);
    return name ? port.readSheet(name) : null;
  };
  const checkIns = readCheckIns(read(CHECK_INS_TAB));
  const evidence = readEvidence(read(EVIDENCE_TAB));
  const schools = readSchools(read(SCHOOLS_TAB));
  const supports = readSupports(read(SUPPORTS_TAB));
  const plan = reading.plan;
  const paces = plan.objectives.flatMap((o) =>
    o.keyResults.map((kr) => paceKeyResult(kr, today, checkIns, options.pacing)),
  );
  // Findings link to the owned tabs by the names they have here ("Écoles", not "Schools").
  const tabNames = {
    schools: ownedTabName(names, SCHOOLS_TAB) ?? undefined,
    supports: ownedTabName(names, SUPPORTS_TAB) ?? undefined,
    evidence: ownedTabName(names, EVIDENCE_TAB) ?? undefined,
    checkIns: ownedTabName(names, CHECK_INS_TAB) ?? undefined,
  };
  const findings = planHealth({ plan, today, schools, supports, evidence, checkIns, tabNames });
  return {
    ok: true,
    mapping: reading.map,
    snapshot: { plan, today, paces, findings, schools, supports, evidence, checkIns },
  };
}
