import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../extension/components/App';
import { internalFailure } from '../../extension/browser-api';
import { t } from '../../shared/i18n';
import { replyOf, type PanelClient } from '../../extension/panel/client';
import { isPanelEvent, type PanelCall, type PanelEvent } from '../../extension/panel-calls';
import { pairingCode } from './fake-endpoint';
import { backgroundHarness } from './service-harness';
import { shown } from './shown';

type Harness = Awaited<ReturnType<typeof backgroundHarness>>;
let h: Harness;
let root: Element;
let listeners: ((event: PanelEvent) => void)[];
let ids = 0;

/** The panel talks to the real background service, as through runtime messaging. */
function client(): PanelClient {
  return {
    request: (message) => h.service.handle(message),
    onEvent(listener) {
      listeners.push(listener);
      // The background's broadcasts reach the panel through the fake runtime.
      fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
        if (isPanelEvent(message)) listener(message);
      });
      return () => undefined;
    },
  };
}

const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);

/** What the fake clipboard holds; null stands for a browser that refuses to let the panel read it. */
let copied: string | null = '';

function mount(locale: 'en' | 'fr' = 'en', panelClient: PanelClient = client()) {
  root = render(
    <App
      locale={locale}
      client={panelClient}
      newId={() => `clip-panel-${String(++ids).padStart(4, '0')}`}
      now={() => new Date('2026-03-10T14:05:00Z')}
      readClipboard={async () => copied}
    />,
  ).container;
}

beforeEach(async () => {
  fakeBrowser.reset();
  h = await backgroundHarness();
  listeners = [];
  ids = 0;
  copied = '';
});

afterEach(cleanup);

const EMPTY_PAGE = {
  text: '',
  heading: '',
  title: '',
  url: '',
  method: 'none',
  anchor: null,
  paragraphs: [],
};

