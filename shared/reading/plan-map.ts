/**
 * The PlanMap: every choice the reader made to read a plan sheet, as one plain, versioned,
 * serializable object. The reader returns it next to the plan; Set up shows it and lets the
 * coordinator change it; the add-on saves it in the document and re-applies it at every refresh; the
 * CLI prints it (`inspect --explain`) and takes one (`--map FILE`). A coordinator's map always beats
 * the reader's guess. Version 1 was the column mapping alone; `upgradePlanMap` reads both.
 */
import * as z from 'zod/mini';
import { en as zodEnglish } from 'zod/locales';
import { PLAN_FIELDS, type PlanField } from './plan-fields';

// zod/mini words no issue until given a locale; a refused map file says what is wrong in English.
z.config(zodEnglish());

export const PLAN_MAP_VERSION = 2;

/** Where the plan's objectives come from. */
export const objectiveSourceSchema = z.enum([
  /** An objective column (on every row, merged, or blank meaning "same as above"). */
  'column',
  /** Rows alone in the table ("Objective 2: …", a bold title, "O2 …") above their key results. */
  'rows',
  /** One tab per objective: the tab's title (or name) is the objective. */
  'tabs',
  /** No objective at all: key results are grouped under one "(no objective)". */
  'none',
]);
export type ObjectiveSource = z.infer<typeof objectiveSourceSchema>;

/** Why a row under the header was not read as a key result. */
export const skipReasonSchema = z.enum([
  'blank',
  'header-repeat',
  'objective',
  'note',
  'summary-row',
  'breakdown',
  'action-step',
  'indicator-group',
  'no-title',
  'rationale',
]);
export type SkipReason = z.infer<typeof skipReasonSchema>;

const fieldColumns = z.partialRecord(
  z.enum(PLAN_FIELDS as [PlanField, ...PlanField[]]),
  z.int().check(z.nonnegative()),
);
const fieldHeaders = z.partialRecord(
  z.enum(PLAN_FIELDS as [PlanField, ...PlanField[]]),
  z.string(),
);

export const planMapSchema = z.object({
  v: z.literal(PLAN_MAP_VERSION),
  /** The tab holding the plan (the first one when the plan spans one tab per objective). */
  sheet: z.string(),
  /** Further tabs read with the same layout, one objective each, in workbook order. */
  moreSheets: z.optional(z.array(z.string())),
  /** 0-based row of the header's last line: key results start below it. */
  headerRow: z.int().check(z.nonnegative()),
  /** How many rows the header spans (2 for "Results" merged over "Fall | Winter | Target"). */
  headerRows: z.optional(z.int().check(z.minimum(1), z.maximum(3))),
  /** Column (0-based) of each field. */
  columns: fieldColumns,
  /** The header text of each mapped column, as the sheet writes it (for explanations). */
  reasons: fieldHeaders,
  /** Value columns in time order ("2023-24 | 2024-25", "Q1…Q4", "BOY | MOY"): the latest filled one after the baseline is current. */
  series: z.optional(z.array(z.int().check(z.nonnegative()))),
  /** Where objectives come from. */
  objectives: z.optional(objectiveSourceSchema),
  /** Due date read from a header ("Goal (May 2026)"), for key results whose row gives none. */
  due: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Rows under the header the reader did not take as key results, and why (filled by the reader; ignored when given). */
  skippedRows: z.optional(
    z.array(
      z.object({
        sheet: z.optional(z.string()),
        row: z.int().check(z.nonnegative()),
        why: skipReasonSchema,
      }),
    ),
  ),
  /** Who made this map: the reader's guess, or a coordinator's correction (which always wins). */
  setBy: z.optional(z.enum(['reader', 'coordinator'])),
});

export type PlanMap = z.infer<typeof planMapSchema>;

/** Version 1: the column mapping saved before the PlanMap existed. */
const planMapV1Schema = z.object({
  sheet: z.string(),
  headerRow: z.int().check(z.nonnegative()),
  columns: fieldColumns,
  reasons: z.optional(fieldHeaders),
  periods: z.optional(z.array(z.int().check(z.nonnegative()))),
});

/** A saved map of any version as today's PlanMap, or null when it is not one. */
export function upgradePlanMap(saved: unknown): PlanMap | null {
  const current = planMapSchema.safeParse(saved);
  if (current.success) return current.data;
  const v1 = planMapV1Schema.safeParse(saved);
  if (!v1.success) return null;
  const { periods, reasons, ...rest } = v1.data;
  return {
    v: PLAN_MAP_VERSION,
    ...rest,
    reasons: reasons ?? {},
    ...(periods?.length ? { series: periods } : {}),
    setBy: 'coordinator',
  };
}

/** Parses a map from JSON text (a file given to `--map`, a document setting), or says why not. */
export function parsePlanMap(
  text: string,
): { ok: true; map: PlanMap } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const envelope =
    raw && typeof raw === 'object' && 'data' in raw
      ? (raw as { data: unknown }).data
      : raw && typeof raw === 'object' && 'map' in raw
        ? (raw as { map: unknown }).map
        : raw && typeof raw === 'object' && 'mapping' in raw
          ? (raw as { mapping: unknown }).mapping
          : raw;
  const map = upgradePlanMap(envelope);
  if (map) return { ok: true, map };
  const issues = planMapSchema.safeParse(envelope);
  return {
    ok: false,
    error: issues.success
      ? 'unknown'
      : issues.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
  };
}
