/**
 * What the background's answers to panel requests are made of (the calls themselves: panel-calls.ts).
 * They are produced by our own background and carry nothing secret (no pairing secret ever appears).
 */
import type { Catalog } from '../../shared/protocol';
import type { Capture, LastChoices } from '../messages';
import type { OutboxRecord } from './outbox-record';
import type { PairingStatus } from './pairing-store';

/** A failure the coach can meet, with its stable code (each call's codes: panel-calls.ts). */
export type Failure<Code extends string = string> = {
  ok: false;
  error: { code: Code; message: string };
};

/** A failure as a value; the message defaults to the code (the panel words the code itself). */
export function fail<Code extends string>(code: Code, message: string = code): Failure<Code> {
  return { ok: false, error: { code, message } };
}

/** What the panel shows: the connection, the plan's catalog, the last choices and the history. */
export interface PanelState {
  pairing: PairingStatus;
  catalog: Catalog | null;
  catalogFetchedAt: number | null;
  choices: LastChoices | null;
  records: OutboxRecord[];
  capture: Capture | null;
}

/** The keys the browser has bound to our commands ('' when none): the coach may change them. */
export interface Shortcuts {
  selection: string;
  copied: string;
}