describe('side panel', () => {
  it('pairs with a pasted code, then shows the plan and coach', async () => {
    mount();
    await waitFor(() => shown($('#pairing-code')));
    fireEvent.input($('#pairing-code')!, { target: { value: pairingCode() } });
    fireEvent.click($('button[type=submit]')!);
    const header = await waitFor(() => shown($('.plan-header')));
    expect(header.textContent).toContain('Plan: Maple District Math Plan 2025-26');
    expect(header.textContent).toContain('Coach: Alex Martin');
  });

  it('saves a filled clip in one click: the outbox gets the record with every field', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    mount();
    await waitFor(() => shown(root.querySelectorAll('#key-result option').length > 2));
    const groups = [...root.querySelectorAll('#key-result optgroup')].map((g) =>
      g.getAttribute('label'),
    );
    expect(groups).toEqual(['Deepen understanding of fractions', 'High-depth PLC work']);
    fireEvent.input($('#quote')!, {
      target: { value: 'Students compared 3/4 and 2/3 on a number line.' },
    });
    fireEvent.change($('#key-result')!, { target: { value: 'kr-explain' } });
    fireEvent.change($('#school')!, { target: { value: 'Birch Middle' } });
    expect($<HTMLSelectElement>('#practice')!.value).toBe('Using representations');
    fireEvent.change($('#evidence-type')!, { target: { value: 'student-work' } });
    fireEvent.change($('#stage')!, { target: { value: 'mechanical' } });
    fireEvent.input($('#note')!, { target: { value: 'Follow up in the next co-planning cycle.' } });
    fireEvent.click($('button.primary')!);
    await waitFor(() => shown($('.success')));
    const [record] = await h.outbox.list();
    expect(record.item).toMatchObject({
      id: 'clip-panel-0001',
      quote: 'Students compared 3/4 and 2/3 on a number line.',
      keyResultId: 'kr-explain',
      school: 'Birch Middle',
      practice: 'Using representations',
      type: 'student-work',
      stage: 'mechanical',
      note: 'Follow up in the next co-planning cycle.',
      captureMethod: 'typed',
    });
    await h.settle();
    expect(h.endpoint.sheet.has('clip-panel-0001')).toBe(true);
    const history = await waitFor(() => shown(root.querySelector('.clip[data-state=delivered]')));
    expect(history.textContent).toContain('Saved to sheet');
  });

  it('saves with Ctrl+Enter and pre-selects the last choices next time', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    await h.service.handle({
      type: 'clip/save',
      item: {
        id: 'clip-earlier-01',
        capturedAt: '2026-03-09T10:00:00Z',
        keyResultId: 'kr-plc',
        school: 'Cedar Elementary',
        practice: 'Teaching through problem solving',
        type: 'plc-meeting',
        stage: 'routine',
        quote: 'Earlier',
        note: '',
        sourceTitle: '',
        sourceUrl: '',
        heading: '',
        captureMethod: 'typed',
        reference: null,
        anchor: null,
        link: '',
      },
    });
    mount();
    await waitFor(() => shown($<HTMLSelectElement>('#key-result')?.value === 'kr-plc'));
    expect($<HTMLSelectElement>('#school')!.value).toBe('Cedar Elementary');
    expect($<HTMLSelectElement>('#evidence-type')!.value).toBe('plc-meeting');
    fireEvent.input($('#quote')!, { target: { value: 'We sorted exit tickets by strategy.' } });
    fireEvent.keyDown($('#note')!, { key: 'Enter', ctrlKey: true });
    await waitFor(() => shown($('.success')));
    expect((await h.outbox.list()).map((r) => r.item.quote)).toContain(
      'We sorted exit tickets by strategy.',
    );
  });

  it('flags an email and a phone number and redacts them in one click', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    mount('fr');
    await waitFor(() => shown($('#quote')));
    fireEvent.input($('#quote')!, {
      target: { value: 'Parent : jo@ecole.qc.ca, 514-555-0199. Élève a expliqué.' },
    });
    expect($('.privacy .warning')!.textContent).toContain('jo@ecole.qc.ca, 514-555-0199');
    fireEvent.click($('.privacy .warning button')!);
    expect($<HTMLTextAreaElement>('#quote')!.value).toBe(
      'Parent : [courriel], [téléphone]. Élève a expliqué.',
    );
    expect($('.privacy .warning')).toBeNull();
  });

  it('keeps Save disabled for an oversize passage and says why', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    mount();
    await waitFor(() => shown(root.querySelectorAll('#key-result option').length > 2));
    fireEvent.change($('#key-result')!, { target: { value: 'kr-explain' } });
    fireEvent.input($('#quote')!, { target: { value: 'x'.repeat(20_001) } });
    expect($<HTMLButtonElement>('button.primary')!.disabled).toBe(true);
    expect($('[role=alert]')!.textContent).toBe(
      'The passage is too long for the sheet: 20,000 characters at most, 1 too many. Shorten it or split it into two clips.',
    );
    expect($('.counter')!.textContent).toBe('20,001 / 20,000 characters');
    fireEvent.keyDown($('#note')!, { key: 'Enter', ctrlKey: true });
    expect(await h.outbox.list()).toHaveLength(0);
    fireEvent.input($('#quote')!, { target: { value: 'x'.repeat(20_000) } });
    expect($<HTMLButtonElement>('button.primary')!.disabled).toBe(false);
  });

  it('shows a page capture as text only, never as HTML, and says which path was used', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    h.pageSelection.value = {
      text: '<img src=x onerror=alert(1)> students explained',
      heading: '<b>Lesson 3</b>',
      title: 'Notes',
      url: 'https://lms.example.org/n',
      method: 'selection',
      paragraphs: [],
      anchor: { exact: 'students explained', prefix: 'Then', suffix: 'why' },
    };
    mount();
    await waitFor(() => shown($('#quote')));
    fireEvent.click($('.form-title button')!);
    await waitFor(() => shown($<HTMLTextAreaElement>('#quote')!.value !== ''));
    expect($<HTMLTextAreaElement>('#quote')!.value).toBe(
      '<img src=x onerror=alert(1)> students explained',
    );
    expect(root.querySelector('img')).toBeNull();
    expect($('.source')!.textContent).toContain('<b>Lesson 3</b>');
    expect($('.source .method')!.textContent).toBe('Captured from your selection on the page.');
    const back = $<HTMLAnchorElement>('.source a')!;
    expect(back.textContent).toBe('Opens the page at this passage');
    expect(back.getAttribute('href')).toBe(
      'https://lms.example.org/n#:~:text=Then-,students%20explained,-why',
    );
  });

  it('on Google Docs, finds a passage by a few words (keyboard only) and extends it to the next paragraph', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    const para = (text: string) => ({ text, heading: 'Cycle 2 débrief', place: 'heading=h.c2' });
    h.pageSelection.value = {
      text: '',
      heading: '',
      title: 'Coaching log',
      url: 'https://docs.google.com/document/d/abc123/edit',
      method: 'none',
      anchor: null,
      paragraphs: [
        { text: 'Cycle 2 débrief', heading: 'Cycle 2 débrief', place: 'heading=h.c2' },
        para('Les élèves ont comparé des fractions.'),
        para('Students used fraction strips to compare.'),
        para('Next: co-plan lesson 5.'),
      ],
    };
    mount();
    await waitFor(() => shown($('#quote')));
    fireEvent.click($('.form-title button')!);
    await waitFor(() => shown($('#find-passage')));
    expect($('.docs-fallback')!.textContent).toContain('Copy it (Ctrl+C, ⌘C on a Mac)');
    fireEvent.input($('#find-passage')!, { target: { value: 'ELEVES fractions' } });
    expect($('.finder [role=status]')!.textContent).toBe('1 paragraph found.');
    fireEvent.input($('#find-passage')!, { target: { value: 'compare' } });
    const options = [...root.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.querySelector('.paragraph')!.textContent)).toEqual([
      'Les élèves ont comparé des fractions.',
      'Students used fraction strips to compare.',
    ]);
    expect(options[0].querySelector('mark')!.textContent).toBe('comparé');
    expect(options[0].querySelector('.under')!.textContent).toBe('Under “Cycle 2 débrief”');
    const search = $<HTMLInputElement>('#find-passage')!;
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(search.getAttribute('aria-activedescendant')).toBe('find-option-1');
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'Enter' });
    expect($<HTMLTextAreaElement>('#quote')!.value).toBe(
      'Students used fraction strips to compare.',
    );
    expect($('.finder [role=status]')!.textContent).toBe('Passage chosen: 1 paragraph.');
    const addAfter = [...root.querySelectorAll<HTMLButtonElement>('.chosen button')].find(
      (b) => b.textContent === 'Add the paragraph after',
    )!;
    fireEvent.click(addAfter);
    expect($<HTMLTextAreaElement>('#quote')!.value).toBe(
      'Students used fraction strips to compare.\nNext: co-plan lesson 5.',
    );
    expect($('.source .method')!.textContent).toBe('Paragraph picked from the document.');
    expect($('.source')!.textContent).toContain('Cycle 2 débrief');
    expect($<HTMLAnchorElement>('.source a')!.getAttribute('href')).toBe(
      'https://docs.google.com/document/d/abc123/edit#heading=h.c2',
    );
  });

  it('in a PDF, finds a passage in the file’s text: each line shows its page, and the link opens that page', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    const url = 'https://files.example.org/unit-plan.pdf';
    h.pageSelection.value = { ...EMPTY_PAGE, url };
    const line = (text: string, page: number) => ({ text, heading: '', place: `page=${page}` });
    h.documentText.value = {
      from: 'pdf',
      paragraphs: [line('Number talks daily.', 1), line('Number lines on every wall.', 3)],
    };
    mount();
    await waitFor(() => shown($('#quote')));
    fireEvent.click($('.form-title button')!);
    await waitFor(() => shown($('#find-passage')));
    expect($('.text-from')!.textContent).toBe(
      'Searching the PDF’s text, page by page: the link opens at the passage’s page.',
    );
    fireEvent.input($('#find-passage')!, { target: { value: 'number lines' } });
    const option = $('[role=option]')!;
    expect(option.querySelector('.under')!.textContent).toBe('Page 3');
    fireEvent.click(option);
    const back = $<HTMLAnchorElement>('.source a')!;
    expect(back.textContent).toBe('Opens the PDF at page 3');
    expect(back.getAttribute('href')).toBe(`${url}#page=3`);
  });

  it('in a deck Google would not give through the sign-in, says the export is searched instead', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    const url = 'https://docs.google.com/presentation/d/1Deck/edit#slide=id.p';
    const paragraphs = [{ text: 'We sorted exit tickets.', heading: '', place: '' }];
    h.pageSelection.value = { ...EMPTY_PAGE, title: 'Deck', url, paragraphs };
    h.documentText.value = { from: 'google-refused', paragraphs };
    mount();
    await waitFor(() => shown($('#quote')));
    fireEvent.click($('.form-title button')!);
    await waitFor(() => shown($('.text-from')));
    expect($('.text-from')!.textContent).toContain('Google would not give this document');
  });

  it('clips what was copied in a Doc with its title, address and heading, announced, and sends the link', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    h.pageSelection.value = {
      text: '',
      heading: '',
      title: 'Coaching log – Google Docs',
      url: 'https://docs.google.com/document/d/abc123/edit',
      method: 'none',
      anchor: null,
      paragraphs: [
        { text: 'Visit 3', heading: 'Visit 3', place: 'heading=h.v3' },
        { text: 'The teacher asked “why?” twice.', heading: 'Visit 3', place: 'heading=h.v3' },
      ],
    };
    copied = 'asked “why?”  twice.';
    mount();
    await waitFor(() => shown(root.querySelectorAll('#key-result option').length > 2));
    fireEvent.click($('.capture-buttons button:nth-child(2)')!);
    await waitFor(() => shown($<HTMLTextAreaElement>('#quote')!.value !== ''));
    expect($<HTMLTextAreaElement>('#quote')!.value).toBe('asked “why?”  twice.');
    expect($('[aria-live=polite].success')!.textContent).toBe(
      'Clipped what you copied (20 characters) from Coaching log – Google Docs.',
    );
    expect($('.source')!.textContent).toContain('Visit 3');
    expect($('.source .method')!.textContent).toBe('Taken from what you copied.');
    fireEvent.change($('#key-result')!, { target: { value: 'kr-explain' } });
    fireEvent.click($('button.primary')!);
    await waitFor(() => shown($('.clip')));
    const [record] = await h.outbox.list();
    expect(record.item).toMatchObject({
      captureMethod: 'pasted',
      heading: 'Visit 3',
      link: 'https://docs.google.com/document/d/abc123/edit#heading=h.v3',
      anchor: { exact: 'asked “why?” twice.', prefix: '', suffix: '' },
    });
  });

  it('where the clipboard cannot be read, says how to paste and takes the pasted passage the same way', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    h.pageSelection.value = {
      text: '',
      heading: '',
      title: 'Unit plan.pdf',
      url: 'https://lms.example.org/unit-plan.pdf',
      method: 'none',
      anchor: null,
      paragraphs: [],
    };
    copied = null;
    mount('fr');
    await waitFor(() => shown($('#quote')));
    fireEvent.click($('.capture-buttons button:nth-child(2)')!);
    const box = await waitFor(() => shown($<HTMLTextAreaElement>('#paste-copied')));
    expect($('.warning[role=status]')!.textContent).toContain('faites Ctrl+V (⌘V sur Mac)');
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.paste(box, {
      clipboardData: { getData: () => 'Objectif\u00a0: expliquer les fractions.' },
    });
    await waitFor(() => shown($<HTMLTextAreaElement>('#quote')!.value !== ''));
    expect($('#paste-copied')).toBeNull();
    expect($('[aria-live=polite].success')!.textContent).toContain('depuis Unit plan.pdf');
    // A PDF in the viewer is not text a fragment can find: the way back is the file itself.
    expect($('.source a')!.textContent).toBe('Ouvre le document (sans position précise)');
  });

  it('the "clip what I copied" shortcut makes the open panel read the clipboard, and the panel names the keys', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    mount();
    await waitFor(() => shown($('.shortcuts')));
    expect($('.shortcuts')!.textContent).toContain('Alt+Shift+V clips what you copied');
    expect($('.shortcuts')!.textContent).toContain('chrome://extensions/shortcuts');
    copied = 'Think time before answers.';
    const { wantClipboard } = await import('../../extension/background/capture');
    await wantClipboard();
    await act(() => listeners.forEach((l) => l({ type: 'capture/clipboard' })));
    await waitFor(() =>
      shown($<HTMLTextAreaElement>('#quote')!.value === 'Think time before answers.'),
    );
    expect(await h.service.handle({ type: 'capture/clipboard-wanted' })).toBe(false);
  });

  it('picks up a capture made from the context menu while the panel is open', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    mount();
    await waitFor(() => shown($('#quote')));
    const { parkCapture } = await import('../../extension/background/capture');
    await parkCapture({
      id: 'clip-menu-0009',
      capturedAt: '2026-03-10T14:06:00Z',
      quote: 'Teacher paused for think time.',
      sourceTitle: 'Obs',
      sourceUrl: 'https://x.example/',
      heading: 'Debrief',
      method: 'selection',
      reference: null,
      paragraphs: [],
      onGoogleDocs: false,
      anchor: null,
      place: '',
    });
    await act(() => listeners.forEach((l) => l({ type: 'capture/ready' })));
    await waitFor(() =>
      shown($<HTMLTextAreaElement>('#quote')!.value === 'Teacher paused for think time.'),
    );
    expect($('.source')!.textContent).toContain('Debrief');
  });

  it('shows a clip the sheet refused with its reason, and discards it on request', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    await h.service.handle({
      type: 'clip/save',
      item: {
        id: 'clip-refused-01',
        capturedAt: '2026-03-09T10:00:00Z',
        keyResultId: 'kr-deleted',
        school: '',
        practice: '',
        type: 'observation',
        stage: null,
        quote: 'Old key result',
        note: '',
        sourceTitle: '',
        sourceUrl: '',
        heading: '',
        captureMethod: 'typed',
        reference: null,
        anchor: null,
        link: '',
      },
    });
    await h.settle();
    mount();
    const row = await waitFor(() => shown($('.clip[data-state=needs-attention]')));
    expect(row.textContent).toContain('Needs attention');
    expect(row.textContent).toContain(t('en', 'protocol.unknownKeyResult'));
    fireEvent.click([...row.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!);
    await waitFor(() => shown(!$('.clip[data-state=needs-attention]')));
    expect(await h.outbox.list()).toHaveLength(0);
  });

  it("puts a refused clip back in the form with the sheet's message; corrected, it is sent again and reaches the sheet", async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    await h.service.handle({
      type: 'clip/save',
      item: {
        id: 'clip-refused-02',
        capturedAt: '2026-03-09T10:00:00Z',
        keyResultId: 'kr-deleted',
        school: 'Cedar Elementary',
        practice: 'Teaching through problem solving',
        type: 'observation',
        stage: 'routine',
        quote: 'Students justified with strips.',
        note: 'Lesson 3',
        sourceTitle: 'Notes',
        sourceUrl: 'https://lms.example.org/n',
        heading: 'Lesson 3',
        captureMethod: 'selection',
        reference: null,
        anchor: null,
        link: '',
      },
    });
    await h.settle();
    mount();
    const row = await waitFor(() => shown($('.clip[data-state=needs-attention]')));
    fireEvent.click([...row.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!);
    await waitFor(() =>
      shown($<HTMLTextAreaElement>('#quote')!.value === 'Students justified with strips.'),
    );
    expect($('.correcting')!.textContent).toContain(t('en', 'protocol.unknownKeyResult'));
    expect($<HTMLSelectElement>('#key-result')!.value).toBe('');
    expect($<HTMLSelectElement>('#school')!.value).toBe('Cedar Elementary');
    expect($<HTMLTextAreaElement>('#note')!.value).toBe('Lesson 3');
    expect($<HTMLButtonElement>('button.primary')!.textContent).toBe('Send again');
    fireEvent.change($('#key-result')!, { target: { value: 'kr-explain' } });
    fireEvent.click($('button.primary')!);
    await waitFor(() => shown($('.success')));
    await h.settle();
    expect(h.endpoint.sheet.get('clip-refused-02')).toMatchObject({
      keyResultId: 'kr-explain',
      quote: 'Students justified with strips.',
      sourceTitle: 'Notes',
    });
    expect($('.correcting')).toBeNull();
    expect($<HTMLTextAreaElement>('#quote')!.value).toBe('');
  });

  it('after a revoked code, shows the held clips and a paste-new-code form that sends them', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    h.endpoint.mode = 'revoked';
    await h.service.handle({
      type: 'clip/save',
      item: {
        id: 'clip-held-0001',
        capturedAt: '2026-03-09T10:00:00Z',
        keyResultId: 'kr-plc',
        school: '',
        practice: '',
        type: 'plc-meeting',
        stage: null,
        quote: 'Sorted exit tickets by strategy.',
        note: '',
        sourceTitle: '',
        sourceUrl: '',
        heading: '',
        captureMethod: 'typed',
        reference: null,
        anchor: null,
        link: '',
      },
    });
    await h.settle();
    h.endpoint.mode = 'normal';
    mount('fr');
    const row = await waitFor(() => shown($('.clip[data-state=repair-needed]')));
    expect(row.textContent).toContain('Nouvelle connexion requise');
    expect(row.textContent).toContain('jusqu’à ce que vous colliez un nouveau code');
    expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Modifier',
      'Supprimer',
    ]);
    const form = await waitFor(() => shown($('form.repair')));
    expect(form.textContent).toContain('Collez un nouveau code de connexion');
    fireEvent.input($('#pairing-code')!, { target: { value: pairingCode() } });
    fireEvent.click(form.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await waitFor(() => shown(!$('form.repair')));
    await h.settle();
    expect(h.endpoint.sheet.has('clip-held-0001')).toBe(true);
    await waitFor(() => shown($('.clip[data-state=delivered]')));
  });

  it('sends waiting clips as soon as the browser is back online', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    h.endpoint.mode = 'offline';
    await h.service.handle({
      type: 'clip/save',
      item: {
        id: 'clip-offline-01',
        capturedAt: '2026-03-09T10:00:00Z',
        keyResultId: 'kr-plc',
        school: '',
        practice: '',
        type: 'plc-meeting',
        stage: null,
        quote: 'Bus ride notes.',
        note: '',
        sourceTitle: '',
        sourceUrl: '',
        heading: '',
        captureMethod: 'typed',
        reference: null,
        anchor: null,
        link: '',
      },
    });
    await h.settle();
    h.clock.now += 60_000; // the back-off has not run out: only "online" sends now
    mount();
    const waiting = await waitFor(() => shown($('.clip[data-state=waiting] .reason')));
    expect(waiting.textContent).toMatch(
      /^No connection to the plan; it will try again\. Next try around \d{1,2}:\d{2}\s?[AP]M\.$/,
    );
    await waitFor(() =>
      shown(
        $('.plan-header')?.textContent?.includes('Offline: using the plan’s key results as of'),
      ),
    );
    h.endpoint.mode = 'normal';
    fireEvent(window, new Event('online'));
    await waitFor(() => shown($('.clip[data-state=delivered]')));
    expect(h.endpoint.sheet.has('clip-offline-01')).toBe(true);
    await waitFor(() => shown(!$('.plan-header')!.textContent!.includes('Offline')));
  });

  const unknownSchoolClip = (id: string) => ({
    id,
    capturedAt: '2026-03-09T10:00:00Z',
    keyResultId: 'kr-explain',
    school: 'Oak Ridge High',
    practice: '',
    type: 'observation' as const,
    stage: null,
    quote: 'Students argued about 3/4',
    note: '',
    sourceTitle: '',
    sourceUrl: '',
    heading: '',
    captureMethod: 'typed' as const,
    reference: null,
    anchor: null,
    link: '',
  });

  it("shows a saved clip whose school the sheet does not know with the sheet's warning", async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    await h.service.handle({ type: 'clip/save', item: unknownSchoolClip('clip-school-01') });
    await h.settle();
    mount();
    const warning = await waitFor(() => shown($('.clip[data-state=delivered] .reason.warning')));
    expect($('.clip[data-state=delivered] .badge')!.textContent).toBe('Saved to sheet');
    expect(warning.textContent).toBe(
      'Saved, but the school "Oak Ridge High" is not in the plan’s Schools tab, so the Dashboard counts this clip for no school. Choose a school from the list next time, or ask your coordinator to add it.',
    );
    expect(await h.outbox.get('clip-school-01')).toMatchObject({
      state: 'delivered',
      warning: { code: 'unknown-school' },
    });
  });

  it('explains the unknown-school warning in French when the plan answers in English', async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    await h.service.handle({ type: 'clip/save', item: unknownSchoolClip('clip-school-02') });
    await h.settle();
    mount('fr');
    const warning = await waitFor(() => shown($('.clip[data-state=delivered] .reason.warning')));
    expect(warning.textContent).toBe(
      'Enregistré, mais son école n’est pas dans l’onglet Écoles du plan\u00a0: le tableau de bord ne le compte pour aucune école. Demandez à votre coordonnateur ou coordonnatrice d’ajouter l’école.',
    );
    expect(warning.getAttribute('title')).toContain('"Oak Ridge High"');
  });

  it("explains a refusal in French when the plan answers in English, keeping the sheet's words at hand", async () => {
    await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
    await h.service.handle({
      type: 'clip/save',
      item: {
        id: 'clip-refused-03',
        capturedAt: '2026-03-09T10:00:00Z',
        keyResultId: 'kr-deleted',
        school: '',
        practice: '',
        type: 'observation',
        stage: null,
        quote: 'Ancien résultat clé',
        note: '',
        sourceTitle: '',
        sourceUrl: '',
        heading: '',
        captureMethod: 'typed',
        reference: null,
        anchor: null,
        link: '',
      },
    });
    await h.settle();
    mount('fr');
    const reason = await waitFor(() => shown($('.clip[data-state=needs-attention] .reason')));
    expect(reason.textContent).toBe(
      'La feuille a refusé cet extrait\u00a0: son résultat clé n’est plus dans le plan. Modifiez-le pour en choisir un autre.',
    );
    expect(reason.getAttribute('title')).toBe(t('en', 'protocol.unknownKeyResult'));
  });
});

