import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import selfsigned from 'selfsigned';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserKeys, decryptAes128gcm } from '../../test/push/decrypt-aes128gcm';
import { startMockPushService, type MockPushService } from '../../test/push/web-push-testing-server';
import { createPushSender } from './create-push-sender';
import { inlineEncryptor, type PushEncryptor } from './encrypt-aes128gcm';
import { parseEndpointAllowlist } from './endpoint-allowlist';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

/** Encrypts like the inline encryptor, `ms` later, and says when it finished (as a worker thread would, slowly). */
function slowEncryptor(ms: number) {
  const state = { doneAt: Infinity };
  const encryptor: PushEncryptor = {
    threads: 1,
    encrypt: async (job) => {
      await new Promise((r) => setTimeout(r, ms));
      const body = await inlineEncryptor.encrypt(job);
      state.doneAt = performance.now();
      return body;
    },
    close: async () => undefined,
  };
  return Object.assign(state, { encryptor });
}

/** A WriteGate that answers `go` and notes when it was asked. */
function gateSaying(go: boolean) {
  const asked: number[] = [];
  return Object.assign(
    async () => {
      asked.push(performance.now());
      return go;
    },
    { asked },
  );
}

describe('push sender → web-push-testing (real RFC 8030/8291/8292 checks)', () => {
  let mock: MockPushService;
  let sender: ReturnType<typeof createPushSender>;
  beforeAll(async () => {
    mock = await startMockPushService();
    sender = createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(`fcm.googleapis.com,${mock.origin}`),
      timeoutMs: 5000,
      maxSocketsPerOrigin: 4,
    });
  });
  afterAll(async () => {
    sender?.close();
    await mock?.stop();
  });

  it('delivers an encrypted, VAPID-signed message the push service decrypts', async () => {
    const sub = await mock.subscribe(vapid.publicKey);
    const payload = JSON.stringify({ title: 'Collecte des déchets', body: 'Demain, 7 h', url: '/inbox' });
    const target = { endpoint: sub.endpoint, ...sub.keys };
    expect(await sender.send(target, payload, { ttlSeconds: 60, urgency: 'high', topic: 'waste' })).toMatchObject({
      kind: 'response',
      statusCode: 201,
    });
    expect(await sender.send(target, 'second', { ttlSeconds: 60 })).toMatchObject({
      kind: 'response',
      statusCode: 201,
    });
    expect(await mock.messages(sub.clientHash)).toEqual([payload, 'second']);
    expect(sender.vapidSigner.signatures).toBe(1); // one JWT for the origin, reused
  });

  it('reports 410 Gone once the subscription expired', async () => {
    const sub = await mock.subscribe(vapid.publicKey);
    await mock.expire(sub.clientHash);
    const r = await sender.send({ endpoint: sub.endpoint, ...sub.keys }, 'x', { ttlSeconds: 60 });
    expect(r).toMatchObject({ kind: 'response', statusCode: 410 });
  });

  it('is refused by the push service when signed with another key than the subscription was made with', async () => {
    const sub = await mock.subscribe(webpush.generateVAPIDKeys().publicKey);
    const r = await sender.send({ endpoint: sub.endpoint, ...sub.keys }, 'x', { ttlSeconds: 60 });
    expect(r).toMatchObject({ kind: 'response', statusCode: 400 });
  });
});

