import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { requestOrigin } from './request-origin';
import { isSameOrigin } from './same-origin';

const headers = (h: Record<string, string>) => new Headers({ [PEER_ADDRESS_HEADER]: '203.0.113.9', ...h });

describe('requestOrigin', () => {
  it('is NEXTAUTH_URL’s origin when it is set, whatever the request says', () => {
    const env = parseEnv({ NEXTAUTH_URL: 'https://crieur.example.org/portal' });
    expect(requestOrigin(headers({ host: '127.0.0.1:3190', 'x-forwarded-host': 'evil.example' }), env)).toBe(
      'https://crieur.example.org',
    );
  });

  it.each(['127.0.0.1:3190', 'localhost:4090', 'portal.lan'])('is the Host in use (%s) when it is unset', (host) => {
    expect(requestOrigin(headers({ host, 'x-forwarded-host': 'evil.example' }), parseEnv({}))).toBe(`http://${host}`);
  });

  it('believes X-Forwarded-* only from TRUSTED_PROXIES', () => {
    const h = headers({ host: 'internal:3000', 'x-forwarded-host': 'town.example', 'x-forwarded-proto': 'https' });
    expect(requestOrigin(h, parseEnv({ TRUSTED_PROXIES: '1' }))).toBe('https://town.example');
    expect(requestOrigin(h, parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8' }))).toBe('http://internal:3000');
  });
});

describe('isSameOrigin', () => {
  const post = (h: Record<string, string>) =>
    new Request('http://localhost:3000/api/x', { method: 'POST', headers: headers(h) });

  it.each(['127.0.0.1:3190', 'localhost:4090', '[::1]:3000'])('accepts the origin of the Host in use (%s)', (host) => {
    expect(isSameOrigin(post({ host, origin: `http://${host}` }))).toBe(true);
  });

  it('refuses another origin, even when the client names it in X-Forwarded-Host (it is not our proxy)', () => {
    const h = {
      host: 'portal.lan',
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    };
    expect(isSameOrigin(post(h))).toBe(false);
    expect(isSameOrigin(post({ ...h, origin: 'http://portal.lan:3000' }))).toBe(false);
  });
});
