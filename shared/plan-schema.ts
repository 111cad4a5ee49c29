/**
 * The Plan as every host sees it once a sheet has been read. Validated with zod so a host can
 * trust a plan it got back from storage or from the other side of the web-app protocol; zod/mini,
 * the functional form, because the command line loads it on every run and the full API would be a
 * third of its bundle.
 * Values are on the sheet's own scale (percent points when the sheet shows 42%).
 */
import * as z from 'zod/mini';

export const indicatorSchema = z.enum(['leading', 'lagging']);
export const directionSchema = z.enum(['increase', 'decrease']);
export const statusSchema = z.enum(['no-data', 'achieved', 'on-track', 'at-risk', 'off-track']);

export type Indicator = z.infer<typeof indicatorSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type KeyResultStatus = z.infer<typeof statusSchema>;

/** ISO calendar date, YYYY-MM-DD (no time, no zone: school calendars are local). */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const keyResultSchema = z.object({
  /** Stable id: given by the host (Sheets developer metadata) or derived from the title. */
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  indicator: z.nullable(indicatorSchema),
  baseline: z.nullable(z.number()),
  target: z.nullable(z.number()),
  current: z.nullable(z.number()),
  unit: z.nullable(z.string()),
  owners: z.array(z.string()),
  start: z.nullable(isoDateSchema),
  due: z.nullable(isoDateSchema),
  direction: z.nullable(directionSchema),
  /** 0-based row in the plan sheet, for links and diagnostics. */
  row: z.int().check(z.nonnegative()),
  /** The tab the row is on, when the plan spans one tab per objective (else the plan's sheet). */
  sheet: z.optional(z.string()),
});

export const objectiveSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Null for the key results a plan lists under no objective: hosts show "(no objective)" in words. */
  title: z.nullable(z.string().check(z.minLength(1))),
  row: z.int().check(z.nonnegative()),
  sheet: z.optional(z.string()),
  keyResults: z.array(keyResultSchema),
});

export const planSchema = z.object({
  sheet: z.string(),
  /** Title row or vision line above the table, when the sheet has one. */
  title: z.nullable(z.string()),
  vision: z.nullable(z.string()),
  headerRow: z.int().check(z.nonnegative()),
  objectives: z.array(objectiveSchema),
});

export type KeyResult = z.infer<typeof keyResultSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Plan = z.infer<typeof planSchema>;
