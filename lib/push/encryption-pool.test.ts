import { afterAll, describe, expect, it } from 'vitest';
import { createBrowserKeys, decryptAes128gcm } from '../../test/push/decrypt-aes128gcm';
import { InvalidSubscriptionKeysError } from './encrypt-aes128gcm';
import { createEncryptThreadPool, defaultEncryptThreads, toRequest } from './encryption-pool';

describe('createEncryptThreadPool', () => {
  const pool = createEncryptThreadPool(2, { maxBatch: 16 });
  afterAll(() => pool.close());
  const keys = createBrowserKeys();

  it('encrypts on worker threads what the browser decrypts, each message with its own key and salt', async () => {
    const payloads = Array.from({ length: 100 }, (_, i) =>
      JSON.stringify({ title: `Message ${i}`, body: 'é'.repeat(i * 7) }),
    );
    // 100 at once: several batches over both threads, answered in order.
    const bodies = await Promise.all(
      payloads.map((payload) => pool.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload })),
    );
    expect(bodies.map((b) => decryptAes128gcm(b, keys).plaintext)).toEqual(payloads);
    expect(new Set(bodies.map((b) => b.subarray(0, 16).toString('hex'))).size).toBe(100);
    expect(pool.threads).toBe(2);
  });

  it('encrypts a payload given in pieces as the pieces joined', async () => {
    const message = '"title":"Coupure d’eau — rue Saint-Michel","body":"é"}';
    const bodies = await Promise.all(
      ['1', '2', '3'].map((id) =>
        pool.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload: [`{"deliveryId":"${id}",`, message] }),
      ),
    );
    expect(bodies.map((b) => decryptAes128gcm(b, keys).plaintext)).toEqual(
      ['1', '2', '3'].map((id) => `{"deliveryId":"${id}",${message}`),
    );
  });

  it('hands a thread each distinct text of a batch once: a fan-out’s message is not copied per device', () => {
    const message = 'x'.repeat(2000);
    const job = (payload: string | string[]) => ({ job: { p256dh: 'k', auth: 'a', payload } });
    const request = toRequest(7, [job(['{"a":1,', message]), job(['{"a":2,', message]), job('{"whole":true}')]);
    expect(request).toEqual({
      batch: 7,
      texts: ['{"a":1,', message, '{"a":2,', '{"whole":true}'],
      jobs: [
        { p256dh: 'k', auth: 'a', pieces: [0, 1] },
        { p256dh: 'k', auth: 'a', pieces: [2, 1] },
        { p256dh: 'k', auth: 'a', pieces: [3] },
      ],
    });
  });

  it('fails only the message whose keys are unusable, as InvalidSubscriptionKeysError', async () => {
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
    const [ok, bad, ok2] = await Promise.allSettled([
      pool.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload: 'first' }),
      pool.encrypt({ p256dh: offCurve, auth: keys.auth, payload: 'bad' }),
      pool.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload: 'third' }),
    ]);
    expect(ok.status === 'fulfilled' && decryptAes128gcm(ok.value, keys).plaintext).toBe('first');
    expect(bad.status === 'rejected' && bad.reason).toBeInstanceOf(InvalidSubscriptionKeysError);
    expect(ok2.status === 'fulfilled' && decryptAes128gcm(ok2.value, keys).plaintext).toBe('third');
  });

  it('replaces a thread that died, failing only the messages it held', async () => {
    const one = createEncryptThreadPool(1, {
      entry: new URL('../../test/push/crashing-encrypt-worker.mjs', import.meta.url),
    });
    try {
      const lost = one.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload: 'crash' });
      await expect(lost).rejects.toThrow(/exited/);
      const body = await one.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload: 'after' });
      expect(decryptAes128gcm(body, keys).plaintext).toBe('after');
    } finally {
      await one.close();
    }
  });

  it('refuses work after close', async () => {
    const small = createEncryptThreadPool(1);
    await small.close();
    await expect(small.encrypt({ p256dh: keys.p256dh, auth: keys.auth, payload: 'x' })).rejects.toThrow(/closed/);
  });

  it('leaves a core for the event loop by default', () => {
    expect(defaultEncryptThreads()).toBeGreaterThanOrEqual(1);
    expect(defaultEncryptThreads()).toBeLessThanOrEqual(4);
  });
});
