import http from 'node:http';
import type { AddressInfo } from 'node:net';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserKeys, decryptAes128gcm } from '../../test/push/decrypt-aes128gcm';
import { startMockPushService, type MockPushService } from '../../test/push/web-push-testing-server';
import { createPushSender } from './create-push-sender';
import { parseEndpointAllowlist } from './endpoint-allowlist';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

describe('push sender → web-push-testing (real RFC 8030/8291/8292 checks)', () => {
  let mock: MockPushService;
  let sender: ReturnType<typeof createPushSender>;
  beforeAll(async () => {
    mock = await startMockPushService();
    sender = createPushSender({ vapid, allowlist: parseEndpointAllowlist(`fcm.googleapis.com,${mock.origin}`), timeoutMs: 5000, maxSocketsPerOrigin: 4 });
  });
  afterAll(async () => {
    sender?.close();
    await mock?.stop();
  });

  it('delivers an encrypted, VAPID-signed message the push service decrypts', async () => {
    const sub = await mock.subscribe(vapid.publicKey);
    const payload = JSON.stringify({ title: 'Collecte des déchets', body: 'Demain, 7 h', url: '/inbox' });
    const target = { endpoint: sub.endpoint, ...sub.keys };
    expect(await sender.send(target, payload, { ttlSeconds: 60, urgency: 'high', topic: 'waste' })).toMatchObject({ kind: 'response', statusCode: 201 });
    expect(await sender.send(target, 'second', { ttlSeconds: 60 })).toMatchObject({ kind: 'response', statusCode: 201 });
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
  afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

  const keys = createBrowserKeys();
  const make = (timeoutMs = 2000) => createPushSender({ vapid, allowlist: parseEndpointAllowlist(origin), timeoutMs, maxSocketsPerOrigin: 2 });
  const target = () => ({ endpoint: `${origin}/push/abc`, p256dh: keys.p256dh, auth: keys.auth });

  it('sends the protocol headers and a body the browser can decrypt, on kept-alive sockets', async () => {
    const sender = make();
    seen.length = 0;
    sockets.clear();
    for (let i = 0; i < 5; i++) await sender.send(target(), `msg ${i}`, { ttlSeconds: 30, urgency: 'low', topic: 't1' });
    sender.close();
    const { headers, body } = seen[4];
    expect(headers).toMatchObject({ ttl: '30', urgency: 'low', topic: 't1', 'content-encoding': 'aes128gcm', 'content-type': 'application/octet-stream' });
    expect(headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
    expect(JSON.parse(Buffer.from(headers.authorization!.split('.')[1], 'base64url').toString()).aud).toBe(origin);
    expect(decryptAes128gcm(body, keys).plaintext).toBe('msg 4');
    expect(sockets.size).toBe(1);
  });

  it('returns the status, body and Retry-After verbatim', async () => {
    behaviour = (_q, s) => s.writeHead(429, { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' }).end('slow down');
    const sender = make();
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'response', statusCode: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT', body: 'slow down' });
    sender.close();
  });

  it('turns a hung push service into {network, timeout}', async () => {
    behaviour = () => undefined; // never answers
    const sender = make(300);
    const t0 = Date.now();
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'timeout' });
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
    const sender = createPushSender({ vapid, allowlist: parseEndpointAllowlist(closedOrigin), timeoutMs: 2000, maxSocketsPerOrigin: 1 });
    expect(await sender.send({ ...target(), endpoint: `${closedOrigin}/x` }, 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'refused' });
    sender.close();
  });

  it('never POSTs to an endpoint the allowlist refuses, nor over plain http to an unlisted origin', async () => {
    seen.length = 0;
    const sender = createPushSender({ vapid, allowlist: parseEndpointAllowlist(undefined), timeoutMs: 2000, maxSocketsPerOrigin: 1 });
    expect(await sender.send(target(), 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'endpoint_refused:scheme' });
    expect(await sender.send({ ...target(), endpoint: 'https://169.254.169.254/x' }, 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'endpoint_refused:ip_literal' });
    expect(seen).toHaveLength(0);
    sender.close();
  });

  it('reports unusable keys instead of throwing', async () => {
    const sender = make();
    expect(await sender.send({ ...target(), p256dh: 'AAAA' }, 'x', { ttlSeconds: 0 })).toEqual({ kind: 'network', error: 'invalid_subscription_keys' });
    sender.close();
  });
});
