/**
 * The side panel's state and actions in one hook: loads the state when the panel opens (which also
 * makes the background send waiting clips), follows background broadcasts, and talks to the
 * background only through the PanelClient.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorKey, type ClipperKey as StringKey } from '../../shared/i18n/clipper-strings';
import { pairingEndpoint } from '../../shared/pairing-code-payload';
import { readClipboard as readBrowserClipboard, requestHostAccess } from '../browser-api';
import type { Capture } from '../messages';
import type { PanelState, Shortcuts } from '../lib/replies';
import type { PanelCallError } from '../panel-calls';
import type { PanelClient } from './client';
import {
  blankCapture,
  draftFromRecord,
  draftToItem,
  startDraft,
  type ClipDraft,
} from './clip-draft';

export interface PanelDeps {
  client: PanelClient;
  newId(): string;
  now(): Date;
  /** What the coach copied, or null when the browser refuses; the browser's clipboard by default. */
  readClipboard?(): Promise<string | null>;
}

/** Said to screen readers (and shown) when a capture path finishes. */
export type Announcement = { key: StringKey; params: Record<string, string | number> } | null;

/** A Doc, deck or PDF whose text the panel can search: the finder, not a warning, is the way on. */
const searchable = (capture: Capture) => capture.onGoogleDocs || capture.paragraphs.length > 0;

/** A new capture replaces the passage and source but keeps the coach's pickers. */
function withCapture(draft: ClipDraft | null, capture: Capture, state: PanelState): ClipDraft {
  const fresh = startDraft(capture, state.choices, state.catalog);
  return draft && draft.correcting === null
    ? { ...draft, capture, quote: capture.quote, method: capture.method, note: '' }
    : fresh;
}

