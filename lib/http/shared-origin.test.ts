import { describe, expect, it, vi } from 'vitest';
import { PEER_ADDRESS_HEADER } from './peer-address';

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = '';
  process.env.PORT = '3000';
});
const { sharedOrigin } = await import('./shared-origin');

const headers = (h: Record<string, string>) => new Headers({ [PEER_ADDRESS_HEADER]: '203.0.113.5', ...h });

describe('sharedOrigin without NEXTAUTH_URL', () => {
  it.each([{ host: 'evil.example' }, { host: 'portal.lan:3000', 'x-forwarded-host': 'localhost:3000' }] as Record<
    string,
    string
  >[])('answers a forged or unknown Host (%o) for this request only: never cached for others', (h) => {
    expect(sharedOrigin(headers(h), 60)).toEqual({ origin: `http://${h.host}`, cacheControl: 'private, no-store' });
  });

  it('caches what carries the loopback origin on our port', () => {
    const h = headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example' });
    expect(sharedOrigin(h, 60)).toEqual({ origin: 'http://127.0.0.1:3000', cacheControl: 'public, max-age=60' });
  });
});
