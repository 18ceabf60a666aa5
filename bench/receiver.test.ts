import { mkdtempSync } from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPushSender } from '../lib/push/create-push-sender';
import { generateKeys } from './key-pool';
import { startReceiver, type Receiver } from './receiver-client';
import { createBenchCertificate } from './tls';

describe('bench receiver', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver({ latencyMs: 20 });
  });
  afterAll(() => receiver.stop());

  it('answers 201 after its round trip, counts valid pushes and reports when a tracked path arrived', async () => {
    const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:bench@crieur.example.org' };
    const sender = createPushSender({
      vapid,
      allowlist: { hostPatterns: [], origins: new Set([receiver.origin]) },
      timeoutMs: 5000,
      maxSocketsPerOrigin: 4,
    });
    const before = await receiver.stats();
    const arrival = receiver.arrival('/lat/7');
    const t0 = performance.timeOrigin + performance.now();
    const result = await sender.send({ endpoint: `${receiver.origin}/lat/7`, ...generateKeys() }, '{"title":"hi"}', {
      ttlSeconds: 60,
    });
    const elapsed = performance.timeOrigin + performance.now() - t0;
    sender.close();
    expect(result).toMatchObject({ kind: 'response', statusCode: 201 });
    expect(elapsed).toBeGreaterThanOrEqual(19);
    const at = await arrival;
    expect(at).toBeGreaterThanOrEqual(t0);
    expect(at).toBeLessThanOrEqual(t0 + elapsed);
    const after = await receiver.stats();
    expect(after.requests - before.requests).toBe(1);
    expect(after.valid - before.valid).toBe(1);
  });

  it('counts a push without encryption or VAPID as invalid', async () => {
    const before = await receiver.stats();
    const res = await fetch(`${receiver.origin}/push/1`, { method: 'POST', body: 'plain' });
    expect(res.status).toBe(201);
    const after = await receiver.stats();
    expect(after.invalid - before.invalid).toBe(1);
  });
});

describe('bench receiver over TLS', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    const tls = await createBenchCertificate(mkdtempSync(path.join(tmpdir(), 'bench-tls-')));
    receiver = await startReceiver({ latencyMs: 5, tls });
  });
  afterAll(() => receiver.stop());

  it('serves HTTPS with its own certificate: the sender trusts it through its CA only; speaks HTTP/1.1', async () => {
    expect(receiver.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:bench@crieur.example.org' };
    const before = await receiver.stats();
    // Without the certificate the connection is refused: verification is never turned off.
    const untrusted = await fetch(`${receiver.origin}/stats`).catch((err: Error) => err);
    expect(untrusted).toBeInstanceOf(Error);
    const agent = new https.Agent({ ca: receiver.tls!.cert, keepAlive: true });
    await webpush.sendNotification({ endpoint: `${receiver.origin}/push/1`, keys: generateKeys() }, 'hi', {
      agent,
      vapidDetails: vapid,
    });
    agent.destroy();
    const after = await receiver.stats();
    expect(after.valid - before.valid).toBe(1);
    expect(after.http1 - before.http1).toBe(1);
  });

  it('offers h2 by ALPN to a client that speaks it', async () => {
    const before = await receiver.stats();
    const session = http2.connect(receiver.origin, { ca: receiver.tls!.cert });
    const status = await new Promise<number>((resolve, reject) => {
      const req = session.request({ ':method': 'POST', ':path': '/push/2' });
      req.on('response', (h) => resolve(Number(h[':status'])));
      req.on('error', reject);
      req.end('plain');
    });
    session.close();
    expect(status).toBe(201);
    expect((await receiver.stats()).h2 - before.h2).toBe(1);
  });
});
