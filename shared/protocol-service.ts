/**
 * The web-app protocol served by both hosts (the Apps Script web app and local mode): parse and
 * validate a request, check the coach's secret, answer `catalog`, and write `clip` batches under
 * the host's lock, deduplicated by clip id, in one append. Pure: the host supplies storage, the
 * lock and the clock through ProtocolDeps. Nothing is written when a request fails as a whole.
 * Every string of a request is made storable (shared/storable-text.ts) as it is parsed, and a saved
 * clip naming a school the catalog lacks comes back with an `unknown-school` warning.
 */
import type { CellValue } from './cells';
import { objectiveTitle } from './dashboard/display-values';
import { evidenceRow } from './evidence-row';
import { EVIDENCE_TYPES, IMPLEMENTATION_STAGES } from './evidence-vocabulary';
import { t } from './i18n/index';
import type { WebAppKey } from './i18n/concepts/web-app';
import { MAX_CLIP_TEXT } from './inert-text';
import { formatCount } from './dashboard/amounts';
import type { Locale } from './messages';
import type { Plan } from './plan-schema';
import {
  evidenceItemSchema,
  protocolRequestSchema,
  type Catalog,
  type ClipReply,
  type ClipRequest,
  type ErrorCode,
  type EvidenceItem,
  type ProtocolReply,
  type ProtocolRequest,
} from './protocol';
import type { School } from './records';
import { isKnownSchool } from './school-match';
import { storableStrings } from './storable-text';

export interface ProtocolDeps {
  verifySecret(
    secret: string,
  ): { ok: true; coach: string } | { ok: false; code: 'unauthorized' | 'revoked' };
  /** The catalog this coach may tag against; null when the workbook holds no readable plan. */
  catalog(coach: string): Catalog | null;
  /** Runs fn under the host's lock; `{ ok: false }` on lock timeout (the reply is `busy`, retryable). */
  withLock<T>(fn: () => T): { ok: true; value: T } | { ok: false };
  existingEvidenceIds(): Set<string>;
  /** Appends all new Evidence rows in one write. */
  appendEvidence(rows: CellValue[][]): void;
  /** Current time as ISO 8601, written as "Received at". */
  now(): string;
  /** Language of error messages before the catalog is known (default: English). */
  locale?(): Locale;
}

type Rejection = ClipReply['rejected'][number];

const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['busy', 'internal', 'no-plan']);

/** One request body in, one reply out; expected failures are error replies, never exceptions. */
export function handleProtocolRequest(body: string, deps: ProtocolDeps): ProtocolReply {
  let locale: Locale = deps.locale?.() ?? 'en';
  const request = parseRequest(body);
  if (!request.ok)
    return errorReply(locale, 'bad-request', 'protocol.badRequest', { detail: request.detail });
  const who = deps.verifySecret(request.value.secret);
  if (!who.ok)
    return errorReply(
      locale,
      who.code,
      who.code === 'revoked' ? 'protocol.revoked' : 'protocol.unauthorized',
    );
  const catalog = deps.catalog(who.coach);
  if (catalog === null) return errorReply(locale, 'no-plan', 'protocol.noPlan');
  locale = catalog.locale;
  if (request.value.kind === 'catalog') return { ok: true, kind: 'catalog', catalog };
  try {
    return clip(request.value, catalog, who.coach, deps);
  } catch {
    // What failed inside the host means nothing to a coach: the reply says what happens next.
    return errorReply(locale, 'internal', 'protocol.clipFailed');
  }
}

/** The catalog a coach's extension shows: the plan's objectives and key results with ids, schools, practices. */
export function buildCatalog(input: {
  planName: string;
  plan: Plan;
  schools: School[];
  coach: string;
  locale: Locale;
}): Catalog {
  const practices = [
    ...new Set(
      input.schools.map((school) => school.practice.trim()).filter((practice) => practice !== ''),
    ),
  ];
  return {
    plan: { name: input.planName, sheet: input.plan.sheet },
    coach: input.coach,
    objectives: input.plan.objectives.map((objective) => ({
      id: objective.id,
      title: objectiveTitle(objective, input.locale),
      keyResults: objective.keyResults.map((keyResult) => ({
        id: keyResult.id,
        title: keyResult.title,
      })),
    })),
    schools: input.schools.map((school) => ({ name: school.name, practice: school.practice })),
    practices,
    evidenceTypes: [...EVIDENCE_TYPES],
    stages: [...IMPLEMENTATION_STAGES],
    locale: input.locale,
  };
}