export function usePanel({ client, newId, now, readClipboard = readBrowserClipboard }: PanelDeps) {
  const [state, setState] = useState<PanelState | null>(null);
  const [draft, setDraft] = useState<ClipDraft | null>(null);
  const [notice, setNotice] = useState<StringKey | null>(null);
  const [status, setStatus] = useState<StringKey | null>(null);
  const [offline, setOffline] = useState(false);
  const [announced, setAnnounced] = useState<Announcement>(null);
  const [pasteBox, setPasteBox] = useState(false);
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);

  /** The copied text, placed by the background in the active tab's page or document. */
  const takeCopied = async (text: string) => {
    const capture = await client.request({ type: 'capture/clipboard', text });
    setPasteBox(false);
    setNotice(null);
    setStatus(null);
    setAnnounced({
      key: 'clipper.clipboard.captured',
      params: { count: capture.quote.length, source: capture.sourceTitle || capture.sourceUrl },
    });
    setState((current) => {
      if (current) setDraft((prev) => withCapture(prev, capture, current));
      return current;
    });
  };

  /** "Clip what I copied" (button or shortcut): read the clipboard, or offer the paste box. */
  const clipCopied = async () => {
    const text = await readClipboard();
    setAnnounced(null);
    if (text === null) {
      setPasteBox(true);
      return setNotice('clipper.clipboard.denied');
    }
    if (!text.trim()) return setNotice('clipper.clipboard.empty');
    await takeCopied(text);
  };

  /** The shortcut may have asked for the clipboard before this panel was open. */
  const clipboardIfWanted = async () => {
    if (await client.request({ type: 'capture/clipboard-wanted' })) await clipCopied();
  };

  /** Asks the plan for its current key results; offline, the cached ones stay and the header says so. */
  const refreshCatalog = async () => {
    const reply = await client.request({ type: 'catalog/refresh' });
    setOffline(!reply.ok);
    if (reply.ok)
      setState((s) =>
        s ? { ...s, catalog: reply.catalog, catalogFetchedAt: now().getTime() } : s,
      );
  };

  /** Pairing and history as the background has them now (after a send, a revoked code, a re-pair). */
  const follow = async () => {
    const now = await client.request({ type: 'panel/state' });
    setState((s) => (s ? { ...s, pairing: now.pairing, records: now.records } : s));
    // "It reaches the sheet" no longer holds once the plan refused the code or Google refused us:
    // the re-pair form or the header's message says what to do.
    const blocked =
      now.pairing.paired &&
      (now.pairing.needsRepair || (now.pairing.via === 'google' && now.pairing.problem !== null));
    if (blocked) setStatus((shown) => (shown === 'clipper.form.saved' ? null : shown));
  };

  const adopt = (next: PanelState) => {
    setState(next);
    void follow();
    setDraft((prev) =>
      next.capture
        ? withCapture(prev, next.capture, next)
        : (prev ?? startDraft(blankCapture(newId(), now()), next.choices, next.catalog)),
    );
    if (next.pairing.paired) void refreshCatalog();
  };

  const takeCapture = async () => {
    const capture = await client.request({ type: 'capture/take' });
    if (!capture) return;
    setNotice(
      capture.quote || capture.reference || searchable(capture) ? null : 'clipper.capture.empty',
    );
    setStatus(null);
    setState((current) => {
      if (current) setDraft((prev) => withCapture(prev, capture, current));
      return current;
    });
  };

  const setRecords = (records: PanelState['records']) =>
    setState((s) => (s ? { ...s, records } : s));

  useEffect(() => {
    void client.request({ type: 'panel/open' }).then(adopt).then(clipboardIfWanted);
    void client.request({ type: 'shortcuts/list' }).then(setShortcuts);
    // The panel hears the wifi come back even where the worker does not: send at once.
    const backOnline = () => {
      void client.request({ type: 'outbox/flush' }).then(setRecords);
      void refreshCatalog();
    };
    addEventListener('online', backOnline);
    const stopListening = client.onEvent((event) => {
      if (event.type === 'capture/ready') void takeCapture();
      else if (event.type === 'capture/clipboard') void clipboardIfWanted();
      else void follow();
    });
    return () => {
      removeEventListener('online', backOnline);
      stopListening();
    };
  }, []);

  const newDraft = (current: ClipDraft) => ({
    ...current,
    capture: blankCapture(newId(), now()),
    quote: '',
    method: 'typed' as const,
    note: '',
    correcting: null,
  });

  return {
    state,
    draft,
    notice,
    status,
    offline,
    announced,
    pasteBox,
    shortcuts,
    clipCopied,
    pasteCopied: takeCopied,
    change: (patch: Partial<ClipDraft>) => {
      setStatus(null);
      setDraft((d) => (d ? { ...d, ...patch } : d));
    },
    async connect(code: string): Promise<PanelCallError<'pairing/connect'> | null> {
      const endpoint = pairingEndpoint(code);
      if (endpoint) await requestHostAccess(endpoint);
      const reply = await client.request({ type: 'pairing/connect', code });
      if (!reply.ok) return reply.error.code;
      adopt(reply.state);
      return null;
    },
    /** Signs in with Google (inside the coach's click) and connects to the pasted spreadsheet. */
    async connectGoogle(spreadsheet: string): Promise<PanelCallError<'google/connect'> | null> {
      const reply = await client.request({ type: 'google/connect', spreadsheet });
      if (!reply.ok) return reply.error.code;
      adopt(reply.state);
      return null;
    },
    signInAgain: async () => {
      const reply = await client.request({ type: 'google/sign-in' });
      setState((s) =>
        s ? { ...s, pairing: reply.state.pairing, records: reply.state.records } : s,
      );
    },
    disconnect: async () => setState(await client.request({ type: 'pairing/disconnect' })),
    async clipPage() {
      setAnnounced(null);
      const reply = await client.request({ type: 'capture/active-tab' });
      if (!reply.ok) return setNotice('clipper.capture.no-tab');
      setNotice(reply.capture.quote || searchable(reply.capture) ? null : 'clipper.capture.empty');
      if (state) setDraft((prev) => withCapture(prev, reply.capture, state));
    },
    async save() {
      if (!draft) return;
      const reply = await client.request({ type: 'clip/save', item: draftToItem(draft) });
      if (!reply.ok) return setNotice(errorKey('clipper.form.error', reply.error.code));
      setRecords(reply.records);
      setStatus(
        state?.pairing.paired && state.pairing.needsRepair
          ? 'clipper.form.savedHeld'
          : 'clipper.form.saved',
      );
      setNotice(null);
      setDraft(newDraft(draft));
    },
    /** Puts a refused or held clip back in the form to correct it; Save sends it again with its id. */
    edit(id: string) {
      const record = state?.records.find((r) => r.id === id);
      if (!record) return;
      setNotice(null);
      setStatus(null);
      setDraft(draftFromRecord(record, state?.catalog ?? null));
    },
    cancelEdit: () =>
      setDraft((d) =>
        d && state ? startDraft(blankCapture(newId(), now()), state.choices, state.catalog) : d,
      ),
    retry: async (id: string) => setRecords(await client.request({ type: 'clip/retry', id })),
    discard: async (id: string) => setRecords(await client.request({ type: 'clip/discard', id })),
    sendNow: async () => setRecords(await client.request({ type: 'outbox/flush' })),
  };
}
