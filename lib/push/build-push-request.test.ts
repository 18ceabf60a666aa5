import { describe, expect, it } from 'vitest';
import { createBrowserKeys, decryptAes128gcm } from '../../test/push/decrypt-aes128gcm';
import { buildPushRequest } from './build-push-request';

const AUTH = 'vapid t=x.y.z, k=K';

describe('buildPushRequest', () => {
  const keys = createBrowserKeys();
  const target = { endpoint: 'https://fcm.googleapis.com/fcm/send/abc', p256dh: keys.p256dh, auth: keys.auth };

  it('builds the RFC 8030 headers', () => {
    const { headers, body } = buildPushRequest(
      target,
      '{"title":"Hi"}',
      { ttlSeconds: 3600, urgency: 'high', topic: 'roadworks-42' },
      AUTH,
    );
    expect(headers).toEqual({
      TTL: '3600',
      Urgency: 'high',
      Topic: 'roadworks-42',
      'Content-Type': 'application/octet-stream',
      'Content-Encoding': 'aes128gcm',
      'Content-Length': String(body.length),
      Authorization: AUTH,
    });
  });

  it('defaults Urgency to normal and leaves Topic out', () => {
    const { headers } = buildPushRequest(target, 'x', { ttlSeconds: 0 }, AUTH);
    expect(headers.Urgency).toBe('normal');
    expect(headers.TTL).toBe('0');
    expect(headers).not.toHaveProperty('Topic');
  });

  it('encrypts with aes128gcm (RFC 8291) that the browser can decrypt, with a new ephemeral key each time', () => {
    const payload = JSON.stringify({ title: 'Travaux', body: 'Rue de la Paix fermée — 8 h à 18 h' });
    const a = buildPushRequest(target, payload, { ttlSeconds: 60 }, AUTH).body;
    const b = buildPushRequest(target, payload, { ttlSeconds: 60 }, AUTH).body;
    const da = decryptAes128gcm(a, keys);
    const db = decryptAes128gcm(b, keys);
    expect(da.plaintext).toBe(payload);
    expect(db.plaintext).toBe(payload);
    expect(da.senderPublicKey).toHaveLength(65);
    expect(da.senderPublicKey.equals(db.senderPublicKey)).toBe(false);
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false); // salt
  });

  it('throws for caller mistakes in the options', () => {
    expect(() => buildPushRequest(target, 'x', { ttlSeconds: -1 }, AUTH)).toThrow(TypeError);
    expect(() => buildPushRequest(target, 'x', { ttlSeconds: 1.5 }, AUTH)).toThrow(TypeError);
    expect(() => buildPushRequest(target, 'x', { ttlSeconds: 1, topic: 'a'.repeat(33) }, AUTH)).toThrow(/topic/);
    expect(() => buildPushRequest(target, 'x', { ttlSeconds: 1, topic: 'has space' }, AUTH)).toThrow(/topic/);
    expect(() => buildPushRequest(target, 'x', { ttlSeconds: 1, urgency: 'urgent' as never }, AUTH)).toThrow(/urgency/);
  });

  it('reports unusable subscription keys as InvalidSubscriptionKeysError', () => {
    expect(() => buildPushRequest({ ...target, p256dh: 'short' }, 'x', { ttlSeconds: 1 }, AUTH)).toThrow(
      expect.objectContaining({ name: 'InvalidSubscriptionKeysError' }),
    );
    expect(() => buildPushRequest({ ...target, auth: 'c2hvcnQ' }, 'x', { ttlSeconds: 1 }, AUTH)).toThrow(
      expect.objectContaining({ name: 'InvalidSubscriptionKeysError' }),
    );
  });
});
