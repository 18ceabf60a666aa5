import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { requestOrigin } from './request-origin';
import { parseTrustedProxies } from '../validation/trusted-proxies';

const request = (peer: string, extra: Record<string, string> = {}) =>
  new Headers({ host: 'portal.local:4100', [PEER_ADDRESS_HEADER]: peer, ...extra });
const forwarded = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

describe('requestOrigin for links that leave the portal (e-mails)', () => {
  it('is NEXTAUTH_URL whenever it is set, whatever the request says', () => {
    const env = { NEXTAUTH_URL: 'https://town.example.org/portal', TRUSTED_PROXIES: parseTrustedProxies('loopback') };
    expect(requestOrigin(request('127.0.0.1', forwarded), env)).toBe('https://town.example.org');
  });

  it('is the request’s Host over plain HTTP without it; forwarded headers from strangers are ignored', () => {
    const env = { TRUSTED_PROXIES: parseTrustedProxies(undefined) };
    expect(requestOrigin(request('203.0.113.5'), env)).toBe('http://portal.local:4100');
    expect(requestOrigin(request('203.0.113.5', forwarded), env)).toBe('http://portal.local:4100');
  });

  it('takes the forwarded host and scheme from a trusted proxy only', () => {
    const env = { TRUSTED_PROXIES: parseTrustedProxies('10.0.0.0/8') };
    const proxied = { 'x-forwarded-host': 'town.example.org, inner.local', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(request('10.1.2.3', proxied), env)).toBe('https://town.example.org');
    expect(requestOrigin(request('203.0.113.5', proxied), env)).toBe('http://portal.local:4100');
  });
});
