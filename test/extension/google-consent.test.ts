// Incremental consent: signing in and delivering clips ask Google only for the Sheets scope (and
// who the coach is); a Doc's or a deck's read scope is asked for when the coach searches one,
// once, and its grant reused; a declined grant leaves the search on the export and delivery as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionDeclinedScopes } from '../../extension/lib/declined-scopes';
import { googleAuth, type IdentityPort } from '../../extension/lib/google-auth';
import { DOCUMENT_SCOPES, SIGN_IN_SCOPES } from '../../extension/lib/google-config';
import { readDocumentText } from '../../extension/lib/document-text';
import type { PanelState } from '../../extension/lib/replies';
import { docsDocument, slidesPresentation } from '../google-fake/fake-docs';
import { COACH_EMAIL, evidenceRecords } from '../google-fake/plan-spreadsheet';
import {
  ENDPOINTS,
  connectToPlan,
  documentTextDeps,
  evidenceItem,
  exportedPage,
  googleHarness,
} from './google-harness';

type Harness = Awaited<ReturnType<typeof googleHarness>>;
let h: Harness;
let krId = '';

const DOC = { url: 'https://docs.google.com/document/d/1LogAbc/edit', scope: DOCUMENT_SCOPES.doc };
const DECK = {
  url: 'https://docs.google.com/presentation/d/1DeckXyz/edit',
  scope: DOCUMENT_SCOPES.deck,
};
const EXPORTED = [{ text: 'Exit tickets by strategy.', heading: '', place: '' }];

const search = (file: { url: string }) =>
  readDocumentText(file.url, exportedPage(file.url, 'Doc', EXPORTED), documentTextDeps(h.client));
/** Authorization requests that asked for `scope`. */
const asking = (scope: string) => h.google.authorizations.filter((a) => a.scopes.includes(scope));

async function deliver(id: string) {
  await h.service.handle({ type: 'clip/save', item: evidenceItem(id, { keyResultId: krId }) });
  await h.service.flush(false);
  return (await h.outbox.get(id))?.state;
}

beforeEach(async () => {
  fakeBrowser.reset();
  h = await googleHarness();
  const sharedWith = new Set([COACH_EMAIL]);
  h.google.files.set('1LogAbc', {
    kind: 'documents',
    id: '1LogAbc',
    sharedWith,
    body: docsDocument('Coaching log', [
      { heading: 'Visit 2', headingId: 'h.v2', paragraphs: ['Exit tickets by strategy.'] },
    ]),
  });
  h.google.files.set('1DeckXyz', {
    kind: 'presentations',
    id: '1DeckXyz',
    sharedWith,
    body: slidesPresentation('PLC deck', [{ objectId: 'g1', title: 'Saw', lines: ['Exit'] }]),
  });
  krId = await connectToPlan(h);
});

describe('incremental consent', () => {
  it('sign-in and clip delivery ask for the sign-in scopes only, never a Doc’s or a deck’s', async () => {
    expect(await deliver('clip-consent-001')).toBe('delivered');
    h.google.expireTokens(); // an hour later: renewed silently with the same scopes
    expect(await deliver('clip-consent-002')).toBe('delivered');
    expect(h.google.authorizations.length).toBeGreaterThanOrEqual(2);
    for (const request of h.google.authorizations) expect(request.scopes).toEqual(SIGN_IN_SCOPES);
    expect(h.google.authorizations.filter((a) => a.interactive)).toHaveLength(1);
  });

  it('a coach signed in before (Sheets scope only) keeps delivering without signing in again', async () => {
    h.google.grants.clear();
    h.google.expireTokens();
    expect(await deliver('clip-consent-003')).toBe('delivered');
    expect(h.google.authorizations.at(-1)).toEqual({ scopes: SIGN_IN_SCOPES, interactive: false });
  });

  it.each([DOC, DECK])(
    'searching %s asks for its read scope once, then reuses the grant',
    async (file) => {
      const first = await search(file);
      expect(first?.from).toBe('google');
      expect(asking(file.scope)).toEqual([
        { scopes: [...SIGN_IN_SCOPES, file.scope], interactive: false },
        { scopes: [...SIGN_IN_SCOPES, file.scope], interactive: true },
      ]);
      const other = file === DOC ? DECK : DOC;
      expect(asking(other.scope)).toEqual([]); // a Doc's search does not ask for decks, and back
      expect((await search(file))?.from).toBe('google');
      h.google.expireTokens(); // later: the grant is renewed without a window
      expect((await search(file))?.from).toBe('google');
      expect(asking(file.scope).filter((a) => a.interactive)).toHaveLength(1);
      expect(await deliver('clip-consent-004')).toBe('delivered');
    },
  );

  it.each([DOC, DECK])(
    'a declined grant for %s: the export with its usual words, asked once, clips still deliver',
    async (file) => {
      h.google.declining.add(file.scope);
      expect(await search(file)).toEqual({ paragraphs: EXPORTED, from: 'export' });
      expect(await search(file)).toEqual({ paragraphs: EXPORTED, from: 'export' });
      expect(asking(file.scope).filter((a) => a.interactive)).toHaveLength(1);
      expect(h.google.log.some((entry) => entry.path.startsWith('/v1/'))).toBe(false);
      expect(await deliver('clip-consent-005')).toBe('delivered');
      expect(evidenceRecords(h.google).map((row) => row['Clip ID'])).toContain('clip-consent-005');
      expect(
        ((await h.service.handle({ type: 'panel/state' })) as PanelState).pairing,
      ).toMatchObject({ via: 'google', problem: null });
    },
  );
});

