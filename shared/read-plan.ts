/**
 * Reads a district's plan from its workbook by weighing interpretations: every candidate reading
 * (which tab, which header row, which column plays which role, where objectives come from) is read
 * and scored by how well it explains the cells; the best one wins, and a close second is reported.
 * A coordinator's PlanMap is read as given. Pure: hosts hand in tables, get back a Plan
 * (zod-validated), the PlanMap that produced it, and diagnostics pointing at cells.
 */
import { a1, type SheetTable } from './cells';
import type { Diagnostic, Locale } from './messages';
import { planSchema, type Objective, type Plan } from './plan-schema';
import { message, t, type Message } from './i18n';
import { headerCandidates, type HeaderMapping } from './reading/header-mapping';
import { mappingDiagnostics } from './reading/mapping-diagnostics';
import type { PlanField } from './reading/plan-fields';
import type { PlanMap } from './reading/plan-map';
import {
  candidateReadings,
  mapFromHeader,
  type CandidateReading,
} from './reading/reading-candidates';
import { readingFit } from './reading/reading-fit';
import { readTabWithMap, type TabReading, type WorkbookContext } from './reading/read-with-map';
import { schoolYearInName, sheetCandidates, type SheetCandidate } from './reading/sheet-choice';
import { normalizeWords } from './reading/normalize-text';
import { sectionTitle } from './reading/row-patterns';
import { readDateText } from './reading/dates';
import { readSchools } from './owned-tab-reading';
import { SCHOOLS_TAB, isTabNamed } from './owned-tabs';

export type { PlanField } from './reading/plan-fields';
export type { PlanMap } from './reading/plan-map';
export type { SheetCandidate } from './reading/sheet-choice';

/** What the host already knows: the sheet to read, a saved PlanMap, stable ids by row. */
export interface ReadPlanOptions {
  sheet?: string;
  map?: PlanMap;
  /** 0-based sheet row → stable id given by the host (e.g. Sheets developer metadata). */
  keyResultIds?: Record<number, string>;
  /** Today (ISO date): a tab naming a school year that has ended is last year's copy of a tab naming none. */
  today?: string;
}

/** The plan with its PlanMap and diagnostics, or why no plan could be read (with every sheet looked at). */
export type PlanReading =
  | {
      ok: true;
      plan: Plan;
      map: PlanMap;
      headers: string[];
      diagnostics: Diagnostic[];
      candidates: SheetCandidate[];
    }
  | {
      ok: false;
      error: { code: 'no-plan-table' | 'sheet-not-found'; message: Message };
      candidates: SheetCandidate[];
      diagnostics: Diagnostic[];
    };

/** A reading that was tried: the candidate, what it gave, and its fit. */
interface TriedReading {
  candidate: CandidateReading;
  tabs: TabReading[];
  objectives: Objective[];
  fit: number;
}

/** Two readings whose fits differ by less than one value read are reported as a close call. */
const CLOSE_CALL = 1;

/** The plan held by `sheets`, or why none could be read. */
export function readPlan(sheets: SheetTable[], options: ReadPlanOptions = {}): PlanReading {
  const candidates = sheetCandidates(sheets);
  const wanted = options.map?.sheet ?? options.sheet;
  if (wanted !== undefined && !findSheet(sheets, wanted)) {
    return {
      ok: false,
      error: {
        code: 'sheet-not-found',
        message: message('error.sheetNotFound', {
          sheet: wanted,
          sheets: sheets.map((s) => s.name).join(', '),
        }),
      },
      candidates,
      diagnostics: [],
    };
  }
  if (options.map) return readGivenMap(sheets, options.map, candidates, options.keyResultIds ?? {});
  const pool = wanted === undefined ? sheets : [findSheet(sheets, wanted) as SheetTable];
  const workbook = workbookContext(sheets);
  const thisYear = options.today ? schoolYearOf(options.today) : null;
  // Readings are weighed on the first rows of very long tabs; the one kept is then read in full.
  const views = sheets.map(scoringView);
  const tried = candidateReadings(
    wanted === undefined ? views : [scoringView(pool[0])],
    wanted !== undefined,
    workbook.year,
    thisYear,
  ).map((candidate) => tryReading(views, candidate, options.keyResultIds ?? {}, workbook));
  const ranked = rank(tried, workbook.year, thisYear);
  const best =
    ranked[0] &&
    (views.every((v, i) => v === sheets[i])
      ? ranked[0]
      : inFull(sheets, ranked[0], options.keyResultIds ?? {}, workbook));
  if (!best || best.objectives.length === 0)
    return noPlanTable(
      wanted === undefined ? candidates : candidates.filter((c) => c.sheet === pool[0].name),
    );
  return assemble(best, candidates, closeCall(best, ranked));
}

