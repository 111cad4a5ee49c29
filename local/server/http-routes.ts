/**
 * The HTTP side of local mode, separate from the workbook: which paths exist, the Host check that
 * keeps other sites' DNS names out, the 1 MB body limit, and how replies are written. No CORS headers:
 * the extension calls from its background worker under its host permissions, which needs none, and
 * without them no web page can read a reply (or tell that local mode is running).
 */
import type http from 'node:http';
import { PROTOCOL_VERSION, type ProtocolReply } from '../../shared/protocol';
import { errorReply } from '../../shared/protocol-service';

import { MAX_REQUEST_BYTES } from '../../shared/protocol';
export { MAX_REQUEST_BYTES };

/** What the routes need from the server: its origin, the protocol endpoint and the dashboard page. */
export interface Routes {
  origin(): string;
  exec(body: string): Promise<ProtocolReply>;
  page(): Promise<{ ok: true; value: string } | { ok: false }>;
}

/** GET|POST /exec (protocol, health), GET / (dashboard page); everything else is 404. */
export async function route(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  routes: Routes,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (!hostAllowed(req.headers.host, routes.origin()))
    return text(res, 403, 'Forbidden: local mode answers only on 127.0.0.1.');
  if (path === '/exec') {
    if (req.method === 'GET')
      return json(res, { ok: true, service: 'throughline-local', protocol: PROTOCOL_VERSION });
    if (req.method !== 'POST') return text(res, 405, 'Method not allowed');
    const body = await readBody(req, MAX_REQUEST_BYTES);
    if (body === null)
      return json(res, errorReply('en', 'too-large', 'protocol.requestTooLarge', { max: '1 MB' }));
    return json(res, await routes.exec(body));
  }
  if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
    const page = await routes.page();
    if (!page.ok) return text(res, 503, 'The workbook is busy; reload in a moment.');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'Cache-Control': 'no-store',
    });
    return void res.end(req.method === 'HEAD' ? undefined : page.value);
  }
  return text(res, 404, 'Not found');
}

/** Refuses other host names (DNS rebinding): only 127.0.0.1 and localhost on our port. */
function hostAllowed(host: string | undefined, origin: string): boolean {
  const port = new URL(origin).port;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function json(res: http.ServerResponse, value: unknown): void {
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(value));
}

function text(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/** The body as UTF-8, or null past `limit` bytes (the rest is discarded unread). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
