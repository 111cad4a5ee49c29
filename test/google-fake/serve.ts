/** Serves a FakeGoogle over HTTP on 127.0.0.1, for real Chromium; a dropped reply closes the socket. */
import { createServer } from 'node:http';
import type { FakeGoogle } from './fake-google';

export async function serveFakeGoogle(
  google: FakeGoogle,
  port = 0,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type',
          'access-control-allow-methods': 'GET, POST',
        });
        res.end();
        return;
      }
      const answer = google.handle({
        method: req.method ?? 'GET',
        url: `http://127.0.0.1${req.url ?? '/'}`,
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.join(',') : (v ?? ''),
          ]),
        ),
        body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
      });
      if (answer.drop) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
