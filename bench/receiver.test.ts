import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPushSender } from '../lib/push/create-push-sender';
import { generateKeys } from './key-pool';
import { startReceiver, type Receiver } from './receiver-client';

describe('bench receiver', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver({ latencyMs: 20 });
  });
  afterAll(() => receiver.stop());

  it('answers 201 after its round trip, counts valid pushes and reports when a tracked path arrived', async () => {
    const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:bench@crieur.example.org' };
    const sender = createPushSender({ vapid, allowlist: { hostPatterns: [], origins: new Set([receiver.origin]) }, timeoutMs: 5000, maxSocketsPerOrigin: 4 });
    const before = await receiver.stats();
    const arrival = receiver.arrival('/lat/7');
    const t0 = performance.timeOrigin + performance.now();
    const result = await sender.send({ endpoint: `${receiver.origin}/lat/7`, ...generateKeys() }, '{"title":"hi"}', { ttlSeconds: 60 });
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
