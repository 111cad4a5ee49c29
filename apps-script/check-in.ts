/**
 * Record a check-in: a sidebar form (key result, date, value, confidence 1–5, comment) appending one
 * row to Check-ins. The latest check-in then drives `current` on the Dashboard; the plan tab is not
 * touched. Text typed here is written inert, like clips.
 */
import * as z from 'zod';
import { formatAmount } from '../shared/dashboard/amounts';
import { objectiveTitle } from '../shared/dashboard/display-values';
import { t } from '../shared/i18n';
import { inertText } from '../shared/inert-text';
import type { Locale } from '../shared/messages';
import { readCheckIns } from '../shared/owned-tab-reading';
import { CHECK_INS_TAB, ownedTabName } from '../shared/owned-tabs';
import { checkInsFor } from '../shared/pacing';
import { isoDateSchema, type KeyResult } from '../shared/plan-schema';
import { type HostContext, hostContext } from './host-context';
import { loadPlan } from './plan-loading';
import { runRefresh } from './refresh';
import { showSidebar } from './sidebar';
import { unlessProtectedAgainstMe } from './tab-protection';

export interface CheckInState {
  locale: Locale;
  today: string;
  /** `current` is the latest check-in, else the plan's value: what the Dashboard shows now. */
  keyResults: {
    id: string;
    title: string;
    objective: string;
    unit: string | null;
    current: number | null;
  }[];
}

const checkInFormSchema = z.object({
  keyResultId: z.string().min(1).max(200),
  date: isoDateSchema,
  value: z.coerce.number().refine(Number.isFinite),
  confidence: z
    .union([z.coerce.number().int().min(1).max(5), z.literal(''), z.null()])
    .default(null),
  comment: z.string().max(2000).default(''),
  by: z.string().max(200).default(''),
});

/** The check-in's day as a date cell (not a string Sheets would have to guess at). */
const calendarDay = (iso: string) =>
  new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );

export function showCheckIn(): void {
  showSidebar('check-in-sidebar', 'addon.checkIn.title');
}

function planKeyResults(ctx: HostContext): CheckInState['keyResults'] {
  const reading = loadPlan(ctx);
  if (!reading.ok) return [];
  const tab = ownedTabName(ctx.port.sheetNames(), CHECK_INS_TAB);
  const checkIns = readCheckIns(tab ? ctx.port.readSheet(tab) : null);
  const latest = (kr: KeyResult) => checkInsFor(kr, checkIns).at(-1)?.value ?? kr.current;
  return reading.plan.objectives.flatMap((o) =>
    o.keyResults.map((kr) => ({
      id: kr.id,
      title: kr.title,
      objective: objectiveTitle(o, ctx.locale),
      unit: kr.unit,
      current: latest(kr),
    })),
  );
}

/** Sidebar: the key results to pick from, and today's date as the default. */
export function getCheckInState(): CheckInState {
  const ctx = hostContext();
  return { locale: ctx.locale, today: ctx.today, keyResults: planKeyResults(ctx) };
}

/** Sidebar: appends the check-in and refreshes, so the Dashboard shows the new value at once. */
export function saveCheckIn(
  form: unknown,
): { ok: true; message: string } | { ok: false; message: string } {
  const ctx = hostContext();
  const parsed = checkInFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, message: t(ctx.locale, 'addon.checkIn.invalid') };
  const checkIn = parsed.data;
  const keyResult = planKeyResults(ctx).find((kr) => kr.id === checkIn.keyResultId);
  if (!keyResult) return { ok: false, message: t(ctx.locale, 'addon.checkIn.unknownKeyResult') };
  const written = unlessProtectedAgainstMe(ctx, () => appendCheckIn(ctx, keyResult, checkIn));
  if (!written.ok) return written;
  return {
    ok: true,
    message: t(ctx.locale, 'addon.checkIn.saved', {
      value: formatAmount(checkIn.value, keyResult.unit, ctx.locale),
    }),
  };
}

/** Appends one check-in row (text inert, the day as a date) and refreshes the Dashboard. */
function appendCheckIn(
  ctx: HostContext,
  keyResult: CheckInState['keyResults'][number],
  checkIn: z.infer<typeof checkInFormSchema>,
): void {
  const name = ownedTabName(ctx.port.sheetNames(), CHECK_INS_TAB) ?? CHECK_INS_TAB.name[ctx.locale];
  const confidence = typeof checkIn.confidence === 'number' ? checkIn.confidence : '';
  ctx.port.appendRows(
    name,
    CHECK_INS_TAB.columns.map((c) => c.header[ctx.locale]),
    [
      [
        keyResult.id,
        inertText(keyResult.title),
        calendarDay(checkIn.date),
        checkIn.value,
        confidence,
        inertText(checkIn.comment),
        inertText(checkIn.by),
      ],
    ],
  );
  ctx.port.forget();
  runRefresh(ctx);
}
