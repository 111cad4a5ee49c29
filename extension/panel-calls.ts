/**
 * The one map of calls between the side panel and the background: for each call, what it takes,
 * what it answers and the codes it may fail with. The panel's client and the background's handlers
 * are both typed from it, so a wrong call name, a missing parameter or a reply of the wrong shape
 * does not compile. Types, one checked table and the broadcasts' names: no schema library, since
 * both ends are this extension's own code.
 */
import type { Catalog, ErrorCode, EvidenceItem } from '../shared/protocol';
import type { SheetsProblem } from './lib/google-sheets';
import type { TransportError } from './lib/post-protocol';
import type { Failure, PanelState, Shortcuts } from './lib/replies';
import type { OutboxRecord } from './lib/outbox-record';
import type { Capture } from './messages';

/** Codes of a Google call that did not succeed, and of a spreadsheet with no plan in it. */
type SheetReadError = SheetsProblem['code'] | 'no-plan';

/** One call: its parameters (besides `type`), its success and its failure codes (`never`: none). */
interface Call<Params, Result, Errors extends string = never> {
  params: Params;
  result: Result;
  errors: Errors;
}

type None = Record<never, never>;

export interface PanelCalls {
  'panel/open': Call<None, PanelState>;
  'panel/state': Call<None, PanelState>;
  'pairing/connect': Call<
    { code: string },
    { state: PanelState },
    'not-district-plan' | 'not-a-code' | 'pairing-refused'
  >;
  'pairing/disconnect': Call<None, PanelState>;
  /** Sign in with Google and connect to the pasted plan spreadsheet (URL or id). */
  'google/connect': Call<
    { spreadsheet: string },
    { state: PanelState },
    | 'not-district-plan'
    | 'google-unavailable'
    | 'not-a-sheet'
    | 'sign-in-cancelled'
    | SheetReadError
  >;
  'google/sign-in': Call<None, { ok: boolean; state: PanelState }>;
  'catalog/refresh': Call<
    None,
    { catalog: Catalog },
    'not-paired' | TransportError['code'] | ErrorCode | SheetReadError
  >;
  'clip/save': Call<
    { item: EvidenceItem },
    { records: OutboxRecord[] },
    'empty-clip' | 'too-large'
  >;
  'clip/retry': Call<{ id: string }, OutboxRecord[]>;
  'clip/discard': Call<{ id: string }, OutboxRecord[]>;
  'outbox/list': Call<None, OutboxRecord[]>;
  'outbox/flush': Call<None, OutboxRecord[]>;
  'capture/take': Call<None, Capture | null>;
  'capture/active-tab': Call<None, { capture: Capture }, 'no-tab'>;
  /** What the coach copied (read by the panel), with the active tab's title, address and place. */
  'capture/clipboard': Call<{ text: string }, Capture>;
  'capture/clipboard-wanted': Call<None, boolean>;
  'shortcuts/list': Call<None, Shortcuts>;
}

export type PanelCall = keyof PanelCalls;

/** What the panel sends for one call. */
export type PanelRequestOf<C extends PanelCall> = { type: C } & PanelCalls[C]['params'];

/** Any request the panel may send. */
export type PanelRequest = { [C in PanelCall]: PanelRequestOf<C> }[PanelCall];

/** True for the calls that may fail (their reply then carries `ok`). */
type Fails<C extends PanelCall> = [PanelCalls[C]['errors']] extends [never] ? false : true;

/**
 * What a call answers. A call that may fail answers `{ ok: true, ...result }` or a failure with one
 * of its codes, or `internal` when the background threw (browser-api's onRuntimeMessage).
 */
export type PanelReply<C extends PanelCall> =
  Fails<C> extends true
    ? ({ ok: true } & PanelCalls[C]['result']) | Failure<PanelCallError<C>>
    : PanelCalls[C]['result'];

/** The codes a call's reply may carry when it fails (`internal` included). */
export type PanelCallError<C extends PanelCall> = PanelCalls[C]['errors'] | 'internal';

/** What the background's handler for a call returns: its reply, without `internal` (the runtime adds it). */
export type PanelHandlerReply<C extends PanelCall> =
  Fails<C> extends true
    ? ({ ok: true } & PanelCalls[C]['result']) | Failure<PanelCalls[C]['errors']>
    : PanelCalls[C]['result'];

/** The background's handlers, one per call: a missing or mistyped one does not compile. */
export type PanelHandlers = {
  [C in PanelCall]: (request: PanelRequestOf<C>) => Promise<PanelHandlerReply<C>>;
};

/**
 * Which calls may fail, at run time: when the background throws on a call that cannot fail, the
 * client rejects instead of handing the panel an answer of the wrong shape. Checked against the map.
 */
export const CALLS_THAT_FAIL = {
  'panel/open': false,
  'panel/state': false,
  'pairing/connect': true,
  'pairing/disconnect': false,
  'google/connect': true,
  'google/sign-in': false,
  'catalog/refresh': true,
  'clip/save': true,
  'clip/retry': false,
  'clip/discard': false,
  'outbox/list': false,
  'outbox/flush': false,
  'capture/take': false,
  'capture/active-tab': true,
  'capture/clipboard': false,
  'capture/clipboard-wanted': false,
  'shortcuts/list': false,
} as const satisfies { [C in PanelCall]: Fails<C> };

/**
 * Background → open panels: "something changed, ask again". Carries no data, so the panel checks
 * only that a broadcast is one of these (it comes from our own background: browser-api).
 */
const PANEL_EVENTS = ['capture/ready', 'capture/clipboard', 'outbox/changed'] as const;
export type PanelEvent = { type: (typeof PANEL_EVENTS)[number] };

/** True for a broadcast the panel acts on; anything else is ignored. */
export function isPanelEvent(message: unknown): message is PanelEvent {
  const type = (message as { type?: unknown } | null)?.type;
  return PANEL_EVENTS.some((event) => event === type);
}
