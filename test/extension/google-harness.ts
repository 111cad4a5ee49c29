/**
 * A background service signed in with Google against the fake Google (test/google-fake): the
 * identity API runs the fake's authorization endpoint, the Sheets client calls it as fetch.
 */
import { createClipperService } from '../../extension/background/clipper-service';
import { googleAuth, type IdentityPort } from '../../extension/lib/google-auth';
import type { GoogleEndpoints } from '../../extension/lib/google-config';
import { sheetsClient } from '../../extension/lib/google-sheets';
import { openOutbox } from '../../extension/lib/outbox';
import { FakeGoogle } from '../google-fake/fake-google';
import { PLAN_SHEET_ID, withPlanSpreadsheet } from '../google-fake/plan-spreadsheet';
import type { PanelState } from '../../extension/lib/replies';
import type { FakeSheet } from '../google-fake/fake-google';
import type { EvidenceItem } from '../../shared/protocol';
import type { DocumentTextDeps } from '../../extension/lib/document-text';
import type { PageSelection } from '../../extension/messages';

export const ENDPOINTS: GoogleEndpoints = {
  accounts: 'http://127.0.0.1:9',
  sheets: 'http://127.0.0.1:9',
  userinfo: 'http://127.0.0.1:9',
  docs: 'http://127.0.0.1:9',
  slides: 'http://127.0.0.1:9',
  clientId: 'throughline-test',
};

let db = 0;

export async function googleHarness(sheets?: FakeSheet[], locale?: string) {
  const clock = { now: Date.parse('2026-03-10T14:05:00Z') };
  const google = new FakeGoogle({ now: () => clock.now });
  withPlanSpreadsheet(google, sheets, locale);
  const flows: { interactive: boolean }[] = [];
  const identity: IdentityPort = {
    redirectUrl: () => 'https://test-extension-id.chromiumapp.org/',
    async webAuthFlow(url, interactive) {
      flows.push({ interactive });
      const answer = google.handle({ method: 'GET', url, headers: {} });
      return answer.headers.location ?? '';
    },
  };
  let nonces = 0;
  const auth = googleAuth(identity, ENDPOINTS, {
    now: () => clock.now,
    nonce: () => `state-${++nonces}`,
  });
  const client = sheetsClient({
    fetch: google.fetch,
    auth,
    endpoints: ENDPOINTS,
    now: () => clock.now,
    timeoutMs: 200,
  });
  const outbox = await openOutbox(`google-test-${++db}`);
  const service = createClipperService({
    outbox,
    fetch: () => Promise.reject(new Error('no plan endpoint in Google tests')),
    now: () => clock.now,
    random: () => 0.5,
    timeoutMs: 50,
    capture: {
      newId: () => 'clip-unused-00',
      now: () => new Date(clock.now),
      readTab: async () => null,
    },
    activeTab: async () => undefined,
    shortcuts: async () => ({}),
    google: { auth, client },
  });
  return { google, clock, outbox, service, flows, client };
}

/** The coach signs in with Google to the plan sheet; the first key result's id, to tag clips with. */
export async function connectToPlan(
  harness: Awaited<ReturnType<typeof googleHarness>>,
): Promise<string> {
  const reply = (await harness.service.handle({
    type: 'google/connect',
    spreadsheet: PLAN_SHEET_ID,
  })) as { state: PanelState };
  return reply.state.catalog?.objectives[0].keyResults[0].id ?? '';
}

/** A clip as the panel saves it: an observation at Cedar Elementary, quoted from a notes page. */
export function evidenceItem(id: string, patch: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id,
    capturedAt: '2026-03-10T14:00:00Z',
    keyResultId: '',
    school: 'Cedar Elementary',
    practice: 'Teaching through problem solving',
    type: 'observation',
    stage: 'mechanical',
    quote: 'Students compared 3/4 and 2/3 on a number line.',
    note: '',
    sourceTitle: 'Observation notes',
    sourceUrl: 'https://lms.example.org/notes',
    heading: '',
    captureMethod: 'selection',
    reference: null,
    anchor: null,
    link: '',
    ...patch,
  };
}

/**
 * A Doc or deck open in the tab with nothing selected, as the content script reports it: the text its
 * export gave (what search falls back on when Google's APIs do not answer).
 */
export function exportedPage(
  url: string,
  title: string,
  paragraphs: PageSelection['paragraphs'],
): PageSelection {
  return { text: '', heading: '', title, url, method: 'none', paragraphs, anchor: null };
}

/** What reading a Doc's or deck's text needs, over `client` (signed in with Google unless told). */
export function documentTextDeps(
  client: DocumentTextDeps['client'],
  signedIn = true,
): DocumentTextDeps {
  return {
    signedIn: async () => signedIn,
    client,
    endpoints: ENDPOINTS,
    fetchBytes: async () => null,
    inflate: async (bytes) => bytes,
  };
}
