/**
 * The background's answers to panel requests. Types only: they are produced by our own background
 * and carry nothing secret (no pairing secret ever appears here).
 */
import type { Catalog } from '../../shared/protocol';
import type { Capture, LastChoices } from '../messages';
import type { OutboxRecord } from './outbox-record';
import type { PairingStatus } from './pairing-store';

export type Failure = { ok: false; error: { code: string; message: string } };

export interface PanelState {
  pairing: PairingStatus;
  catalog: Catalog | null;
  catalogFetchedAt: number | null;
  choices: LastChoices | null;
  records: OutboxRecord[];
  capture: Capture | null;
}

export type ReplyFor = {
  'panel/open': PanelState;
  'panel/state': PanelState;
  'pairing/connect': { ok: true; state: PanelState } | Failure;
  'pairing/disconnect': PanelState;
  'google/connect': { ok: true; state: PanelState } | Failure;
  'google/sign-in': { ok: boolean; state: PanelState };
  'catalog/refresh': { ok: true; catalog: Catalog } | Failure;
  'clip/save': { ok: true; records: OutboxRecord[] } | Failure;
  'clip/retry': OutboxRecord[];
  'clip/discard': OutboxRecord[];
  'outbox/list': OutboxRecord[];
  'outbox/flush': OutboxRecord[];
  'capture/take': Capture | null;
  'capture/active-tab': { ok: true; capture: Capture } | Failure;
};