function findSheet(sheets: SheetTable[], name: string): SheetTable | undefined {
  return (
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => normalizeWords(s.name) === normalizeWords(name))
  );
}

/** Rows enough to weigh the readings of a tab: a plan's structure shows long before row 400. */
const SCORING_ROWS = 400;

function scoringView(table: SheetTable): SheetTable {
  return table.values.length <= SCORING_ROWS
    ? table
    : {
        ...table,
        values: table.values.slice(0, SCORING_ROWS),
        formats: table.formats?.slice(0, SCORING_ROWS),
      };
}

/** The reading kept, read again on the whole tabs. */
function inFull(
  sheets: SheetTable[],
  tried: TriedReading,
  ids: Record<number, string>,
  workbook: WorkbookContext,
): TriedReading {
  const table = findSheet(sheets, tried.candidate.table.name) as SheetTable;
  return { ...tryReading(sheets, { ...tried.candidate, table }, ids, workbook), fit: tried.fit };
}

/** Reads a map as given (a coordinator's correction, or one saved at Set up): no guessing. */
function readGivenMap(
  sheets: SheetTable[],
  map: PlanMap,
  candidates: SheetCandidate[],
  ids: Record<number, string>,
): PlanReading {
  const table = findSheet(sheets, map.sheet) as SheetTable;
  const header = headerCandidates(table, 5).find((h) => h.headerRow === map.headerRow) ?? null;
  const given: CandidateReading = {
    map: { ...map, sheet: table.name },
    header: header ?? {
      headerRow: map.headerRow,
      columns: map.columns,
      reasons: map.reasons,
      ambiguous: [],
    },
    table,
  };
  const tried = tryReading(sheets, given, ids, workbookContext(sheets));
  if (tried.objectives.length === 0)
    return noPlanTable(candidates.filter((c) => c.sheet === table.name));
  return assemble(
    { ...tried, candidate: { ...given, header: header ?? given.header } },
    candidates,
    null,
    header === null,
  );
}

/** Reads every tab of a candidate and scores the result. */
function tryReading(
  sheets: SheetTable[],
  given: CandidateReading,
  ids: Record<number, string>,
  workbook: WorkbookContext,
): TriedReading {
  let candidate = given;
  const tabs: TabReading[] = [];
  if (given.map.objectives === 'tabs') {
    for (const name of [given.map.sheet, ...(given.map.moreSheets ?? [])]) {
      const table = findSheet(sheets, name);
      if (!table) continue;
      const first = name === given.map.sheet;
      const read =
        first && given.map.setBy === 'coordinator'
          ? asGiven(table, given, ids, workbook)
          : bestTabReading(table, first ? ids : {}, workbook);
      if (!read) continue;
      tabs.push(read.tab);
      if (first)
        candidate = {
          ...given,
          map: { ...read.map, moreSheets: given.map.moreSheets, setBy: given.map.setBy },
          header: read.header ?? given.header,
        };
    }
  } else {
    tabs.push(readTabWithMap(candidate.table, candidate.map, ids, undefined, workbook));
  }
  const objectives = tabs.flatMap((t) =>
    t.objectives.map((o) =>
      tabs.length > 1
        ? {
            ...o,
            sheet: t.sheet,
            keyResults: o.keyResults.map((kr) => ({ ...kr, sheet: t.sheet })),
          }
        : o,
    ),
  );
  const diagnostics = tabs.flatMap((t) => t.diagnostics);
  const hidden = candidate.table.hiddenColumns ?? [];
  return {
    candidate,
    tabs,
    objectives,
    fit: readingFit(candidate.map, candidate.header, hidden, {
      objectives,
      diagnostics,
      headerLineLeftOut: tabs[0]?.headerLineLeftOut,
    }),
  };
}

/**
 * What the whole workbook says to every tab: the names in its Schools tab (a row named after a school
 * is a breakdown, not a key result) and the latest school year its tab names or top lines name.
 */
function workbookContext(sheets: SheetTable[]): WorkbookContext {
  const tab = sheets.find((s) => isTabNamed(s.name, SCHOOLS_TAB));
  const schoolNames = new Set(
    readSchools(tab ?? null).map((school) => normalizeWords(school.name)),
  );
  const texts = sheets.flatMap((s) => [
    s.name,
    ...s.values
      .slice(0, 3)
      .flat()
      .filter((v): v is string => typeof v === 'string'),
  ]);
  const years = texts.map(schoolYearInName).filter((y): y is number => y !== null);
  return { schoolNames, year: years.length ? Math.max(...years) : null };
}

/** The map of another tab of a one-tab-per-objective plan: its own header row, the first tab's columns. */
interface TabChoice {
  tab: TabReading;
  map: PlanMap;
  header: HeaderMapping | null;
}

