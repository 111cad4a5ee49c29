/**
 * The panel ↔ background call map: a wrong call, a missing parameter or a reply of the wrong shape
 * does not compile (checked by `npm run typecheck`, which reads this file), and at run time a call
 * that cannot fail rejects when the background threw instead of handing the panel a failure.
 */
import { describe, expect, it } from 'vitest';
import { internalFailure } from '../../extension/browser-api';
import { replyOf, type PanelClient } from '../../extension/panel/client';
import { CALLS_THAT_FAIL, type PanelCall, type PanelHandlers } from '../../extension/panel-calls';

/** Compile-time checks only: never called. */
function typeChecks(client: PanelClient, handlers: PanelHandlers) {
  // @ts-expect-error: no such call
  void client.request({ type: 'clip/send' });
  // @ts-expect-error: a call's parameter is required
  void client.request({ type: 'pairing/connect' });
  void client.request({ type: 'clip/save', item: {} as never }).then((reply) => {
    if (reply.ok) return reply.records;
    // @ts-expect-error: a code clip/save never fails with
    const unknown: typeof reply.error.code = 'no-tab';
    return unknown;
  });
  // @ts-expect-error: a handler answering another call's reply
  handlers['panel/state'] = async () => [];
  // @ts-expect-error: a handler failing with a code its call does not declare
  handlers['capture/active-tab'] = async () => ({ ok: false, error: { code: 'x', message: '' } });
}
void typeChecks;

const calls = Object.keys(CALLS_THAT_FAIL) as PanelCall[];

describe('replies of the background', () => {
  it.each(calls.filter((call) => !CALLS_THAT_FAIL[call]))(
    '%s rejects when the background threw (it has no failure to show)',
    (call) => {
      expect(() => replyOf(call, internalFailure(new Error('closed')))).toThrow(call);
    },
  );

  it.each(calls.filter((call) => CALLS_THAT_FAIL[call]))(
    '%s hands the panel an internal failure to word',
    (call) => {
      const reply = replyOf(call, internalFailure(new Error('closed')));
      expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'Error: closed' } });
    },
  );
});
