// A stand-in push service on loopback, run as its own process: answers 201 Created after a simulated round trip
// (--latency-ms), counts what it got, and reports its own CPU so the benchmark can show it was never the limit.
// Like every real push service it speaks HTTPS, offering ALPN h2 and http/1.1 (each sender takes what it speaks);
// --plain-http keeps the first round's plain HTTP/1.1 for comparison.
//   node --import tsx bench/receiver.ts [--port 0] [--latency-ms 50] [--max-streams 1000] [--tls-cert f --tls-key f]
// Prints {"port":…} on its first stdout line. Control (GET): /stats, /wait?path=/lat/3 (answers when a push to that
// path has arrived, with the arrival time). Pushes: POST to any other path.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import { performance } from 'node:perf_hooks';
import { DEFAULT_RECEIVER_MAX_STREAMS } from './args';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const latencyMs = arg('latency-ms', 50);
const maxStreams = arg('max-streams', DEFAULT_RECEIVER_MAX_STREAMS);
const port = arg('port', 0);
const file = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? readFileSync(process.argv[i + 1], 'utf8') : undefined;
};
const tls = { cert: file('tls-cert'), key: file('tls-key') };

type Request = http.IncomingMessage | http2.Http2ServerRequest;
type Response = http.ServerResponse | http2.Http2ServerResponse;

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes of this machine. */
const nowMs = () => performance.timeOrigin + performance.now();

const counts = { requests: 0, valid: 0, invalid: 0, bytes: 0, h2: 0, http1: 0 };
// Only the latency probe's paths are remembered, so 100 000 fan-out pushes cost no memory here.
const TRACKED = '/lat/';
const arrivals = new Map<string, number>();
const waiters = new Map<string, Array<(t: number) => void>>();

/** What a real push service checks before accepting a message (RFC 8030/8291/8292), cheaply. */
function looksValid(req: Request, bytes: number): boolean {
  const h = req.headers;
  return (
    h['content-encoding'] === 'aes128gcm' &&
    typeof h.authorization === 'string' &&
    h.authorization.startsWith('vapid t=') &&
    h.authorization.includes(', k=') &&
    h.ttl !== undefined &&
    // 86-byte header, 16-byte tag, at least the padding delimiter.
    bytes >= 103 &&
    bytes <= 4096
  );
}

function control(req: Request, res: Response) {
  const url = new URL(req.url ?? '/', 'http://receiver');
  const json = (body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/stats') {
    const cpu = process.cpuUsage();
    return json({
      ...counts,
      cpuUserUs: cpu.user,
      cpuSystemUs: cpu.system,
      at: nowMs(),
      rssMb: process.memoryUsage().rss / 2 ** 20,
    });
  }
  if (url.pathname === '/wait') {
    const path = url.searchParams.get('path') ?? '';
    const seen = arrivals.get(path);
    if (seen !== undefined) return json({ path, at: seen });
    const list = waiters.get(path) ?? [];
    list.push((at) => json({ path, at }));
    waiters.set(path, list);
    return;
  }
  res.writeHead(404).end();
}

function onRequest(req: Request, res: Response) {
  if (req.method === 'GET') return control(req, res);
  let bytes = 0;
  req.on('data', (c: Buffer) => (bytes += c.length));
  req.on('end', () => {
    const at = nowMs();
    counts.requests++;
    counts.bytes += bytes;
    if (req.httpVersionMajor === 2) counts.h2++;
    else counts.http1++;
    if (looksValid(req, bytes)) counts.valid++;
    else counts.invalid++;
    const path = req.url ?? '';
    if (path.startsWith(TRACKED)) {
      arrivals.set(path, at);
      for (const w of waiters.get(path) ?? []) w(at);
      waiters.delete(path);
    }
    setTimeout(() => {
      res.writeHead(201, { location: `/m/${counts.requests}`, 'content-length': '0' });
      res.end();
    }, latencyMs);
  });
}

function createServer(): http.Server | http2.Http2SecureServer {
  if (tls.cert && tls.key) {
    // Streams per connection as the push service announces them (--max-streams); idle connections stay open past a
    // benchmark's pauses.
    const secure = http2.createSecureServer(
      { ...tls, allowHTTP1: true, settings: { maxConcurrentStreams: maxStreams } },
      onRequest,
    );
    secure.setTimeout(0);
    return secure;
  }
  const plain = http.createServer({ keepAlive: true, requestTimeout: 0 }, onRequest);
  // Keep-alive like a push service: idle sockets stay open well past a benchmark's pauses.
  plain.keepAliveTimeout = 120_000;
  plain.headersTimeout = 125_000;
  return plain;
}

const server = createServer();
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : port, latencyMs }));
});
process.on('SIGTERM', () => process.exit(0));