function clip(
  request: ClipRequest,
  catalog: Catalog,
  coach: string,
  deps: ProtocolDeps,
): ProtocolReply {
  const locale = catalog.locale;
  const rejected: Rejection[] = [];
  const items: EvidenceItem[] = [];
  request.items.forEach((raw, index) => {
    const checked = checkItem(raw, index, locale);
    if (checked.ok) items.push(checked.item);
    else rejected.push(checked.rejection);
  });
  const keyResultTitles = new Map(
    catalog.objectives.flatMap((objective) =>
      objective.keyResults.map((kr) => [kr.id, kr.title] as const),
    ),
  );
  const written = deps.withLock(() => {
    const existing = deps.existingEvidenceIds();
    const accepted: string[] = [];
    const duplicates: string[] = [];
    const late: Rejection[] = [];
    const rows: CellValue[][] = [];
    const receivedAt = deps.now();
    for (const item of items) {
      const title = keyResultTitles.get(item.keyResultId);
      if (existing.has(item.id)) duplicates.push(item.id);
      else if (title === undefined)
        late.push(rejection(locale, item.id, 'unknown-key-result', 'protocol.unknownKeyResult'));
      else {
        existing.add(item.id);
        accepted.push(item.id);
        rows.push(evidenceRow(item, title, coach, receivedAt));
      }
    }
    if (rows.length > 0) deps.appendEvidence(rows);
    return { accepted, duplicates, late };
  });
  if (!written.ok) return errorReply(locale, 'busy', 'protocol.busy');
  const { accepted, duplicates, late } = written.value;
  const saved = new Set(accepted);
  const warnings = items
    .filter((item) => saved.has(item.id) && !isKnownSchool(item.school, catalog.schools))
    .map((item) => unknownSchool(locale, item));
  return {
    ok: true,
    kind: 'clip',
    accepted,
    duplicates,
    rejected: [...rejected, ...late],
    warnings,
  };
}

/** A clip stored under a school the Schools tab does not have: the coach hears it at once. */
function unknownSchool(locale: Locale, item: EvidenceItem): ClipReply['warnings'][number] {
  return {
    id: item.id,
    code: 'unknown-school',
    message: t(locale, 'protocol.unknownSchool', { school: item.school.trim() }),
  };
}

/** Schema and size checks that need no lock: a malformed or oversize clip can never have been stored. */
function checkItem(
  raw: unknown,
  index: number,
  locale: Locale,
): { ok: true; item: EvidenceItem } | { ok: false; rejection: Rejection } {
  const id = itemIdOf(raw, index);
  const parsed = evidenceItemSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue.path.length > 0 ? issue.path.join('.') : 'item'}: ${issue.message}`;
    return {
      ok: false,
      rejection: rejection(locale, id, 'invalid-item', 'protocol.invalidItem', { detail }),
    };
  }
  const tooLong = (['quote', 'note'] as const).find(
    (field) => parsed.data[field].length > MAX_CLIP_TEXT,
  );
  if (tooLong) {
    const params = {
      length: formatCount(locale, parsed.data[tooLong].length),
      max: formatCount(locale, MAX_CLIP_TEXT),
    };
    return {
      ok: false,
      rejection: rejection(
        locale,
        id,
        'too-large',
        tooLong === 'quote' ? 'protocol.tooLarge' : 'protocol.noteTooLarge',
        params,
      ),
    };
  }
  return { ok: true, item: parsed.data };
}

function itemIdOf(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id.slice(0, 64) : `#${index + 1}`;
}

/** Every string of the request is made storable here, the one door all hosts' text comes through. */
function parseRequest(
  body: string,
): { ok: true; value: ProtocolRequest } | { ok: false; detail: string } {
  let json: unknown;
  try {
    json = storableStrings(JSON.parse(body));
  } catch {
    return { ok: false, detail: 'not JSON' };
  }
  const parsed = protocolRequestSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, detail: `${issue.path.join('.') || 'request'}: ${issue.message}` };
}

function rejection(
  locale: Locale,
  id: string,
  code: ErrorCode,
  key: WebAppKey,
  params?: Record<string, string | number>,
): Rejection {
  return { id, code, message: t(locale, key, params) };
}

/** A whole-request failure; `retryable` tells the extension's outbox whether sending again can help. */
export function errorReply(
  locale: Locale,
  code: ErrorCode,
  key: WebAppKey,
  params?: Record<string, string | number>,
): ProtocolReply {
  return {
    ok: false,
    error: { code, message: t(locale, key, params), retryable: RETRYABLE.has(code) },
  };
}
