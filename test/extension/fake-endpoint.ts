/**
 * A plan endpoint for extension tests: the real protocol service (shared/protocol-service.ts, the
 * one both hosts run) over an in-memory Evidence tab, so every answer follows the real rules. Only
 * what goes wrong on the way is fake: an HTML page, a hang, being offline, a lost reply after the
 * write; and the host's own states (a revoked code, a lock that times out).
 */
import type { CellValue } from '../../shared/cells';
import { EVIDENCE_TAB, type ColumnKey } from '../../shared/owned-tabs';
import { evidenceItemSchema, type Catalog, type EvidenceItem } from '../../shared/protocol';
import { encodePairingCode } from '../../shared/pairing-code';
import { handleProtocolRequest, type ProtocolDeps } from '../../shared/protocol-service';
import type { FetchLike } from '../../extension/lib/post-protocol';

export type EndpointMode =
  | 'normal'
  | 'html-200'
  | 'hang'
  | 'offline'
  | 'revoked'
  | 'busy'
  | 'lose-reply';

export const ENDPOINT = 'http://127.0.0.1:8790/exec';
export const SECRET = 'secret-for-tests-0123456789';

export const CATALOG: Catalog = {
  plan: { name: 'Maple District Math Plan 2025-26', sheet: 'Plan' },
  coach: 'Alex Martin',
  objectives: [
    {
      id: 'obj-fractions',
      title: 'Deepen understanding of fractions',
      keyResults: [
        {
          id: 'kr-explain',
          title: '% of observed classrooms where students explain their reasoning',
        },
        { id: 'kr-cycles', title: 'Co-planning cycles completed' },
      ],
    },
    {
      id: 'obj-plc',
      title: 'High-depth PLC work',
      keyResults: [{ id: 'kr-plc', title: '% of PLC meetings analysing student work' }],
    },
  ],
  schools: [
    { name: 'Cedar Elementary', practice: 'Teaching through problem solving' },
    { name: 'Birch Middle', practice: 'Using representations' },
  ],
  practices: [
    'Teaching through problem solving',
    'Using representations',
    'Clarifying learning goals',
  ],
  evidenceTypes: [
    'observation',
    'teacher-reflection',
    'student-work',
    'plc-meeting',
    'coaching-cycle',
    'pd-session',
    'other',
  ],
  stages: ['not-yet', 'awareness', 'mechanical', 'routine', 'proficient'],
  locale: 'en',
};

export const pairingCode = (secret = SECRET) =>
  encodePairingCode({ endpoint: ENDPOINT, secret, plan: CATALOG.plan.name, coach: CATALOG.coach });

/** One Evidence row as the service wrote it, by column key ("quote", "keyResultId", …). */
export type EvidenceRow = Record<ColumnKey<typeof EVIDENCE_TAB>, string>;

function rowByKey(cells: CellValue[]): EvidenceRow {
  return Object.fromEntries(
    EVIDENCE_TAB.columns.map((column, i) => [column.key, String(cells[i] ?? '')]),
  ) as EvidenceRow;
}

/** What fails on the way to the endpoint, before the protocol service sees the request. */
const TRANSPORT: Partial<Record<EndpointMode, () => ReturnType<FetchLike>>> = {
  offline: () => Promise.reject(new TypeError('Failed to fetch')),
  hang: () => new Promise(() => undefined),
  'html-200': async () => ({
    status: 200,
    text: async () => '<!DOCTYPE html><html><body>Service invoked too many times</body></html>',
  }),
};

export function fakeEndpoint() {
  /** The Evidence tab: one row per saved clip, by clip id, in the order they were written. */
  const sheet = new Map<string, EvidenceRow>();
  const clipRequests: { ids: string[] }[] = [];
  /** Called as a clip request arrives, before the endpoint answers: lets a test look at the outbox at that moment. */
  const onClipRequest: { hook: ((ids: string[]) => Promise<void>) | null } = { hook: null };
  const endpoint = {
    mode: 'normal' as EndpointMode,
    sheet,
    clipRequests,
    onClipRequest,
    fetch: null as unknown as FetchLike,
  };
  const host: ProtocolDeps = {
    verifySecret: (secret) => {
      if (endpoint.mode === 'revoked') return { ok: false, code: 'revoked' };
      return secret === SECRET
        ? { ok: true, coach: CATALOG.coach }
        : { ok: false, code: 'unauthorized' };
    },
    catalog: (coach) => ({ ...CATALOG, coach }),
    withLock: (fn) => (endpoint.mode === 'busy' ? { ok: false } : { ok: true, value: fn() }),
    existingEvidenceIds: () => new Set(sheet.keys()),
    appendEvidence: (rows) => {
      for (const row of rows.map(rowByKey)) sheet.set(row.id, row);
    },
    now: () => '2026-03-10T14:05:30.000Z',
  };

  endpoint.fetch = async (url, init) => {
    const failure = TRANSPORT[endpoint.mode];
    if (failure) return failure();
    if (url !== ENDPOINT) throw new TypeError('wrong endpoint');
    const body = JSON.parse(init.body) as { kind: string; items?: { id: string }[] };
    if (body.kind === 'clip') {
      const ids = (body.items ?? []).map((item) => item.id);
      clipRequests.push({ ids });
      await onClipRequest.hook?.(ids);
    }
    const reply = handleProtocolRequest(init.body, host);
    if (endpoint.mode === 'lose-reply' && body.kind === 'clip')
      throw new TypeError('connection reset after write');
    return { status: 200, text: async () => JSON.stringify(reply) };
  };
  return endpoint;
}

let counter = 0;
/** A clip as the panel would save it. */
export function evidence(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  counter += 1;
  return evidenceItemSchema.parse({
    id: `clip-test-${String(counter).padStart(4, '0')}`,
    capturedAt: '2026-03-10T14:05:00.000Z',
    keyResultId: 'kr-explain',
    school: 'Cedar Elementary',
    practice: 'Teaching through problem solving',
    type: 'observation',
    quote: 'Students compared 3/4 and 2/3 on a number line and explained why.',
    sourceTitle: 'Grade 5 observation notes',
    sourceUrl: 'https://example.org/notes',
    ...overrides,
  });
}
