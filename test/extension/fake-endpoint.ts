/**
 * A plan endpoint for extension tests that speaks the protocol and can misbehave on demand: answer
 * with an HTML page, hang, refuse the secret, drop the reply after writing, or be offline.
 */
import { MAX_CLIP_TEXT } from '../../shared/inert-text';
import { evidenceItemSchema, type Catalog, type EvidenceItem } from '../../shared/protocol';
import { encodePairingCode } from '../../shared/pairing-code';
import { isKnownSchool } from '../../shared/school-match';
import { t } from '../../shared/i18n';
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

const json = (value: unknown) => ({ status: 200, text: async () => JSON.stringify(value) });

export function fakeEndpoint() {
  const sheet = new Map<string, EvidenceItem>();
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
  const knownKeyResults = new Set(
    CATALOG.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id)),
  );

  function clip(items: unknown[]) {
    const accepted: string[] = [];
    const duplicates: string[] = [];
    const rejected: {
      id: string;
      code: 'too-large' | 'unknown-key-result' | 'invalid-item';
      message: string;
    }[] = [];
    const warnings: { id: string; code: string; message: string }[] = [];
    for (const raw of items) {
      const item = evidenceItemSchema.parse(raw);
      if (sheet.has(item.id)) duplicates.push(item.id);
      else if (item.quote.length > MAX_CLIP_TEXT)
        rejected.push({
          id: item.id,
          code: 'too-large',
          message: 'The passage is longer than 20000 characters.',
        });
      else if (!knownKeyResults.has(item.keyResultId))
        rejected.push({
          id: item.id,
          code: 'unknown-key-result',
          message: 'This key result is no longer in the plan.',
        });
      else {
        sheet.set(item.id, item);
        accepted.push(item.id);
        if (!isKnownSchool(item.school, CATALOG.schools))
          warnings.push({
            id: item.id,
            code: 'unknown-school',
            message: t('en', 'protocol.unknownSchool', { school: item.school }),
          });
      }
    }
    return { ok: true, kind: 'clip', accepted, duplicates, rejected, warnings };
  }

  endpoint.fetch = async (url, init) => {
    const mode = endpoint.mode;
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    if (mode === 'hang') return new Promise(() => undefined);
    if (mode === 'html-200')
      return {
        status: 200,
        text: async () => '<!DOCTYPE html><html><body>Service invoked too many times</body></html>',
      };
    const body = JSON.parse(init.body) as { kind: string; secret: string; items?: unknown[] };
    if (url !== ENDPOINT) throw new TypeError('wrong endpoint');
    if (mode === 'revoked' || body.secret !== SECRET)
      return json({
        ok: false,
        error: { code: 'revoked', message: 'This connection code was revoked.', retryable: false },
      });
    if (mode === 'busy')
      return json({
        ok: false,
        error: { code: 'busy', message: 'The sheet is busy.', retryable: true },
      });
    if (body.kind === 'catalog') return json({ ok: true, kind: 'catalog', catalog: CATALOG });
    const items = body.items ?? [];
    clipRequests.push({ ids: items.map((i) => (i as { id: string }).id) });
    await onClipRequest.hook?.(items.map((i) => (i as { id: string }).id));
    const reply = clip(items);
    if (mode === 'lose-reply') throw new TypeError('connection reset after write');
    return json(reply);
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
