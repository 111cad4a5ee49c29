/**
 * What every plan-health rule looks at, and where its findings point: the plan's own cells (through
 * the column mapping, when the host has it) and the rows of the owned tabs.
 */
import { a1 } from '../cells';
import type { Bilingual } from '../messages';
import type { KeyResult, Objective, Plan } from '../plan-schema';
import type { CheckIn, EvidenceRecord, Finding, FindingRule, School, Support } from '../records';
import type { PlanMap, PlanField } from '../read-plan';
import {
  CHECK_INS_TAB,
  EVIDENCE_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  type ColumnKey,
} from '../owned-tabs';

/** The plan plus whatever owned tabs the workbook has; rules about a missing tab stay quiet. */
export interface PlanHealthInput {
  plan: Plan;
  today: string;
  schools?: School[];
  supports?: Support[];
  evidence?: EvidenceRecord[];
  checkIns?: CheckIn[];
  /** The plan's column mapping, so findings point at the exact cell (else at the row's first cell). */
  mapping?: PlanMap;
  /** Names of the owned tabs as they exist in this workbook (default: the English names). */
  tabNames?: Partial<Record<'schools' | 'supports' | 'evidence' | 'checkIns', string>>;
}

/** The plan cell holding `field` on a key result's row. */
export function keyResultCell(
  input: PlanHealthInput,
  keyResult: KeyResult,
  field: PlanField = 'keyResult',
): string {
  return a1(
    input.plan.sheet,
    keyResult.row,
    input.mapping?.columns[field] ?? input.mapping?.columns.keyResult ?? 0,
  );
}

/** The plan cell holding an objective's title. */
export function objectiveCell(input: PlanHealthInput, objective: Objective): string {
  return a1(
    input.plan.sheet,
    objective.row,
    input.mapping?.columns.objective ?? input.mapping?.columns.keyResult ?? 0,
  );
}

const DEFAULT_TABS = {
  schools: SCHOOLS_TAB,
  supports: SUPPORTS_TAB,
  evidence: EVIDENCE_TAB,
  checkIns: CHECK_INS_TAB,
};

/**
 * A cell of an owned tab: its row and the column of `key` in the tab's standard order. The key is
 * one of that tab's column keys: a misspelt one does not compile (it once pointed at column A).
 */
export function ownedTabCell<T extends keyof typeof DEFAULT_TABS>(
  input: PlanHealthInput,
  tab: T,
  row: number,
  key: ColumnKey<(typeof DEFAULT_TABS)[T]>,
): string {
  const owned = DEFAULT_TABS[tab];
  const col = owned.columns.findIndex((c) => c.key === key);
  return a1(input.tabNames?.[tab] ?? owned.name.en, row, col);
}

/** A finding about a school, pointing at one of its cells in the Schools tab. */
export function schoolFinding(
  input: PlanHealthInput,
  school: School,
  rule: FindingRule,
  column: ColumnKey<typeof SCHOOLS_TAB>,
  text: Bilingual,
  severity: Finding['severity'] = 'warning',
): Finding {
  return {
    rule,
    severity,
    message: text,
    place: { kind: 'school', name: school.name },
    cell: ownedTabCell(input, 'schools', school.row, column),
  };
}
