/**
 * The background's one service: the panel's requests, the sending loop (one pass at a time) and the
 * badge. All browser access goes through browser-api; the clock, ids and fetch are injected.
 */
import { MAX_CLIP_TEXT } from '../../shared/inert-text';
import type { EvidenceItem } from '../../shared/protocol';
import { notifyPanels, setBadge, type TabRef } from '../browser-api';
import {
  cachedCatalogItem,
  forgetCatalog,
  loadCachedCatalog,
  refreshCatalog,
} from '../lib/catalog-cache';
import { loadLastChoices, rememberChoices } from '../lib/last-choices';
import { waitingCount, type Outbox } from '../lib/outbox';
import { newOutboxRecord, type OutboxRecord } from '../lib/outbox-record';
import {
  forgetPairing,
  loadPairing,
  markNeedsRepair,
  pairingStatus,
  savePairingCode,
} from '../lib/pairing-store';
import type { FetchLike } from '../lib/post-protocol';
import { fail, type PanelState } from '../lib/replies';
import type { PanelCall, PanelHandlers, PanelRequestOf, PanelHandlerReply } from '../panel-calls';
import { sendOutbox, type SendSummary } from '../lib/send-outbox';
import {
  forgetGoogleConnection,
  loadGoogleConnection,
  setConnectionProblem,
  spreadsheetUrl,
} from '../lib/google-connection';
import { sendToSheet } from '../lib/google-send';
import { loadPolicy } from '../lib/district-policy';
import { allowedByPolicy } from './policy-gate';
import { decodePairingCode } from '../../shared/pairing-code';
import { oneRunQueued } from '../../shared/one-run-queued';
import {
  connectWithGoogle,
  googleStatus,
  refreshSheetCatalog,
  signInAgain,
  type GoogleDeps,
} from './google-service';
import {
  captureClipboard,
  captureFromPage,
  emptyCapture,
  readTabSelection,
  takeCapture,
  takeClipboardWish,
  type CaptureDeps,
} from './capture';
import { CLIP_COMMAND, COPIED_COMMAND } from './gestures';

interface ServiceDeps {
  outbox: Outbox;
  fetch: FetchLike;
  now(): number;
  random(): number;
  timeoutMs?: number;
  capture: CaptureDeps;
  activeTab(): Promise<TabRef | undefined>;
  /** Sign in with Google; absent where the build or the browser cannot offer it. */
  google?: GoogleDeps;
  /** The keys bound to each of our commands ('' when none). */
  shortcuts(): Promise<Record<string, string>>;
}

/** Clips the coach may correct and send again: refused by the sheet, or held for a new code. Never in flight. */
const EDITABLE = new Set<OutboxRecord['state']>(['needs-attention', 'repair-needed']);

/** A corrected clip keeps its id and place in the history; it waits again (still for a new code if re-pair is needed). */
function editedRecord(existing: OutboxRecord, item: EvidenceItem, now: number): OutboxRecord {
  const state = existing.state === 'repair-needed' ? 'repair-needed' : 'waiting';
  return {
    ...newOutboxRecord(item, now),
    createdAt: existing.createdAt,
    state,
    problem: state === 'waiting' ? null : existing.problem,
  };
}

/** Checks a clip before it enters the outbox: an empty or oversize clip is refused at once, as a value. */
function checkClip(item: EvidenceItem) {
  if (!item.quote.trim() && !item.reference) return fail('empty-clip');
  if (item.quote.length > MAX_CLIP_TEXT || item.note.length > MAX_CLIP_TEXT)
    return fail('too-large');
  return null;
}

