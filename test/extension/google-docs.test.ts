// "Find a passage" through the coach's Google sign-in: documents.get and presentations.get against
// the fake Google (Google's documented shapes and errors), the paragraphs' headings and places,
// and the export kept when the coach is not signed in or Google refuses (with the panel's word).
import { describe, expect, it } from 'vitest';
import {
  captureFromClipboard,
  captureFromPage,
  emptyCapture,
} from '../../extension/background/capture';
import { readDocumentText } from '../../extension/lib/document-text';
import {
  googleParagraphs,
  paragraphsFromDocument,
  paragraphsFromPresentation,
} from '../../extension/lib/google-docs';
import type { PageSelection } from '../../extension/messages';
import { passageLink } from '../../shared/anchor/passage-link';
import { docsDocument, slidesPresentation } from '../google-fake/fake-docs';
import { COACH_EMAIL } from '../google-fake/plan-spreadsheet';
import { pagesPdf } from '../e2e/pdf-fixture';
import { ENDPOINTS, documentTextDeps, exportedPage, googleHarness } from './google-harness';

const DOC_URL = 'https://docs.google.com/document/d/1LogAbc/edit';
const DECK_URL = 'https://docs.google.com/presentation/d/1DeckXyz/edit#slide=id.p';

async function withFiles(shared = [COACH_EMAIL]) {
  const harness = await googleHarness();
  harness.google.consented.add(COACH_EMAIL); // the coach signed in with Google earlier
  const sharedWith = new Set(shared);
  harness.google.files.set('1LogAbc', {
    kind: 'documents',
    id: '1LogAbc',
    sharedWith,
    body: docsDocument('Coaching log', [
      { heading: 'Visit 1 – Cedar', headingId: 'h.v1cedar', paragraphs: ['Think time first.'] },
      {
        heading: 'Visit 2 – Birch',
        headingId: 'h.v2birch',
        paragraphs: ['Think time first.', 'Exit tickets by strategy.'],
      },
    ]),
  });
  harness.google.files.set('1DeckXyz', {
    kind: 'presentations',
    id: '1DeckXyz',
    sharedWith,
    body: slidesPresentation('PLC deck', [
      { objectId: 'p', title: 'PLC – week 6', lines: ['Agenda', 'Norms'] },
      { objectId: 'g2a_0_5', title: 'What we saw', lines: ['We sorted exit tickets by strategy.'] },
    ]),
  });
  return harness;
}

const exportPage = (url: string): PageSelection =>
  exportedPage(url, 'Deck', [
    { text: 'We sorted exit tickets by strategy.', heading: '', place: '' },
  ]);