describe('a declined read scope, across restarts of the background worker', () => {
  it('is not asked for again with a window after the worker restarts (storage.session)', async () => {
    h.google.declining.add(DOCUMENT_SCOPES.doc);
    const identity: IdentityPort = {
      redirectUrl: () => 'https://test-extension-id.chromiumapp.org/',
      webAuthFlow: async (url) =>
        h.google.handle({ method: 'GET', url, headers: {} }).headers.location ?? '',
    };
    const worker = () =>
      googleAuth(identity, ENDPOINTS, {
        now: () => 0,
        nonce: () => 'n',
        declined: sessionDeclinedScopes(),
      });
    expect(await worker().token(true, [DOCUMENT_SCOPES.doc])).toEqual({
      ok: false,
      code: 'cancelled',
    });
    expect(await worker().token(true, [DOCUMENT_SCOPES.doc])).toMatchObject({ ok: false });
    expect(asking(DOCUMENT_SCOPES.doc).filter((a) => a.interactive)).toHaveLength(1);
    expect((await worker().token(true, [DOCUMENT_SCOPES.deck])).ok).toBe(true); // the deck's own
    expect((await worker().token(false)).ok).toBe(true); // delivery's token is untouched
  });
});

describe('the seam, on generated sequences of searches and deliveries', () => {
  it('each read scope is asked for at most once with a window, and delivery never carries one', async () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647; // MINSTD: exact in doubles
      return seed / 2147483647;
    };
    for (let run = 0; run < 25; run++) {
      const asked: { scopes: string[]; interactive: boolean }[] = [];
      const identity: IdentityPort = {
        redirectUrl: () => 'https://x.chromiumapp.org/',
        webAuthFlow: async () => '',
        async chromeToken(interactive, scopes) {
          asked.push({ scopes, interactive });
          const extra = scopes.filter((s) => !(SIGN_IN_SCOPES as readonly string[]).includes(s));
          if (extra.some((s) => declines.has(s)))
            throw new Error('The user did not approve access.');
          return `t-${scopes.length}`;
        },
      };
      const declines = new Set<string>(Object.values(DOCUMENT_SCOPES).filter(() => next() < 0.5));
      const auth = googleAuth(identity, ENDPOINTS, { now: () => 0, nonce: () => 'n' });
      for (let step = 0; step < 12; step++) {
        const roll = next();
        const extra = roll < 0.33 ? [] : [roll < 0.66 ? DOCUMENT_SCOPES.doc : DOCUMENT_SCOPES.deck];
        const got = await auth.token(extra.length > 0 || next() < 0.2, extra);
        expect(got.ok).toBe(!extra.some((s) => declines.has(s)));
      }
      for (const scope of Object.values(DOCUMENT_SCOPES))
        expect(
          asked.filter((a) => a.interactive && a.scopes.includes(scope)).length,
        ).toBeLessThanOrEqual(1);
      for (const request of asked.filter((a) => a.scopes.length === SIGN_IN_SCOPES.length))
        expect(request.scopes).toEqual(SIGN_IN_SCOPES);
    }
  });
});