describe('push sender against a scripted server', () => {
  let server: http.Server;
  let origin: string;
  const seen: Array<{ headers: http.IncomingHttpHeaders; body: Buffer }> = [];
  const sockets = new Set<string>();
  let behaviour: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_q, s) => s.writeHead(201).end();
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      sockets.add(`${req.socket.remotePort}`);
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: Buffer.concat(chunks) });
        behaviour(req, res);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );

  const keys = createBrowserKeys();
  const make = (timeoutMs = 2000, encryptor?: PushEncryptor) =>
    createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(origin),
      timeoutMs,
      maxSocketsPerOrigin: 2,
      encryptor,
    });
  const target = () => ({ endpoint: `${origin}/push/abc`, p256dh: keys.p256dh, auth: keys.auth });

  it('sends the protocol headers and a body the browser can decrypt, on kept-alive sockets', async () => {
    const sender = make();
    seen.length = 0;
    sockets.clear();
    for (let i = 0; i < 5; i++)
      await sender.send(target(), `msg ${i}`, { ttlSeconds: 30, urgency: 'low', topic: 't1' });
    sender.close();
    const { headers, body } = seen[4];
    expect(headers).toMatchObject({
      ttl: '30',
      urgency: 'low',
      topic: 't1',
      'content-encoding': 'aes128gcm',
      'content-type': 'application/octet-stream',
    });
    expect(headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
    expect(JSON.parse(Buffer.from(headers.authorization!.split('.')[1], 'base64url').toString()).aud).toBe(origin);
    expect(decryptAes128gcm(body, keys).plaintext).toBe('msg 4');
    expect(sockets.size).toBe(1);
  });

  it('returns the status, body and Retry-After verbatim', async () => {
    behaviour = (_q, s) => s.writeHead(429, { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' }).end('slow down');
    const sender = make();
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'response',
      statusCode: 429,
      retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT',
      body: 'slow down',
    });
    sender.close();
  });

  it('turns a hung push service into {network, http_timeout}', async () => {
    behaviour = () => undefined; // never answers
    const sender = make(300);
    const t0 = Date.now();
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'http_timeout' });
    expect(Date.now() - t0).toBeLessThan(2000);
    sender.close();
  });

  it('turns a dropped connection into {network, reset}', async () => {
    behaviour = (req) => req.socket.destroy();
    const sender = make();
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'reset' });
    sender.close();
  });

  it('turns a closed port into {network, refused}', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((r) => closed.close(r));
    const sender = createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(closedOrigin),
      timeoutMs: 2000,
      maxSocketsPerOrigin: 1,
    });
    expect(await sender.send({ ...target(), endpoint: `${closedOrigin}/x` }, 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'network',
      error: 'refused',
    });
    sender.close();
  });

  it('never POSTs to an endpoint the allowlist refuses, nor over plain http to an unlisted origin', async () => {
    seen.length = 0;
    const sender = createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(undefined),
      timeoutMs: 2000,
      maxSocketsPerOrigin: 1,
    });
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'network',
      error: 'endpoint_refused:scheme',
    });
    expect(await sender.send({ ...target(), endpoint: 'https://169.254.169.254/x' }, 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'network',
      error: 'endpoint_refused:ip_literal',
    });
    expect(seen).toHaveLength(0);
    sender.close();
  });

  it('reports unusable keys instead of throwing', async () => {
    const sender = make();
    expect(await sender.send({ ...target(), p256dh: 'AAAA' }, 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'network',
      error: 'invalid_subscription_keys',
    });
    sender.close();
  });

  it('asks the write gate once the message is encrypted, and a no writes nothing (plain HTTP/1.1)', async () => {
    const slow = slowEncryptor(50);
    const sender = make(2000, slow.encryptor);
    behaviour = (_q, res) => res.writeHead(201).end();
    seen.length = 0;
    const no = gateSaying(false);
    expect(await sender.prepare!(target(), 'x', { ttlSeconds: 0 })(no)).toEqual({ kind: 'unsent', error: 'held_back' });
    expect(no.asked).toHaveLength(1);
    expect(no.asked[0]).toBeGreaterThanOrEqual(slow.doneAt);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(0);
    const yes = gateSaying(true);
    expect(await sender.prepare!(target(), 'y', { ttlSeconds: 0 })(yes)).toMatchObject({ statusCode: 201 });
    expect(yes.asked).toHaveLength(1);
    expect(seen.map((x) => decryptAes128gcm(x.body, keys).plaintext)).toEqual(['y']);
    sender.close();
  });

  it('reports a failed encryption as unsent (nothing left), not as a network error', async () => {
    const sender = make(2000, {
      threads: 1,
      encrypt: () => Promise.reject(new Error('worker exited')),
      close: async () => undefined,
    });
    seen.length = 0;
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'unsent',
      error: 'encryption: worker exited',
    });
    expect(seen).toHaveLength(0);
    sender.close();
  });
});