/** A tab of a one-tab-per-objective plan read with the map given for it. */
function asGiven(
  table: SheetTable,
  given: CandidateReading,
  ids: Record<number, string>,
  workbook: WorkbookContext,
): TabChoice {
  return {
    tab: readTabWithMap(table, given.map, ids, tabObjectiveTitle(table, given.map), workbook),
    map: given.map,
    header: given.header,
  };
}

/** A tab of a one-tab-per-objective plan, read with whichever of its header readings explains it best. */
function bestTabReading(
  table: SheetTable,
  ids: Record<number, string>,
  workbook: WorkbookContext,
): TabChoice | null {
  let best: (TabChoice & { fit: number }) | null = null;
  for (const header of headerCandidates(table, 5)) {
    const map: PlanMap = { ...mapFromHeader(table, header), objectives: 'tabs' };
    const tab = readTabWithMap(table, map, ids, tabObjectiveTitle(table, map), workbook);
    const fit = readingFit(map, header, table.hiddenColumns ?? [], tab);
    if (!best || fit > best.fit) best = { tab, map, header, fit };
  }
  return best;
}

/** "Objective 2: …" above the tab's header, else the first line above it, else the tab's name. */
function tabObjectiveTitle(table: SheetTable, map: PlanMap): string {
  const top = map.headerRow - ((map.headerRows ?? 1) - 1);
  const lines = table.values
    .slice(0, top)
    .map((row) => row.find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined)
    .filter((v): v is string => v !== undefined);
  const section = lines.map((line) => sectionTitle(line)).find((t) => t !== null);
  return section ?? lines[0]?.trim() ?? table.name;
}

/**
 * Best first. Between readings that fit alike, the tab naming the later school year in its name or
 * title wins ("2025-26 Plan" over "2024-25 Plan"), then the candidate met first. A tab naming no year
 * is taken to be this year's; when today is known, it is a year later than a copy of it (the same key
 * results) whose tab names a school year that has ended.
 */
function rank(
  tried: TriedReading[],
  workbookYear: number | null,
  thisYear: number | null,
): TriedReading[] {
  const named = tried.map(namedYear);
  const years = tried.map(
    (t, i) => named[i] ?? latestDueYear(t) ?? headerYear(t.candidate.map) ?? workbookYear,
  );
  if (thisYear !== null && named.some((y) => y !== null && y < thisYear)) {
    const titles = tried.map(keyResultTitles);
    tried.forEach((_, i) => {
      const copyOfEnded = (y: number | null, j: number) =>
        y !== null && y < thisYear && sharesMost(titles[i], titles[j]);
      if (named[i] === null && named.some(copyOfEnded)) years[i] = thisYear;
    });
  }
  const known = years.filter((y): y is number => y !== null);
  const oldest = known.length > 0 ? Math.min(...known) : 0;
  const score = (t: TriedReading, i: number) =>
    t.fit + (years[i] !== null ? (years[i] as number) - oldest : 0) * YEAR_BONUS;
  return tried
    .map((t, i) => ({ t, s: score(t, i), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ t }) => t);
}

/** The school year a reading's tab names, in its name or its title line. */
function namedYear(t: TriedReading): number | null {
  return (
    schoolYearInName(t.candidate.map.sheet) ??
    (t.tabs[0]?.title ? schoolYearInName(t.tabs[0].title) : null)
  );
}

function keyResultTitles(t: TriedReading): Set<string> {
  return new Set(t.objectives.flatMap((o) => o.keyResults.map((kr) => normalizeWords(kr.title))));
}

/** Two readings of one plan: most of the smaller one's key-result titles are in the other. */
function sharesMost(a: Set<string>, b: Set<string>): boolean {
  const smaller = a.size <= b.size ? a : b;
  const other = smaller === a ? b : a;
  const shared = [...smaller].filter((title) => other.has(title)).length;
  return smaller.size > 0 && shared * 2 > smaller.size;
}

/** The school year (its June) of the latest due date a reading found: last year's copy has last year's dates. */
function latestDueYear(tried: TriedReading): number | null {
  const dues = tried.objectives
    .flatMap((o) => o.keyResults.map((kr) => kr.due))
    .filter((d): d is string => d !== null);
  if (dues.length === 0) return null;
  // ISO dates sort as text; the last is the latest (not Math.max: these are strings).
  return schoolYearOf([...dues].sort()[dues.length - 1]);
}

/** The school year a header's date names ("Départ (sept. 2025)" → 2026): last year's copy has last year's headers. */
function headerYear(map: PlanMap): number | null {
  const years = Object.values(map.reasons)
    .flatMap((text) => (text ?? '').match(/\(([^)]*)\)/g) ?? [])
    .map((part) => readDateText(part.slice(1, -1)))
    .filter((iso): iso is string => iso !== null)
    .map(schoolYearOf);
  return years.length ? Math.max(...years) : null;
}

