/** An in-memory host for the protocol service: an Evidence tab as rows, a registry of secrets, a lock that can time out. */
import type { CellValue } from '../../shared/cells';
import type { Locale } from '../../shared/messages';
import type { Catalog } from '../../shared/protocol';
import type { ProtocolDeps } from '../../shared/protocol-service';
import { buildCatalog } from '../../shared/protocol-service';

export const GOOD_SECRET = 'good-secret-0123456789';
export const REVOKED_SECRET = 'revoked-secret-0123456789';

export function demoCatalog(locale: Locale = 'en', coach = 'Ana Coach'): Catalog {
  return buildCatalog({
    planName: 'Demo district',
    coach,
    locale,
    schools: [
      {
        name: 'Maple Elementary',
        practice: 'Teaching through problem solving',
        principal: 'P. Ng',
        coaches: ['Ana'],
        row: 1,
      },
      {
        name: 'Oak Middle',
        practice: 'Using representations',
        principal: 'R. Roy',
        coaches: [],
        row: 2,
      },
    ],
    plan: {
      sheet: 'Plan 2025-26',
      title: 'Math plan',
      vision: null,
      headerRow: 2,
      objectives: [
        {
          id: 'obj-fractions',
          title: 'Deepen understanding of fractions',
          row: 3,
          keyResults: [
            {
              id: 'kr-explain',
              title: '% of lessons where students explain reasoning',
              indicator: 'leading',
              baseline: 20,
              target: 60,
              current: 35,
              unit: '%',
              owners: ['Ana'],
              start: null,
              due: '2026-06-30',
              direction: 'increase',
              row: 3,
            },
            {
              id: 'kr-level2',
              title: '% below level 2',
              indicator: 'lagging',
              baseline: 38,
              target: 25,
              current: 33,
              unit: '%',
              owners: [],
              start: null,
              due: '2026-06-30',
              direction: 'decrease',
              row: 4,
            },
          ],
        },
      ],
    },
  });
}

export interface FakeHost {
  deps: ProtocolDeps;
  rows: CellValue[][];
  appendCalls: number;
  lockTimesOut: boolean;
  hasPlan: boolean;
}

export function fakeHost(locale: Locale = 'en'): FakeHost {
  const host: FakeHost = {
    rows: [],
    appendCalls: 0,
    lockTimesOut: false,
    hasPlan: true,
    deps: {
      verifySecret: (secret) =>
        secret === GOOD_SECRET
          ? { ok: true, coach: 'Ana Coach' }
          : { ok: false, code: secret === REVOKED_SECRET ? 'revoked' : 'unauthorized' },
      catalog: (coach) => (host.hasPlan ? demoCatalog(locale, coach) : null),
      withLock: <T>(fn: () => T) =>
        host.lockTimesOut ? { ok: false as const } : { ok: true as const, value: fn() },
      existingEvidenceIds: () => new Set(host.rows.map((row) => String(row[0]))),
      appendEvidence: (rows) => {
        host.appendCalls++;
        host.rows.push(...rows);
      },
      now: () => '2026-01-15T10:00:00.000Z',
      locale: () => locale,
    },
  };
  return host;
}

let counter = 0;
/** A valid clip; every call gets a fresh id unless one is given. */
export function clipItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    id: `clip-${String(counter).padStart(6, '0')}`,
    capturedAt: '2026-01-14T09:30:00Z',
    keyResultId: 'kr-explain',
    school: 'Maple Elementary',
    practice: 'Teaching through problem solving',
    type: 'observation',
    quote: 'Students compared 3/4 and 2/3 on a number line and explained why.',
    sourceTitle: 'Observation notes',
    sourceUrl: 'https://docs.google.com/document/d/abc',
    ...overrides,
  };
}

export const clipBody = (items: unknown[], secret = GOOD_SECRET) =>
  JSON.stringify({ v: 1, kind: 'clip', secret, items });
export const catalogBody = (secret = GOOD_SECRET) =>
  JSON.stringify({ v: 1, kind: 'catalog', secret });
