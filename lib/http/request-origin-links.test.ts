import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { publicOrigin, requestOrigin } from './request-origin';
import { parseTrustedProxies } from '../validation/trusted-proxies';

const request = (peer: string, host: string, extra: Record<string, string> = {}) =>
  new Headers({ host, [PEER_ADDRESS_HEADER]: peer, ...extra });
const forwarded = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
const noProxies = { TRUSTED_PROXIES: parseTrustedProxies(undefined) };

describe('publicOrigin, for links that leave the request (e-mails, cached feeds)', () => {
  it('is NEXTAUTH_URL whenever it is set, whatever the request says', () => {
    const env = { NEXTAUTH_URL: 'https://town.example.org/portal', TRUSTED_PROXIES: parseTrustedProxies('loopback') };
    expect(publicOrigin(request('127.0.0.1', 'evil.example', forwarded), env)).toBe('https://town.example.org');
  });

  it.each(['evil.example', 'evil.example:3000', 'portal.local:4100', '203.0.113.5:3000', 'localhost.evil.example'])(
    'is null without it for a Host that is not loopback (%s), though the request itself follows that Host',
    (host) => {
      expect(publicOrigin(request('203.0.113.5', host), noProxies, '3000')).toBeNull();
      expect(requestOrigin(request('203.0.113.5', host), noProxies)).toBe(`http://${host}`);
    },
  );

  it.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000'])(
    'is the loopback origin in use (%s) on our port',
    (host) => {
      expect(publicOrigin(request('127.0.0.1', host), noProxies, '3000')).toBe(`http://${host}`);
      // X-Forwarded-Host from a client that is not our proxy changes nothing.
      expect(publicOrigin(request('203.0.113.5', host, forwarded), noProxies, '3000')).toBe(`http://${host}`);
    },
  );

  it('is null for loopback on another port than the one the server listens on', () => {
    expect(publicOrigin(request('127.0.0.1', 'localhost:4444'), noProxies, '3000')).toBeNull();
    expect(publicOrigin(request('127.0.0.1', 'localhost'), noProxies, '3000')).toBeNull();
    expect(publicOrigin(request('127.0.0.1', 'localhost'), noProxies, '80')).toBe('http://localhost');
  });

  it('is null for a host a trusted proxy forwards, unless it is loopback on our port (set NEXTAUTH_URL there)', () => {
    const env = { TRUSTED_PROXIES: parseTrustedProxies('10.0.0.0/8') };
    const proxied = request('10.1.2.3', 'localhost:3000', forwarded);
    expect(requestOrigin(proxied, env)).toBe('https://evil.example');
    expect(publicOrigin(proxied, env, '3000')).toBeNull();
  });
});
