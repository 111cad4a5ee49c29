import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routePanelMessage } from '../../extension/background/router';
import { captureForMenu } from '../../extension/background/gestures';
import { openOutbox } from '../../extension/lib/outbox';
import type { PanelState } from '../../extension/lib/replies';
import { CATALOG, ENDPOINT, evidence, pairingCode, SECRET } from './fake-endpoint';
import { backgroundHarness } from './service-harness';

type Harness = Awaited<ReturnType<typeof backgroundHarness>>;
let h: Harness;

const panel = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/sidepanel.html',
};

async function connect(code = pairingCode()) {
  return (await h.service.handle({ type: 'pairing/connect', code })) as
    | { ok: true; state: PanelState }
    | { ok: false; error: { code: string } };
}

beforeEach(async () => {
  fakeBrowser.reset();
  h = await backgroundHarness();
});

describe('pairing', () => {
  it('connects with a pasted code and shows the plan and coach, never the secret', async () => {
    const reply = await connect(`  ${pairingCode()}\n`);
    expect(reply.ok).toBe(true);
    const state = (reply as { state: PanelState }).state;
    expect(state.pairing).toEqual({
      paired: true,
      plan: CATALOG.plan.name,
      coach: 'Alex Martin',
      endpoint: ENDPOINT,
      needsRepair: false,
    });
    expect(state.catalog?.objectives).toHaveLength(2);
    expect(JSON.stringify(state)).not.toContain(SECRET);
  });

  it.each([
    { code: 'hello', error: 'not-a-code' },
    { code: 'TL1-not-base64!!', error: 'not-a-code' },
    { code: pairingCode('a-revoked-secret-0000'), error: 'pairing-refused' },
  ])('refuses $code with $error', async ({ code, error }) => {
    const reply = await connect(code);
    expect(reply).toMatchObject({ ok: false, error: { code: error } });
    expect((await h.service.handle({ type: 'panel/open' })).pairing.paired).toBe(false);
  });

  it('disconnects: pairing and catalog are forgotten, unsent clips are kept', async () => {
    await connect();
    h.endpoint.mode = 'offline';
    await h.service.handle({ type: 'clip/save', item: evidence() });
    const state = await h.service.handle({ type: 'pairing/disconnect' });
    expect(state.pairing.paired).toBe(false);
    expect(state.catalog).toBeNull();
    expect(state.records).toHaveLength(1);
  });
});

describe('catalog cache', () => {
  it('keeps the catalog for clipping offline', async () => {
    await connect();
    h.endpoint.mode = 'offline';
    const refresh = await h.service.handle({ type: 'catalog/refresh' });
    expect(refresh).toMatchObject({ ok: false, error: { code: 'network' } });
    const state = await h.service.handle({ type: 'panel/open' });
    expect(state.catalog?.schools.map((s) => s.name)).toEqual(['Cedar Elementary', 'Birch Middle']);
  });
});

