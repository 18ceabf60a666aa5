// A push service that misbehaves on purpose. Each endpoint's path scripts its answers, one per request, the last
// one repeating: `/<id>/500,500,201` fails twice then accepts; tokens are a status code, `429:<seconds>` (with
// Retry-After), `429:date:<seconds>` (Retry-After as an HTTP date), `hang` (never answers), `reset` (drops the
// connection), `slow:<ms>` (201 after a delay). Every request is recorded. A GET (pushes are always POST) records
// nothing and answers `{"received": n}`, the pushes received so far for that endpoint: the e2e tests' read-out.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedPush = { id: string; at: number; headers: IncomingHttpHeaders; body: string };

export type FaultPushService = {
  url: string;
  received: ReceivedPush[];
  /** Requests received per endpoint id. */
  count(id: string): number;
  close(): Promise<void>;
};

/** Listens on `port` (default: any free one). */
export async function startFaultPushService(opts: { port?: number } = {}): Promise<FaultPushService> {
  const received: ReceivedPush[] = [];
  const seen = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET') {
      const [, id = ''] = (req.url ?? '/').split('/');
      return void res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ received: seen.get(id) ?? 0 }));
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [, id = '', script = '201'] = (req.url ?? '/').split('/');
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      received.push({ id, at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const steps = decodeURIComponent(script).split(',');
      answer(steps[Math.min(n, steps.length - 1)], req.socket, res);
    });
  });
  server.keepAliveTimeout = 5000;
  // All interfaces (dual stack): "localhost" may resolve to ::1 or 127.0.0.1, and the real sender's allowlist
  // takes a host name, not an IP literal.
  await new Promise<void>((r) => server.listen(opts.port ?? 0, r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    received,
    count: (id) => seen.get(id) ?? 0,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function answer(step: string, socket: import('node:net').Socket, res: import('node:http').ServerResponse) {
  const [kind, arg, arg2] = step.split(':');
  if (kind === 'hang') return; // the client's timeout must handle it; closeAllConnections() ends it
  if (kind === 'reset') return void socket.destroy();
  if (kind === 'slow') return void setTimeout(() => res.writeHead(201).end(), Number(arg));
  const code = Number(kind);
  if (code === 429 && arg === 'date') {
    return void res
      .writeHead(429, { 'Retry-After': new Date(Date.now() + Number(arg2) * 1000).toUTCString() })
      .end('slow down');
  }
  if (code === 429 && arg) return void res.writeHead(429, { 'Retry-After': arg }).end('slow down');
  res.writeHead(code, { 'Content-Type': 'text/plain' }).end(code >= 400 ? `error ${code} from the fault service` : '');
}