describe('Docs and Slides through the Google sign-in', () => {
  it('a Doc: every paragraph under its heading, with the heading’s place', async () => {
    const { client, google } = await withFiles();
    const read = await googleParagraphs(client, ENDPOINTS, DOC_URL, true);
    expect(read).toEqual({
      ok: true,
      value: [
        { text: 'Visit 1 – Cedar', heading: 'Visit 1 – Cedar', place: 'heading=h.v1cedar' },
        { text: 'Think time first.', heading: 'Visit 1 – Cedar', place: 'heading=h.v1cedar' },
        { text: 'Visit 2 – Birch', heading: 'Visit 2 – Birch', place: 'heading=h.v2birch' },
        { text: 'Think time first.', heading: 'Visit 2 – Birch', place: 'heading=h.v2birch' },
        {
          text: 'Exit tickets by strategy.',
          heading: 'Visit 2 – Birch',
          place: 'heading=h.v2birch',
        },
      ],
    });
    expect(google.log.at(-1)?.path).toBe('/v1/documents/1LogAbc');
  });

  it('a deck: each line under its slide’s title, with the slide’s place; a copy links to its slide', async () => {
    const { client } = await withFiles();
    const text = await readDocumentText(DECK_URL, exportPage(DECK_URL), documentTextDeps(client));
    expect(text?.from).toBe('google');
    expect(text?.paragraphs.at(-1)).toEqual({
      text: 'We sorted exit tickets by strategy.',
      heading: 'What we saw',
      place: 'slide=id.g2a_0_5',
    });
    const ids = { newId: () => 'clip-0000001', now: () => new Date(0), readTab: async () => null };
    const base = emptyCapture({ id: 1, url: DECK_URL, title: 'PLC deck' }, ids);
    const page = { ...exportPage(DECK_URL), paragraphs: text?.paragraphs ?? [] };
    const clip = captureFromClipboard(base, page, 'sorted exit tickets');
    expect(clip.heading).toBe('What we saw');
    expect(passageLink(clip.sourceUrl, clip.anchor, clip.place)).toBe(
      'https://docs.google.com/presentation/d/1DeckXyz/edit#slide=id.g2a_0_5',
    );
  });

  it.each([
    ['not shared with the coach (403)', [] as string[], 'google-refused'],
    ['deleted (404)', 'gone', 'google-refused'],
  ] as const)(
    'a deck %s: the export is searched, and the panel says why',
    async (_, shared, from) => {
      const harness = await withFiles(shared === 'gone' ? [COACH_EMAIL] : [...shared]);
      if (shared === 'gone') harness.google.files.delete('1DeckXyz');
      const text = await readDocumentText(
        DECK_URL,
        exportPage(DECK_URL),
        documentTextDeps(harness.client),
      );
      expect(text).toEqual({ paragraphs: exportPage(DECK_URL).paragraphs, from });
      const status = harness.google.log.at(-1);
      expect(status?.path).toBe('/v1/presentations/1DeckXyz');
    },
  );

  it('a coach not signed in with Google: the export, and no call to Google', async () => {
    const { client, google } = await withFiles();
    const text = await readDocumentText(
      DECK_URL,
      exportPage(DECK_URL),
      documentTextDeps(client, false),
    );
    expect(text?.from).toBe('export');
    expect(google.log.some((entry) => entry.path.startsWith('/v1/'))).toBe(false);
  });

  it('a token without the read-only scopes is refused as Google refuses it (403, insufficient scopes)', async () => {
    const { google } = await withFiles();
    google.tokens.set('ya29.sheets-only', {
      email: COACH_EMAIL,
      expiresAt: Date.parse('2027-01-01'),
      scope: 'https://www.googleapis.com/auth/spreadsheets',
    });
    const answer = google.handle({
      method: 'GET',
      url: 'http://127.0.0.1:9/v1/documents/1LogAbc',
      headers: { authorization: 'Bearer ya29.sheets-only' },
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: {
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        status: 'PERMISSION_DENIED',
        details: [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com' }],
      },
    });
    expect(answer.headers['www-authenticate']).toContain('error="insufficient_scope"');
  });
});

describe('text Docs drew on its annotated canvas', () => {
  it('is placed under its heading by the lines drawn around it, even when the sentence is in two visits', async () => {
    const { client } = await withFiles();
    const text = await readDocumentText(DOC_URL, null, documentTextDeps(client));
    const ids = { newId: () => 'clip-0000003', now: () => new Date(0), readTab: async () => null };
    const page: PageSelection = {
      ...exportPage(DOC_URL),
      text: 'Think time first.',
      method: 'docs-canvas',
      anchor: { exact: 'Think time first.', prefix: 'Visit 2 – Birch\n', suffix: '\nExit' },
      paragraphs: text?.paragraphs ?? [],
    };
    const clip = captureFromPage(emptyCapture({ id: 3, url: DOC_URL }, ids), page, '');
    expect(clip).toMatchObject({ heading: 'Visit 2 – Birch', place: 'heading=h.v2birch' });
    expect(passageLink(clip.sourceUrl, clip.anchor, clip.place)).toBe(
      `${DOC_URL}#heading=h.v2birch`,
    );
  });
});

describe('reading the API’s shapes', () => {
  it('a Doc’s table is read cell by cell, a Title counts as a heading, empty paragraphs are skipped', () => {
    const run = (content: string) => ({ textRun: { content } });
    const para = (content: string, style = 'NORMAL_TEXT', headingId?: string) => ({
      paragraph: { elements: [run(content)], paragraphStyle: { namedStyleType: style, headingId } },
    });
    const cell = (text: string) => ({ content: [para(`${text}\n`)] });
    const paragraphs = paragraphsFromDocument({
      body: {
        content: [
          para('Coaching log\n', 'TITLE', 'h.title'),
          para('\n'),
          { table: { tableRows: [{ tableCells: [cell('School'), cell('Cedar')] }] } },
        ],
      },
    });
    expect(paragraphs.map((p) => [p.text, p.heading, p.place])).toEqual([
      ['Coaching log', 'Coaching log', 'heading=h.title'],
      ['School', 'Coaching log', 'heading=h.title'],
      ['Cedar', 'Coaching log', 'heading=h.title'],
    ]);
  });

  it('a slide’s soft line break (vertical tab) stays inside its line; tables and untitled slides are read', () => {
    const text = (content: string) => ({ textElements: [{ textRun: { content } }] });
    const paragraphs = paragraphsFromPresentation({
      slides: [
        {
          objectId: 'p3',
          pageElements: [
            { shape: { text: text('Norms:\u000bthink time first\nExit tickets\n') } },
            { table: { tableRows: [{ tableCells: [{ text: text('Cedar\n') }] }] } },
          ],
        },
      ],
    });
    expect(paragraphs).toEqual([
      { text: 'Norms: think time first', heading: '', place: 'slide=id.p3' },
      { text: 'Exit tickets', heading: '', place: 'slide=id.p3' },
      { text: 'Cedar', heading: '', place: 'slide=id.p3' },
    ]);
  });
});

describe('a PDF in the browser’s viewer', () => {
  it('its lines become paragraphs at their page, and a copy links to its page', async () => {
    const url = 'http://127.0.0.1:8/unit-plan.pdf';
    const pdf = pagesPdf([['Unit plan'], ['Number talks daily.', 'Exit tickets by strategy.']]);
    const text = await readDocumentText(url, null, {
      ...documentTextDeps({ getJson: async () => ({ ok: true, value: {} as never }) }),
      fetchBytes: async () => new Uint8Array(pdf),
    });
    expect(text?.from).toBe('pdf');
    expect(text?.paragraphs.map((p) => p.place)).toEqual(['page=1', 'page=2', 'page=2']);
    const ids = { newId: () => 'clip-0000002', now: () => new Date(0), readTab: async () => null };
    const base = emptyCapture({ id: 2, url, title: 'unit-plan.pdf' }, ids);
    const clip = captureFromClipboard(
      base,
      { ...exportPage(url), paragraphs: text?.paragraphs ?? [] },
      'Exit tickets by strategy.',
    );
    expect(passageLink(clip.sourceUrl, clip.anchor, clip.place)).toBe(`${url}#page=2`);
  });
});
