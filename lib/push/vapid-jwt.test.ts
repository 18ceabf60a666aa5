import { createPublicKey, verify } from 'node:crypto';
import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { createVapidSigner, parseVapidPrivateKey, VAPID_JWT_LIFETIME_S, VAPID_JWT_RENEW_BEFORE_S } from './vapid-jwt';

const keys = webpush.generateVAPIDKeys();
const vapid = { ...keys, subject: 'mailto:ops@crieur.example.org' };
const FCM = 'https://fcm.googleapis.com';
const MOZ = 'https://updates.push.services.mozilla.com';

function decode(header: string) {
  const m = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  if (!m) throw new Error(`not a vapid header: ${header}`);
  const [h, p, s] = m[1].split('.');
  return {
    jwt: m[1],
    k: m[2],
    header: JSON.parse(Buffer.from(h, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(p, 'base64url').toString()),
    signed: `${h}.${p}`,
    signature: Buffer.from(s, 'base64url'),
  };
}

describe('VAPID signer', () => {
  it('signs an ES256 JWT for the audience that verifies with the public key', () => {
    const now = 1_800_000_000_000;
    const d = decode(createVapidSigner(vapid, () => now).authorization(FCM));
    expect(d.header).toEqual({ typ: 'JWT', alg: 'ES256' });
    expect(d.claims).toEqual({ aud: FCM, exp: now / 1000 + VAPID_JWT_LIFETIME_S, sub: vapid.subject });
    expect(d.k).toBe(vapid.publicKey);
    const pub = Buffer.from(vapid.publicKey, 'base64url');
    const key = createPublicKey({
      format: 'jwk',
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: pub.subarray(1, 33).toString('base64url'),
        y: pub.subarray(33).toString('base64url'),
      },
    });
    expect(d.signature).toHaveLength(64);
    expect(verify('sha256', Buffer.from(d.signed), { key, dsaEncoding: 'ieee-p1363' }, d.signature)).toBe(true);
  });

  it('keeps the JWT at most 12 h ahead (push services refuse more than 24 h)', () => {
    expect(VAPID_JWT_LIFETIME_S).toBeLessThanOrEqual(12 * 3600);
  });

  it('reuses the JWT per origin until an hour before it expires, then signs again', () => {
    let now = 1_800_000_000_000;
    const signer = createVapidSigner(vapid, () => now);
    const first = signer.authorization(FCM);
    now += (VAPID_JWT_LIFETIME_S - VAPID_JWT_RENEW_BEFORE_S - 1) * 1000;
    expect(signer.authorization(FCM)).toBe(first);
    expect(signer.signatures).toBe(1);
    now += 1000; // exactly one hour left: renew
    const second = signer.authorization(FCM);
    expect(second).not.toBe(first);
    expect(decode(second).claims.exp).toBe(now / 1000 + VAPID_JWT_LIFETIME_S);
    expect(signer.signatures).toBe(2);
  });

  it('signs one JWT per push-service origin', () => {
    const signer = createVapidSigner(vapid, () => 1_800_000_000_000);
    const fcm = signer.authorization(FCM);
    const moz = signer.authorization(MOZ);
    expect(decode(moz).claims.aud).toBe(MOZ);
    expect(moz).not.toBe(fcm);
    for (let i = 0; i < 100; i++) signer.authorization(i % 2 ? FCM : MOZ);
    expect(signer.signatures).toBe(2);
  });

  it('refuses keys that are not a pair, or malformed', () => {
    const other = webpush.generateVAPIDKeys();
    expect(() => parseVapidPrivateKey({ publicKey: vapid.publicKey, privateKey: other.privateKey })).toThrow(
      /not a pair/,
    );
    expect(() => parseVapidPrivateKey({ publicKey: vapid.publicKey, privateKey: 'abc' })).toThrow(/32 bytes/);
    expect(() => parseVapidPrivateKey({ publicKey: 'abc', privateKey: vapid.privateKey })).toThrow(/65-byte/);
  });
});
