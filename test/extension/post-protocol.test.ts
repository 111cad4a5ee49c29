import { describe, expect, it } from 'vitest';
import { postProtocol, type FetchLike } from '../../extension/lib/post-protocol';
import { PROTOCOL_VERSION, type ProtocolRequest } from '../../shared/protocol';

const request: ProtocolRequest = {
  v: PROTOCOL_VERSION as ProtocolRequest['v'],
  kind: 'catalog',
  secret: 's',
};

describe('postProtocol', () => {
  it('gives up on school wifi that never answers, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const hang: FetchLike = (_url, init) => {
      signal = init.signal;
      return new Promise(() => undefined);
    };
    const started = Date.now();
    const result = postProtocol('https://script.google.com/macros/s/x/exec', request, hang, 1000);
    await new Promise((r) => setTimeout(r, 500));
    expect(signal?.aborted).toBe(false);
    expect(await result).toEqual({
      ok: false,
      error: { code: 'timeout', message: 'No answer after 1 s' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(signal?.aborted).toBe(true);
  });

  it.each([
    {
      name: 'an HTML quota page with HTTP 200',
      status: 200,
      body: '<!DOCTYPE html><html><body>Service invoked too many times for one day</body></html>',
    },
    {
      name: 'a Google sign-in page',
      status: 200,
      body: '<html><title>Sign in – Google Accounts</title></html>',
    },
    { name: 'JSON that is not the protocol', status: 200, body: '{"result":"ok"}' },
    { name: 'a proxy error', status: 502, body: 'Bad gateway' },
  ])('treats $name as a failure, never as delivered', async ({ status, body }) => {
    const fetchFn: FetchLike = async () => ({ status, text: async () => body });
    const result = await postProtocol(
      'https://script.google.com/macros/s/x/exec',
      request,
      fetchFn,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-protocol' } });
    expect(result.ok ? '' : result.error.message).toContain(`HTTP ${status}`);
  });

  it('sends text/plain (no CORS preflight) and follows Apps Script redirects', async () => {
    const seen: Parameters<FetchLike>[1][] = [];
    const fetchFn: FetchLike = async (_url, init) => {
      seen.push(init);
      return {
        status: 200,
        text: async () =>
          JSON.stringify({ ok: false, error: { code: 'busy', message: 'Busy', retryable: true } }),
      };
    };
    const result = await postProtocol(
      'https://script.google.com/macros/s/x/exec',
      request,
      fetchFn,
    );
    expect(result).toMatchObject({ ok: true, reply: { ok: false, error: { code: 'busy' } } });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      redirect: 'follow',
      headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    });
    expect(JSON.parse(seen[0].body)).toEqual(request);
  });
});