describe('push sender over TLS: HTTP/2 when the push service offers it, HTTP/1.1 otherwise', () => {
  let pems: { cert: string; private: string };
  const servers: Array<http2.Http2SecureServer | https.Server | net.Server> = [];
  const seen: Array<{ version: string; headers: http.IncomingHttpHeaders; body: Buffer }> = [];
  let sessions = 0;
  type Behaviour = (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void;
  const created: Behaviour = (_q, r) => r.writeHead(201).end();
  let behaviour = created;
  const keys = createBrowserKeys();

  async function listen(server: http2.Http2SecureServer | https.Server | net.Server): Promise<string> {
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const record = (version: string, headers: http.IncomingHttpHeaders, body: Buffer) =>
    seen.push({ version, headers, body });
  let h2Origin: string;
  let h1Origin: string;
  let untrusted: string;
  beforeAll(async () => {
    pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    const tlsOptions = { cert: pems.cert, key: pems.private };
    const h2 = http2.createSecureServer({ ...tlsOptions, allowHTTP1: true }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        record(req.httpVersion, req.headers, Buffer.concat(chunks));
        behaviour(req, res);
      });
    });
    h2.on('session', () => sessions++);
    h2Origin = await listen(h2);
    h1Origin = await listen(
      https.createServer(tlsOptions, (req, res) => {
        req.resume();
        req.on('end', () => {
          record(req.httpVersion, req.headers, Buffer.alloc(0));
          res.writeHead(201).end();
        });
      }),
    );
    untrusted = await listen(https.createServer(tlsOptions, (_q, r) => r.writeHead(201).end()));
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  /** A sender that may reach only `origins` (a comma list) and, unless told not to, trusts the test certificate. */
  const senderFor = (origins: string, timeoutMs = 2000, trust = true, encryptor?: PushEncryptor) =>
    createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(origins),
      timeoutMs,
      maxSocketsPerOrigin: 4,
      encryptor,
      ...(trust ? { ca: pems.cert } : {}),
    });
  /** The suite's usual sender: the h2, HTTP/1.1 and untrusted services of beforeAll. */
  const make = (timeoutMs = 2000, trust = true) => senderFor(`${h2Origin},${h1Origin},${untrusted}`, timeoutMs, trust);
  const at = (origin: string) => ({ endpoint: `${origin}/push/abc`, p256dh: keys.p256dh, auth: keys.auth });

  it('sends every message as a stream of one HTTP/2 connection, with the headers and a decryptable body', async () => {
    const sender = make();
    seen.length = 0;
    sessions = 0;
    const messages = ['msg 0', 'msg 1', 'msg 2', 'msg 3', 'msg 4'];
    const sent = await Promise.all(messages.map((m) => sender.send(at(h2Origin), m, { ttlSeconds: 30, topic: 't1' })));
    expect(sent.every((r) => r.kind === 'response' && r.statusCode === 201)).toBe(true);
    expect(seen.map((x) => x.version)).toEqual(['2.0', '2.0', '2.0', '2.0', '2.0']);
    expect(sessions).toBe(1);
    expect(seen[0].headers).toMatchObject({
      ttl: '30',
      urgency: 'normal',
      topic: 't1',
      'content-encoding': 'aes128gcm',
    });
    expect(seen[0].headers.authorization).toMatch(/^vapid t=/);
    expect(seen.map((x) => decryptAes128gcm(x.body, keys).plaintext).sort()).toEqual(messages);
    sender.close();
  });

  it('returns status, body and Retry-After over HTTP/2 as over HTTP/1.1', async () => {
    behaviour = (_q, r) => r.writeHead(429, { 'retry-after': '120' }).end('slow down');
    const sender = make();
    expect(await sender.send(at(h2Origin), 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'response',
      statusCode: 429,
      retryAfter: '120',
      body: 'slow down',
    });
    behaviour = created;
    sender.close();
  });

  it('names a hung stream http_timeout and a reset stream reset', async () => {
    const sender = make(300);
    behaviour = () => undefined;
    expect(await sender.send(at(h2Origin), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'http_timeout' });
    behaviour = (_q, r) => r.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    expect(await sender.send(at(h2Origin), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'reset' });
    behaviour = created;
    sender.close();
  });

  it('drops a session whose connection went silent (no answer to a PING) and dials a new one', async () => {
    // A relay in front of the HTTP/2 server that can swallow everything, as a half-open connection does.
    let silent = false;
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(new URL(h2Origin).port), '127.0.0.1');
      client.on('data', (c) => {
        if (!silent) upstream.write(c);
      });
      upstream.on('data', (c) => {
        if (!silent) client.write(c);
      });
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', end).on('error', end);
      upstream.on('close', end).on('error', end);
    });
    const relayOrigin = await listen(relay);
    const sender = senderFor(relayOrigin, 300);
    sessions = 0;
    expect(await sender.send(at(relayOrigin), 'x', { ttlSeconds: 0 })).toMatchObject({ statusCode: 201 });
    silent = true;
    const timedOut = await sender.send(at(relayOrigin), 'x', { ttlSeconds: 0 });
    expect(timedOut).toEqual({ kind: 'network', error: 'http_timeout' });
    await new Promise((r) => setTimeout(r, 400)); // the PING goes unanswered for 300 ms
    silent = false;
    expect(await sender.send(at(relayOrigin), 'x', { ttlSeconds: 0 })).toMatchObject({ statusCode: 201 });
    expect(sessions).toBe(2);
    sender.close();
  });

  /** An HTTP/2 push service that lets a connection have `maxStreams` open; records what each connection had open. */
  async function streamCappedService(maxStreams: number, answer: (held: http2.Http2ServerResponse[]) => void) {
    const open = new Map<http2.Http2Session, number>();
    const seenOpen: number[] = [];
    const held: http2.Http2ServerResponse[] = [];
    const server = http2.createSecureServer(
      { cert: pems.cert, key: pems.private, settings: { maxConcurrentStreams: maxStreams } },
      (req, res) => {
        const session = req.stream.session!;
        open.set(session, (open.get(session) ?? 0) + 1);
        seenOpen.push(open.get(session)!);
        res.on('finish', () => open.set(session, open.get(session)! - 1));
        req.resume();
        req.on('end', () => {
          held.push(res);
          answer(held);
        });
      },
    );
    let connections = 0;
    server.on('session', () => connections++);
    const origin = await listen(server);
    const sender = senderFor(origin);
    const sendAll = (count: number) =>
      Promise.all(Array.from({ length: count }, (_, i) => sender.send(at(origin), `m${i}`, { ttlSeconds: 0 })));
    return { sender, sendAll, connections: () => connections, seenOpen };
  }
  const answerAll = (held: http2.Http2ServerResponse[]) => held.splice(0).forEach((r) => r.writeHead(201).end());

  it('dials another HTTP/2 connection when each is at the stream cap the push service announced', async () => {
    // The service answers only once 6 pushes are open at once: on one connection of 2 streams they never are (the
    // rest wait in its queue, or are refused when sent before the service's settings arrived).
    const service = await streamCappedService(2, (held) => held.length === 6 && answerAll(held));
    const sent = await service.sendAll(6);
    expect(sent.map((r) => r.kind === 'response' && r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(service.connections()).toBe(3);
    expect(Math.max(...service.seenOpen)).toBe(2);
    // Idle again, the connections are reused rather than dialled anew.
    expect((await service.sendAll(6)).every((r) => r.kind === 'response' && r.statusCode === 201)).toBe(true);
    expect(service.connections()).toBe(3);
    service.sender.close();
  });

  it('dials no more HTTP/2 connections than maxSocketsPerOrigin; past them, pushes wait for a stream', async () => {
    const service = await streamCappedService(1, (held) => setTimeout(() => answerAll(held), 20));
    const sent = await service.sendAll(10);
    expect(sent.every((r) => r.kind === 'response' && r.statusCode === 201)).toBe(true);
    expect(service.connections()).toBe(4);
    expect(Math.max(...service.seenOpen)).toBe(1);
    service.sender.close();
  });

  it('names a service that agrees to h2 but never sends its settings connect_timeout, and dials again', async () => {
    // TLS with ALPN h2, then silence: no SETTINGS frame, so no stream may be sent on it. It reads what comes (and so
    // sees the sender hang up, which lets the server close after the tests).
    let dials = 0;
    const mute = tls.createServer({ cert: pems.cert, key: pems.private, ALPNProtocols: ['h2'] }, (socket) => {
      dials++;
      socket.on('error', () => undefined).resume();
    });
    const origin = await listen(mute);
    const sender = senderFor(origin, 200);
    const timedOut = { kind: 'network', error: 'connect_timeout' };
    expect(await sender.send(at(origin), 'x', { ttlSeconds: 0 })).toEqual(timedOut);
    expect(await sender.send(at(origin), 'x', { ttlSeconds: 0 })).toEqual(timedOut);
    expect(dials).toBe(2);
    sender.close();
  });

  it('asks the write gate after encryption and connection, right before writing (HTTP/2 and HTTP/1.1)', async () => {
    for (const origin of [h2Origin, h1Origin]) {
      const slow = slowEncryptor(50);
      const sender = senderFor(origin, 2000, true, slow.encryptor);
      seen.length = 0;
      const no = gateSaying(false);
      expect(await sender.prepare!(at(origin), 'x', { ttlSeconds: 0 })(no)).toEqual({
        kind: 'unsent',
        error: 'held_back',
      });
      expect(no.asked).toHaveLength(1);
      expect(no.asked[0]).toBeGreaterThanOrEqual(slow.doneAt);
      const yes = gateSaying(true);
      expect(await sender.prepare!(at(origin), 'y', { ttlSeconds: 0 })(yes)).toMatchObject({ statusCode: 201 });
      expect(yes.asked).toHaveLength(1);
      // Only the message the gate let through reached the service.
      expect(seen).toHaveLength(1);
      sender.close();
    }
  });

  it('falls back to HTTP/1.1 keep-alive when ALPN does not offer h2', async () => {
    const sender = make();
    seen.length = 0;
    for (let i = 0; i < 2; i++) {
      expect(await sender.send(at(h1Origin), 'x', { ttlSeconds: 0 })).toMatchObject({ statusCode: 201 });
    }
    expect(seen.map((x) => x.version)).toEqual(['1.1', '1.1']);
    sender.close();
  });

  it('reports a certificate it does not trust as {network, tls:<code>}, never sending the message', async () => {
    const sender = make(2000, false);
    const selfSigned = /^tls:(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/;
    expect(await sender.send(at(untrusted), 'x', { ttlSeconds: 0 })).toEqual({
      kind: 'network',
      error: expect.stringMatching(selfSigned),
    });
    sender.close();
  });
});
