/**
 * Reads the tabs the product owns (Check-ins, Evidence, Schools, Supports) into records, finding
 * columns by their English or French headers and skipping blank rows. A coordinator's own plain
 * "Schools" tab (School, Practice, Principal, Coach) reads the same way.
 */
import { isBlank, type CellValue, type SheetTable } from './cells';
import {
  EVIDENCE_TYPES,
  IMPLEMENTATION_STAGES,
  SUPPORT_KINDS,
  type EvidenceType,
  type ImplementationStage,
  type SupportKind,
} from './evidence-vocabulary';
import {
  CHECK_INS_TAB,
  EVIDENCE_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  type OwnedTab,
} from './owned-tabs';
import type { CheckIn, EvidenceRecord, School, Support } from './records';
import { cellText } from './reading/cell-text';
import { readNumber } from './reading/cell-values';
import { isoFromDate, readDate } from './reading/dates';
import { normalizeWords } from './reading/normalize-text';
import { findOwnedColumns } from './reading/owned-columns';
import { readOwners } from './reading/owners';

type RowGetter = (key: string) => CellValue;

/** Calls `read` for every non-blank row under the tab's header row. */
function readRows<T>(
  table: SheetTable | null,
  tab: OwnedTab,
  read: (get: RowGetter, row: number) => T | null,
  minimum = 2,
): T[] {
  if (!table) return [];
  const found = findOwnedColumns(table, tab, minimum);
  if (!found) return [];
  const records: T[] = [];
  for (let row = found.headerRow + 1; row < table.values.length; row++) {
    const cells = table.values[row] ?? [];
    if (cells.every(isBlank)) continue;
    const get: RowGetter = (key) =>
      found.columns[key] === undefined ? null : (cells[found.columns[key]] ?? null);
    const record = read(get, row);
    if (record !== null) records.push(record);
  }
  return records;
}

/** Text needing no clean-up: no space at either end, no run of spaces, no other white space. */
const NEEDS_CLEANING = /[^\S ]| {2}|^ | $/;

/** cellText, without a new string for the (usual) text that is already clean: 100,000 rows × 15 cells. */
const text = (get: RowGetter, key: string): string => {
  const value = get(key);
  return typeof value === 'string' && !NEEDS_CLEANING.test(value) ? value : cellText(value);
};
const isoDay = (value: CellValue): string | null => {
  const reading = readDate(value, undefined, 'dmy');
  return reading.kind === 'date' ? reading.iso : null;
};
const numberOrNull = (value: CellValue): number | null => {
  const reading = readNumber(value);
  return reading.kind === 'number' ? reading.value : null;
};
const list = (value: string): string[] =>
  value
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Check-ins with a readable date and value; the rest are skipped. */
export function readCheckIns(table: SheetTable | null): CheckIn[] {
  return readRows(table, CHECK_INS_TAB, (get, row) => {
    const date = isoDay(get('date'));
    const value = numberOrNull(get('value'));
    if (date === null || value === null) return null;
    return {
      keyResultId: text(get, 'keyResultId'),
      keyResultTitle: text(get, 'keyResult'),
      date,
      value,
      confidence: numberOrNull(get('confidence')),
      comment: text(get, 'comment'),
      by: text(get, 'by'),
      row,
    };
  });
}

/** Evidence rows as written by the clipper (type and stage stored as English codes). */
export function readEvidence(table: SheetTable | null): EvidenceRecord[] {
  const typeOf = memoCodeOf(EVIDENCE_TYPES, 'other');
  const stageOf = memoCodeOf(IMPLEMENTATION_STAGES, null);
  const seen = new Set<string>();
  // A clip id counts once wherever it appears (two devices, a reply lost after the write): the
  // first row of an id is the clip, later rows with the same id are not more evidence.
  const firstOfItsId = (record: EvidenceRecord) =>
    record.id === '' || (!seen.has(record.id) && seen.add(record.id) !== undefined);
  return readRows(table, EVIDENCE_TAB, (get, row) => ({
    id: text(get, 'id'),
    capturedAt: timestamp(get('capturedAt')),
    keyResultId: text(get, 'keyResultId'),
    keyResultTitle: text(get, 'keyResult'),
    school: text(get, 'school'),
    practice: text(get, 'practice'),
    type: typeOf(text(get, 'type')) as EvidenceType,
    stage: stageOf(text(get, 'stage')) as ImplementationStage | null,
    quote: text(get, 'quote'),
    note: text(get, 'note'),
    sourceTitle: text(get, 'sourceTitle'),
    sourceUrl: text(get, 'sourceUrl'),
    heading: text(get, 'heading'),
    coach: text(get, 'coach'),
    receivedAt: timestamp(get('receivedAt')),
    row,
  })).filter(firstOfItsId);
}

/** Schools with their selected practice, principal and coaches (";"-separated). */
export function readSchools(table: SheetTable | null): School[] {
  return readRows(
    table,
    SCHOOLS_TAB,
    (get, row) => {
      const name = text(get, 'school');
      if (name === '') return null;
      const coach = get('coach');
      return {
        name,
        practice: text(get, 'practice'),
        principal: text(get, 'principal'),
        coaches: readOwners(typeof coach === 'string' ? coach : cellText(coach)),
        row,
      };
    },
    1,
  );
}

/** PD, coaching and PLC supports with the objective each serves. */
export function readSupports(table: SheetTable | null): Support[] {
  return readRows(table, SUPPORTS_TAB, (get, row) => {
    const title = text(get, 'title');
    if (title === '') return null;
    return {
      kind: supportKind(text(get, 'kind')),
      title,
      start: isoDay(get('start')),
      end: isoDay(get('end')),
      objective: text(get, 'objective'),
      schools: list(text(get, 'schools')),
      facilitator: text(get, 'facilitator'),
      status: supportStatus(text(get, 'status')),
      row,
    };
  });
}

function timestamp(value: CellValue): string {
  return value instanceof Date
    ? value.getUTCHours() || value.getUTCMinutes()
      ? value.toISOString()
      : isoFromDate(value)
    : cellText(value);
}

function codeOf(value: string, codes: readonly string[], fallback: string | null): string | null {
  const words = normalizeWords(value).replace(/ /g, '-');
  return codes.find((c) => c === words) ?? fallback;
}

/** codeOf read once per distinct wording: an Evidence tab repeats a handful of them 100,000 times. */
function memoCodeOf(
  codes: readonly string[],
  fallback: string | null,
): (value: string) => string | null {
  const seen = new Map<string, string | null>();
  return (value) => {
    let code = seen.get(value);
    if (code === undefined && !seen.has(value)) {
      code = codeOf(value, codes, fallback);
      seen.set(value, code);
    }
    return code ?? null;
  };
}

function supportKind(value: string): SupportKind | null {
  const words = normalizeWords(value);
  if (/\b(plc|cap|communaute)\b/.test(words)) return 'plc';
  if (/\b(coaching|accompagnement|coach)\b/.test(words)) return 'coaching';
  if (/\b(pd|formation|professional development|perfectionnement)\b/.test(words)) return 'pd';
  return (SUPPORT_KINDS as readonly string[]).includes(words) ? (words as SupportKind) : null;
}

function supportStatus(value: string): Support['status'] {
  const words = normalizeWords(value);
  if (/^(held|done|tenu|tenue|realise|realisee|fait)$/.test(words)) return 'held';
  if (/^(planned|prevu|prevue|planifie|planifiee|a venir)$/.test(words)) return 'planned';
  return null;
}
