import { describe, expect, it } from 'vitest';
import { createBrowserKeys, decryptAes128gcm } from '../test/push/decrypt-aes128gcm';
import { encryptAes128gcm } from './aes128gcm';

// The floor only means something if it does the whole job: a browser must be able to read what it produces.
describe('encryptAes128gcm (the crypto floor)', () => {
  const keys = createBrowserKeys();
  const encrypt = (text: string) => encryptAes128gcm(Buffer.from(keys.p256dh, 'base64url'), Buffer.from(keys.auth, 'base64url'), Buffer.from(text));

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
});