export function createClipperService(deps: ServiceDeps) {
  const { outbox } = deps;

  async function changed(): Promise<OutboxRecord[]> {
    const records = await outbox.list();
    await setBadge(waitingCount(records));
    await notifyPanels({ type: 'outbox/changed' });
    return records;
  }

  /** A pass to wherever the coach is connected: the spreadsheet (Google) or the plan endpoint (code). */
  async function onePass(force: boolean): Promise<SendSummary> {
    const google = deps.google;
    if (google && (await loadGoogleConnection()))
      return sendToSheet(
        {
          ...deps,
          client: google.client,
          loadConnection: loadGoogleConnection,
          setProblem: setConnectionProblem,
          catalog: async () => {
            const connection = await loadGoogleConnection();
            const url = connection ? spreadsheetUrl(connection.spreadsheetId) : '';
            return (await loadCachedCatalog(url))?.catalog ?? null;
          },
        },
        { force },
      );
    return sendOutbox({ ...deps, loadPairing, markNeedsRepair }, { force });
  }

  /**
   * One sending pass at a time (the core's one-run-queued). An alarm arriving during a pass shares
   * it; a forced send (back online, panel opened, a clip saved) runs once more after it, since the
   * pass may have started offline. `forceNext` is read when a pass starts: a queued pass is always
   * forced, since only a forced call queues one.
   */
  let forceNext = false;
  const passes = oneRunQueued(() => onePass(forceNext));

  function flush(force: boolean): Promise<SendSummary> {
    let pass: Promise<SendSummary> | null = force ? null : passes.pending();
    if (!pass) {
      forceNext = force;
      pass = passes.run();
    }
    return pass.then(async (summary) => {
      await changed();
      return summary;
    });
  }

  /**
   * What the panel shows, read at once: the stored records are read side by side (not one after
   * another), and the cached catalog is kept only if it is the connected plan's.
   */
  async function state(): Promise<PanelState> {
    const [google, pairing, cached, choices, records] = await Promise.all([
      loadGoogleConnection(),
      loadPairing(),
      cachedCatalogItem.getValue(),
      loadLastChoices(),
      outbox.list(),
    ]);
    const status = google ? googleStatus(google) : pairingStatus(pairing);
    const catalog = status.paired ? await loadCachedCatalog(status.endpoint, cached) : null;
    return {
      pairing: status,
      catalog: catalog?.catalog ?? null,
      catalogFetchedAt: catalog?.fetchedAt ?? null,
      choices,
      records,
      capture: null,
    };
  }

  async function connect(code: string) {
    const decoded = decodePairingCode(code);
    if (decoded.ok && !allowedByPolicy(await loadPolicy(), { endpoint: decoded.pairing.endpoint }))
      return fail('not-district-plan');
    const saved = await savePairingCode(code, deps.now());
    if (!saved.ok) return fail('not-a-code');
    await forgetGoogleConnection(); // one connection at a time: the code replaces a Google sign-in
    const catalog = await refreshCatalog(saved.pairing, deps.fetch, deps.now());
    if (!catalog.ok && catalog.pairingRefused) {
      await forgetPairing();
      return fail('pairing-refused', catalog.error.message);
    }
    return resumeHeld();
  }

  /** A new connection: clips held for a new code wait again, and sending starts at once. */
  async function resumeHeld() {
    for (const record of await outbox.list()) {
      if (record.state === 'repair-needed')
        await outbox.put({ ...record, state: 'waiting', nextAttemptAt: deps.now(), problem: null });
    }
    void flush(true);
    return { ok: true as const, state: await state() };
  }

  async function connectGoogle(spreadsheet: string) {
    if (!allowedByPolicy(await loadPolicy(), { spreadsheet })) return fail('not-district-plan');
    const connected = await connectWithGoogle(deps.google, spreadsheet, deps.now());
    if (!connected.ok) return connected;
    await forgetPairing(); // one connection at a time: Google replaces a code
    return resumeHeld();
  }

  async function saveClip(item: EvidenceItem) {
    const refused = checkClip(item);
    if (refused) return refused;
    const existing = await outbox.get(item.id);
    if (!existing) await outbox.put(newOutboxRecord(item, deps.now()));
    else if (EDITABLE.has(existing.state))
      await outbox.put(editedRecord(existing, item, deps.now()));
    await rememberChoices(item);
    const records = await changed();
    void flush(true);
    return { ok: true as const, records };
  }

  async function retry(id: string) {
    const record = await outbox.get(id);
    if (record && record.state !== 'delivered')
      await outbox.put({ ...record, state: 'waiting', nextAttemptAt: deps.now(), problem: null });
    void flush(true);
    return changed();
  }

  async function catalogRefresh() {
    const google = await loadGoogleConnection();
    if (google && deps.google) return refreshSheetCatalog(deps.google, google, deps.now());
    const pairing = await loadPairing();
    if (!pairing) return fail('not-paired');
    const result = await refreshCatalog(pairing, deps.fetch, deps.now());
    if (result.ok) return result;
    if (result.pairingRefused) await markNeedsRepair();
    return fail(result.error.code, result.error.message);
  }

  /** One handler per call of panel-calls.ts: the map checks each reply against the call. */
  const handlers: PanelHandlers = {
    'panel/open': async () => {
      // The snapshot is taken before sending starts; the pass's own broadcast brings its outcome.
      const [now, capture] = await Promise.all([state(), takeCapture()]);
      const opened = { ...now, capture };
      void flush(true);
      return opened;
    },
    'panel/state': state,
    'pairing/connect': ({ code }) => connect(code),
    'google/connect': ({ spreadsheet }) => connectGoogle(spreadsheet),
    'google/sign-in': async () => {
      const ok = await signInAgain(deps.google);
      if (ok) void flush(true);
      return { ok, state: await state() };
    },
    'pairing/disconnect': async () => {
      await forgetPairing();
      await forgetGoogleConnection();
      await forgetCatalog();
      return state();
    },
    'catalog/refresh': catalogRefresh,
    'clip/save': ({ item }) => saveClip(item),
    'clip/retry': ({ id }) => retry(id),
    'clip/discard': async ({ id }) => {
      await outbox.remove(id);
      return changed();
    },
    'outbox/list': () => outbox.list(),
    'outbox/flush': async () => {
      await flush(true);
      return outbox.list();
    },
    'capture/take': takeCapture,
    'capture/active-tab': async () => {
      const tab = await deps.activeTab();
      const page = await readTabSelection(tab, deps.capture);
      if (!page) return fail('no-tab');
      return { ok: true, capture: captureFromPage(emptyCapture(tab, deps.capture), page, '') };
    },
    'capture/clipboard': async ({ text }) =>
      captureClipboard(await deps.activeTab(), text, deps.capture),
    'capture/clipboard-wanted': takeClipboardWish,
    'shortcuts/list': async () => {
      const keys = await deps.shortcuts();
      return { selection: keys[CLIP_COMMAND] ?? '', copied: keys[COPIED_COMMAND] ?? '' };
    },
  };

  /** Answers one panel request with its call's handler. */
  function handle<C extends PanelCall>(request: PanelRequestOf<C>): Promise<PanelHandlerReply<C>> {
    const handler: (request: PanelRequestOf<C>) => Promise<PanelHandlerReply<C>> =
      handlers[request.type];
    return handler(request);
  }

  return { handle, flush, changed };
}
