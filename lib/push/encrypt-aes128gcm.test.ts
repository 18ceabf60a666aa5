import { describe, expect, it } from 'vitest';
import { createBrowserKeys, decryptAes128gcm } from '../../test/push/decrypt-aes128gcm';
import { encryptAes128gcm, encryptForSubscription, InvalidSubscriptionKeysError } from './encrypt-aes128gcm';

// The sender and the benchmark's floor share this function: a browser must be able to read what it produces.
describe('encryptAes128gcm', () => {
  const keys = createBrowserKeys();
  const encrypt = (text: string) =>
    encryptAes128gcm(Buffer.from(keys.p256dh, 'base64url'), Buffer.from(keys.auth, 'base64url'), Buffer.from(text));

  it('produces an RFC 8291 message the user agent decrypts', () => {
    const text = JSON.stringify({ title: 'Coupure d’eau', body: 'é'.repeat(500) });
    const body = encrypt(text);
    const out = decryptAes128gcm(body, keys);
    expect(out.plaintext).toBe(text);
    expect(out.recordSize).toBe(4096);
    expect(body.length).toBe(Buffer.byteLength(text) + 103);
  });

  it('uses a new ephemeral key and salt for every message', () => {
    const a = encrypt('same');
    const b = encrypt('same');
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect(decryptAes128gcm(a, keys).senderPublicKey.equals(decryptAes128gcm(b, keys).senderPublicKey)).toBe(false);
  });

  it('fails to decrypt with another subscription’s keys', () => {
    expect(() => decryptAes128gcm(encrypt('secret'), createBrowserKeys())).toThrow();
  });

  it('refuses keys a browser never produces', () => {
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
    expect(() => encryptForSubscription(offCurve, keys.auth, 'x')).toThrow(InvalidSubscriptionKeysError);
    expect(() => encryptForSubscription(keys.p256dh.slice(0, 40), keys.auth, 'x')).toThrow(
      InvalidSubscriptionKeysError,
    );
    expect(() => encryptForSubscription(keys.p256dh, Buffer.alloc(12).toString('base64url'), 'x')).toThrow(
      InvalidSubscriptionKeysError,
    );
    expect(decryptAes128gcm(encryptForSubscription(keys.p256dh, keys.auth, 'ok'), keys).plaintext).toBe('ok');
  });
});