describe('saving clips', () => {
  it('writes the clip to the outbox before sending, and the badge counts it until the sheet has it', async () => {
    await connect();
    h.endpoint.mode = 'offline';
    const item = evidence();
    const reply = await h.service.handle({ type: 'clip/save', item });
    expect(reply).toMatchObject({ ok: true });
    await h.settle();
    expect((await h.outbox.get(item.id))?.state).toBe('waiting');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    h.endpoint.mode = 'normal';
    await h.service.flush(true);
    expect(h.endpoint.sheet.get(item.id)?.quote).toBe(item.quote);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it.each([
    {
      name: 'oversize passage',
      item: () => evidence({ quote: 'a'.repeat(20_001) }),
      code: 'too-large',
    },
    { name: 'empty passage', item: () => evidence({ quote: '   ' }), code: 'empty-clip' },
  ])('refuses an $name at once, before the outbox', async ({ item, code }) => {
    await connect();
    const clip = item();
    expect(await h.service.handle({ type: 'clip/save', item: clip })).toMatchObject({
      ok: false,
      error: { code },
    });
    expect(await h.outbox.get(clip.id)).toBeNull();
  });

  it('opening the panel sends a waiting clip at once, even inside its back-off', async () => {
    await connect();
    h.endpoint.mode = 'offline';
    const item = evidence();
    await h.service.handle({ type: 'clip/save', item });
    await h.settle();
    const waiting = await h.outbox.get(item.id);
    expect(waiting?.nextAttemptAt).toBeGreaterThan(h.clock.now);
    h.endpoint.mode = 'normal';
    await h.service.flush(false);
    expect(h.endpoint.sheet.has(item.id)).toBe(false);
    await h.service.handle({ type: 'panel/open' });
    await h.settle();
    expect(h.endpoint.sheet.has(item.id)).toBe(true);
  });

  it('remembers the last choices for the next clip', async () => {
    await connect();
    await h.service.handle({
      type: 'clip/save',
      item: evidence({
        school: 'Birch Middle',
        practice: 'Using representations',
        type: 'plc-meeting',
        stage: 'routine',
        keyResultId: 'kr-plc',
      }),
    });
    const state = await h.service.handle({ type: 'panel/open' });
    expect(state.choices).toEqual({
      keyResultId: 'kr-plc',
      school: 'Birch Middle',
      practice: 'Using representations',
      type: 'plc-meeting',
      stage: 'routine',
    });
  });

  it('after a revoked pairing, clips wait as "re-pair needed" and go out once a new code is pasted', async () => {
    await connect();
    h.endpoint.mode = 'revoked';
    const item = evidence();
    await h.service.handle({ type: 'clip/save', item });
    await h.settle();
    expect((await h.outbox.get(item.id))?.state).toBe('repair-needed');
    expect((await h.service.handle({ type: 'panel/open' })).pairing).toMatchObject({
      needsRepair: true,
    });
    h.endpoint.mode = 'normal';
    await connect();
    await h.settle();
    expect((await h.outbox.get(item.id))?.state).toBe('delivered');
    expect(h.endpoint.sheet.size).toBe(1);
  });

  it('the clip is in IndexedDB, waiting, at the moment its first request leaves', async () => {
    await connect();
    const seen: (string | undefined)[] = [];
    h.endpoint.onClipRequest.hook = async (ids) => {
      const other = await openOutbox(h.outboxName);
      for (const id of ids) seen.push((await other.get(id))?.state);
      other.close();
    };
    const item = evidence();
    await h.service.handle({ type: 'clip/save', item });
    await h.settle();
    expect(seen).toEqual(['waiting']);
    expect((await h.outbox.get(item.id))?.state).toBe('delivered');
  });

  it('a refused clip corrected by the coach is sent again with the same id and reaches the sheet', async () => {
    await connect();
    const refused = evidence({ keyResultId: 'kr-deleted', note: 'first try' });
    await h.service.handle({ type: 'clip/save', item: refused });
    await h.settle();
    expect((await h.outbox.get(refused.id))?.problem?.message).toBe(
      t('en', 'protocol.unknownKeyResult'),
    );
    await h.service.handle({
      type: 'clip/save',
      item: { ...refused, keyResultId: 'kr-plc', note: 'moved to the PLC key result' },
    });
    await h.settle();
    expect(await h.outbox.get(refused.id)).toMatchObject({ state: 'delivered', problem: null });
    expect(h.endpoint.sheet.get(refused.id)).toMatchObject({
      keyResultId: 'kr-plc',
      note: 'moved to the PLC key result',
    });
    expect(await h.outbox.list()).toHaveLength(1);
  });

  it('saving the same id again never rewrites a clip that is waiting or already in the sheet', async () => {
    await connect();
    const item = evidence();
    await h.service.handle({ type: 'clip/save', item });
    await h.settle();
    await h.service.handle({
      type: 'clip/save',
      item: { ...item, quote: 'changed after delivery' },
    });
    await h.settle();
    expect(h.endpoint.sheet.get(item.id)?.quote).toBe(item.quote);
    expect((await h.outbox.get(item.id))?.item.quote).toBe(item.quote);
  });

  it('a clip held for a new code stays held when corrected, and goes out with the new code', async () => {
    await connect();
    h.endpoint.mode = 'revoked';
    const item = evidence({ keyResultId: 'kr-deleted' });
    await h.service.handle({ type: 'clip/save', item });
    await h.settle();
    await h.service.handle({ type: 'clip/save', item: { ...item, keyResultId: 'kr-cycles' } });
    await h.settle();
    expect(await h.outbox.get(item.id)).toMatchObject({
      state: 'repair-needed',
      item: { keyResultId: 'kr-cycles' },
    });
    h.endpoint.mode = 'normal';
    await connect();
    await h.settle();
    expect(h.endpoint.sheet.get(item.id)?.keyResultId).toBe('kr-cycles');
  });

  it('lets the coach discard a clip the sheet refused', async () => {
    await connect();
    const item = evidence({ keyResultId: 'kr-deleted' });
    await h.service.handle({ type: 'clip/save', item });
    await h.settle();
    expect((await h.outbox.get(item.id))?.state).toBe('needs-attention');
    await h.service.handle({ type: 'clip/discard', id: item.id });
    expect(await h.outbox.get(item.id)).toBeNull();
  });
});

describe('message gate', () => {
  it.each([
    {
      name: 'a content script in a page',
      sender: { id: 'test-extension-id', url: 'https://evil.example/', tab: { id: 3 } },
    },
    {
      name: 'another extension',
      sender: { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
    },
    { name: 'a web page', sender: { url: 'https://evil.example/' } },
  ])('ignores requests from $name', async ({ sender }) => {
    expect(routePanelMessage(h.service, { type: 'panel/open' }, sender)).toBeUndefined();
  });

  it('ignores malformed messages from our own panel', () => {
    expect(
      routePanelMessage(h.service, { type: 'clip/save', item: { id: 'x' } }, panel),
    ).toBeUndefined();
    expect(routePanelMessage(h.service, { action: 'getSecret' }, panel)).toBeUndefined();
  });

  it('answers a valid request from our panel', async () => {
    const reply = (await routePanelMessage(h.service, { type: 'panel/open' }, panel)) as PanelState;
    expect(reply.pairing.paired).toBe(false);
  });
});

describe('capturing from a page', () => {
  it('a "Clip to plan" on a selection carries the text, heading, page and a clip id', async () => {
    h.pageSelection.value = {
      text: 'Students explained why 3/4 > 2/3.',
      heading: 'Lesson 3',
      title: 'Notes',
      url: 'https://lms.example.org/n',
      method: 'selection',
      paragraphs: [],
      anchor: { exact: 'Students explained why 3/4 > 2/3.', prefix: '', suffix: '' },
    };
    const capture = await captureForMenu(
      { menuItemId: 'clip-selection', selectionText: 'Students explained why 3/4 > 2/3.' },
      { id: 7, title: 'Notes', url: 'https://lms.example.org/n' },
      {
        newId: () => 'clip-menu-0001',
        now: () => new Date('2026-03-10T14:05:00Z'),
        readTab: async () => h.pageSelection.value,
      },
    );
    expect(capture).toMatchObject({
      id: 'clip-menu-0001',
      quote: 'Students explained why 3/4 > 2/3.',
      heading: 'Lesson 3',
      method: 'selection',
      capturedAt: '2026-03-10T14:05:00.000Z',
      anchor: { exact: 'Students explained why 3/4 > 2/3.' },
    });
  });

  it('falls back to the browser selection text when the page cannot be read', async () => {
    const capture = await captureForMenu(
      { menuItemId: 'clip-selection', selectionText: ' Exit tickets sorted by strategy ' },
      { id: 7, title: 'PLC', url: 'https://lms.example.org/plc' },
      {
        newId: () => 'clip-menu-0002',
        now: () => new Date(),
        readTab: async () => {
          throw new Error('Cannot access contents of the page');
        },
      },
    );
    expect(capture).toMatchObject({
      quote: 'Exit tickets sorted by strategy',
      method: 'selection',
      sourceTitle: 'PLC',
    });
  });

  it('a right-clicked image becomes a reference clip with its URL and page', async () => {
    const capture = await captureForMenu(
      { menuItemId: 'clip-image', srcUrl: 'https://drive.example/work.jpg' },
      { title: 'Student work gallery', url: 'https://lms.example.org/gallery' },
      { newId: () => 'clip-menu-0003', now: () => new Date(), readTab: async () => null },
    );
    expect(capture).toMatchObject({
      method: 'reference',
      reference: { kind: 'image', url: 'https://drive.example/work.jpg' },
      sourceUrl: 'https://lms.example.org/gallery',
    });
  });

  it('a right-clicked link (a Drive file) becomes a reference clip with its words', async () => {
    const capture = await captureForMenu(
      {
        menuItemId: 'clip-link',
        linkUrl: 'https://drive.example/file/d/abc',
        selectionText: 'Cycle 2 student work',
      },
      { title: 'Coaching folder', url: 'https://lms.example.org/folder' },
      { newId: () => 'clip-menu-0004', now: () => new Date(), readTab: async () => null },
    );
    expect(capture).toMatchObject({
      id: 'clip-menu-0004',
      method: 'reference',
      reference: { kind: 'link', url: 'https://drive.example/file/d/abc' },
      sourceTitle: 'Coaching folder',
      sourceUrl: 'https://lms.example.org/folder',
    });
  });

  it('on Google Docs with no readable selection, hands the panel the paragraphs to search', async () => {
    const paragraphs = [
      { text: 'Cycle 2 debrief', heading: 'Cycle 2 debrief', place: 'heading=h.c2' },
      { text: 'Students used strips.', heading: 'Cycle 2 debrief', place: 'heading=h.c2' },
    ];
    h.pageSelection.value = {
      text: '',
      heading: '',
      title: 'Coaching log',
      url: 'https://docs.google.com/document/d/abc123/edit',
      method: 'none',
      paragraphs,
      anchor: null,
    };
    const reply = await h.service.handle({ type: 'capture/active-tab' });
    expect(reply).toMatchObject({
      ok: true,
      capture: {
        quote: '',
        onGoogleDocs: true,
        paragraphs,
        method: 'typed',
      },
    });
    expect(h.tabReads).toEqual([7]);
  });

  it('tells the panel when the page cannot be read (no access), instead of an empty clip', async () => {
    h.pageSelection.value = undefined;
    expect(await h.service.handle({ type: 'capture/active-tab' })).toMatchObject({
      ok: false,
      error: { code: 'no-tab' },
    });
  });
});
