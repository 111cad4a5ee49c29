/**
 * `inspect`: reads a workbook file, its plan and owned tabs, paces every key result and checks the
 * plan's health. Returns either the JSON report or the readable table; errors are values with the
 * one-line message the CLI prints.
 */
import type { SheetTable } from '../../shared/cells';
import type { Locale } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { readPlan } from '../../shared/read-plan';
import { paceKeyResult } from '../../shared/pacing';
import { planHealth } from '../../shared/plan-health';
import {
  readCheckIns,
  readEvidence,
  readSchools,
  readSupports,
} from '../../shared/owned-tab-reading';
import {
  CHECK_INS_TAB,
  EVIDENCE_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  isTabNamed,
  type OwnedTab,
} from '../../shared/owned-tabs';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { readFile } from 'node:fs/promises';
import { parsePlanMap, type PlanMap } from '../../shared/reading/plan-map';
import { explainReading, explanationText } from '../../shared/reading/reading-explanation';
import { renderPlanTable } from './cli-table';
import { inspectReport } from './cli-report';

/** What `inspect` was asked: the file, an optional sheet, the day to pace on, the output form and language. */
export interface InspectOptions {
  file: string;
  sheet?: string;
  today: string;
  json: boolean;
  locale: Locale;
  /** Print what the reader understood (tab, header, columns, skipped rows, key results); with `json`, add the PlanMap. */
  explain?: boolean;
  /** A PlanMap file (from `--explain --json`, or written by hand) to read the plan with instead of guessing. */
  mapFile?: string;
}

/** The text to print on stdout, or the one-line error for stderr. */
export async function inspect(
  options: InspectOptions,
): Promise<{ ok: true; output: string } | { ok: false; message: string }> {
  const file = await readWorkbookFile(options.file);
  if (!file.ok) {
    const key = file.error.code === 'file-not-found' ? 'cli.fileNotFound' : 'cli.notSpreadsheet';
    return { ok: false, message: t(options.locale, key, { path: options.file }) };
  }
  const given = options.mapFile ? await readMapFile(options.mapFile, options.locale) : null;
  if (given && !given.ok) return given;
  const reading = readPlan(file.sheets, {
    sheet: options.sheet,
    today: options.today,
    ...(given ? { map: given.map } : {}),
  });
  if (!reading.ok) return { ok: false, message: reading.error.message[options.locale] };
  const tab = (owned: OwnedTab) => ownedTable(file.sheets, owned);
  const checkIns = readCheckIns(tab(CHECK_INS_TAB));
  const evidence = readEvidence(tab(EVIDENCE_TAB));
  const schools = readSchools(tab(SCHOOLS_TAB));
  const supports = readSupports(tab(SUPPORTS_TAB));
  const tabNames = {
    schools: tab(SCHOOLS_TAB)?.name,
    supports: tab(SUPPORTS_TAB)?.name,
    evidence: tab(EVIDENCE_TAB)?.name,
    checkIns: tab(CHECK_INS_TAB)?.name,
  };
  const { plan, map: mapping, diagnostics } = reading;
  const paces = plan.objectives.flatMap((o) =>
    o.keyResults.map((kr) => paceKeyResult(kr, options.today, checkIns)),
  );
  const findings = planHealth({
    plan,
    today: options.today,
    schools,
    supports,
    evidence,
    checkIns,
    mapping,
    tabNames,
  });
  const report = inspectReport(plan, paces, findings, diagnostics);
  if (options.json)
    return {
      ok: true,
      output: JSON.stringify(options.explain ? { ...report, map: mapping } : report, null, 2),
    };
  const table = renderPlanTable(plan, paces, findings, diagnostics, options.locale, options.today);
  if (!options.explain) return { ok: true, output: table };
  return {
    ok: true,
    output: `${explanationText(explainReading(plan, mapping, options.locale, Number.MAX_SAFE_INTEGER), options.locale)}\n\n${table}`,
  };
}

/** The PlanMap in a `--map` file, or the one-line error to print. */
async function readMapFile(
  path: string,
  locale: Locale,
): Promise<{ ok: true; map: PlanMap } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, message: t(locale, 'cli.mapNotFound', { path }) };
  }
  const parsed = parsePlanMap(text);
  return parsed.ok
    ? parsed
    : { ok: false, message: t(locale, 'cli.badMap', { path, error: parsed.error }) };
}

/** The owned tab in either language, if the workbook has it. */
function ownedTable(sheets: SheetTable[], tab: OwnedTab): SheetTable | null {
  return sheets.find((sheet) => isTabNamed(sheet.name, tab)) ?? null;
}