/** The June that ends the school year a date falls in. */
function schoolYearOf(iso: string): number {
  const [year, month] = iso.split('-').map(Number);
  return month >= 7 ? year + 1 : year;
}

/** A later school year outweighs small differences in fit, not a plan read much better. */
const YEAR_BONUS = 200;

/** The runner-up when it reads a different plan and fits almost as well. */
function closeCall(best: TriedReading, ranked: TriedReading[]): TriedReading | null {
  const shape = (t: TriedReading) =>
    JSON.stringify(
      t.objectives.map((o) => [
        o.title,
        o.keyResults.map((k) => [k.title, k.baseline, k.target, k.current, k.due]),
      ]),
    );
  const bestShape = shape(best);
  const runnerUp = ranked.slice(1).find((t) => t.objectives.length > 0 && shape(t) !== bestShape);
  if (!runnerUp || best.fit <= 0) return null;
  return best.fit - runnerUp.fit < CLOSE_CALL ? runnerUp : null;
}

function assemble(
  best: TriedReading,
  candidates: SheetCandidate[],
  runnerUp: TriedReading | null,
  givenWithoutHeader = false,
): PlanReading {
  const { map } = best.candidate;
  const first = best.tabs[0];
  const plan = planSchema.parse({
    sheet: map.sheet,
    title: first.title,
    vision: first.vision,
    headerRow: map.headerRow,
    objectives: best.objectives,
  });
  const skippedRows = best.tabs.flatMap((t) =>
    t.skipped
      .filter((s) => s.why !== 'blank')
      .map((s) => ({ ...(best.tabs.length > 1 ? { sheet: t.sheet } : {}), ...s })),
  );
  const finalMap: PlanMap = { ...map, ...(skippedRows.length ? { skippedRows } : {}) };
  const diagnostics = [
    ...readingNotes(best, givenWithoutHeader),
    ...best.tabs.flatMap((t) => t.diagnostics),
  ];
  if (runnerUp) diagnostics.unshift(closeCallNote(best, runnerUp));
  return { ok: true, plan, map: finalMap, headers: first.headers, diagnostics, candidates };
}

/** Missing or ambiguous columns, series used, objective column without header: what the coordinator should check. */
function readingNotes(best: TriedReading, givenWithoutHeader: boolean): Diagnostic[] {
  const { map, header, table } = best.candidate;
  const sectionObjectives =
    best.objectives.length > 0 &&
    !best.tabs.some((t) => t.diagnostics.some((d) => d.code === 'key-result-without-objective'));
  const foundElsewhere: PlanField[] = [
    ...(sectionObjectives || map.objectives === 'tabs' ? ['objective' as const] : []),
    ...(map.series?.length ? ['current' as const] : []),
    ...(map.due ? ['due' as const] : []),
  ];
  const used: HeaderMapping = givenWithoutHeader
    ? {
        headerRow: map.headerRow,
        columns: map.columns,
        reasons: map.reasons,
        ambiguous: [],
        periods: map.series,
      }
    : {
        ...header,
        columns: map.columns,
        periods: map.series,
        ambiguous: header.ambiguous.filter((a) => map.columns[a.field] !== a.col),
      };
  return mappingDiagnostics(table, used, best.tabs[0].headers, foundElsewhere);
}

function closeCallNote(best: TriedReading, runnerUp: TriedReading): Diagnostic {
  const count = (t: TriedReading) => t.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  const params = {
    sheet: runnerUp.candidate.map.sheet,
    row: runnerUp.candidate.map.headerRow + 1,
    count: count(runnerUp),
    chosen: count(best),
  };
  return {
    severity: 'info',
    code: 'close-reading',
    message: message('diag.closeReading', params),
    cell: a1(best.candidate.map.sheet, best.candidate.map.headerRow, 0),
  };
}

function noPlanTable(candidates: SheetCandidate[]): PlanReading {
  if (candidates.length === 0)
    return {
      ok: false,
      error: { code: 'no-plan-table', message: message('error.noSheets') },
      candidates,
      diagnostics: [],
    };
  const looked = (locale: Locale) =>
    candidates
      .map(({ sheet, reason }) =>
        t(locale, 'sheet.lookedAt', { sheet: message('sheet.quoted', { sheet }), reason }),
      )
      .join(t(locale, 'sheet.lookedAtSeparator'));
  const sheets = { en: looked('en'), fr: looked('fr') };
  return {
    ok: false,
    error: { code: 'no-plan-table', message: message('error.noPlanTable', { sheets }) },
    candidates,
    diagnostics: [],
  };
}