describe('when the background throws', () => {
  /** The runtime turns a thrown error into an `internal` failure (browser-api.ts); so does this client. */
  function failingClient(failing: PanelCall): PanelClient {
    const real = client();
    return {
      ...real,
      request: (message) =>
        (message.type === failing
          ? Promise.reject(new Error('IndexedDB was closed'))
          : h.service.handle(message)
        )
          .catch(internalFailure)
          .then((reply) => replyOf(message.type, reply)),
    };
  }

  it.each(['en', 'fr'] as const)(
    'saving says so in words (%s), keeps the passage, and the panel goes on working',
    async (locale) => {
      await h.service.handle({ type: 'pairing/connect', code: pairingCode() });
      mount(locale, failingClient('clip/save'));
      await waitFor(() => shown(root.querySelectorAll('#key-result option').length > 2));
      fireEvent.input($('#quote')!, { target: { value: 'Students compared 3/4 and 2/3.' } });
      fireEvent.change($('#key-result')!, { target: { value: 'kr-explain' } });
      fireEvent.change($('#school')!, { target: { value: 'Birch Middle' } });
      fireEvent.click($('button.primary')!);
      const alert = await waitFor(() => shown($('.clip-form .warning')));
      expect(alert.textContent).toBe(t(locale, 'clipper.form.error.internal'));
      expect($<HTMLTextAreaElement>('#quote')!.value).toBe('Students compared 3/4 and 2/3.');
      expect(await h.outbox.list()).toEqual([]);
    },
  );

  it('connecting says so in words instead of breaking the panel', async () => {
    mount('en', failingClient('pairing/connect'));
    await waitFor(() => shown($('#pairing-code')));
    fireEvent.input($('#pairing-code')!, { target: { value: pairingCode() } });
    fireEvent.click($('button[type=submit]')!);
    const alert = await waitFor(() => shown($('[role=alert]')));
    expect(alert.textContent).toBe(t('en', 'clipper.pair.error.internal'));
  });
});
