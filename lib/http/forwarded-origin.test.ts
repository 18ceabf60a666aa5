import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { resolveRequestOrigin, stampForwardedOrigin } from './forwarded-origin';
import { parseTrustedProxies } from '../validation/trusted-proxies';

const none = parseTrustedProxies(undefined);
const FALLBACK = 'localhost:3000';

describe('resolveRequestOrigin', () => {
  it.each([
    ['127.0.0.1:3190', 'http://127.0.0.1:3190'],
    ['localhost:4090', 'http://localhost:4090'],
    ['Portal.Town.example', 'http://portal.town.example'],
    ['[::1]:3001', 'http://[::1]:3001'],
    ['192.168.1.20:8080', 'http://192.168.1.20:8080'],
  ])('uses the Host the browser sent (%s) when no proxy is trusted', (host, origin) => {
    expect(resolveRequestOrigin({ host, peer: '203.0.113.9' }, none, FALLBACK)).toBe(origin);
  });

  it.each([
    ['evil.example', 'https'],
    ['evil.example:443', undefined],
    [undefined, 'https'],
  ])('ignores X-Forwarded-Host %s / -Proto %s from a peer that is not a trusted proxy', (forwardedHost, proto) => {
    for (const proxies of [none, parseTrustedProxies('10.0.0.0/8'), parseTrustedProxies('loopback')]) {
      const clues = { host: 'portal.example:3000', forwardedHost, forwardedProto: proto, peer: '203.0.113.9' };
      expect(resolveRequestOrigin(clues, proxies, FALLBACK)).toBe('http://portal.example:3000');
    }
  });

  it.each([
    ['1', '203.0.113.9'],
    ['loopback', '127.0.0.1'],
    ['loopback', '::1'],
    ['10.0.0.0/8,::1', '10.1.2.3'],
  ])('believes X-Forwarded-Host and -Proto from a trusted proxy (TRUSTED_PROXIES=%s, peer %s)', (setting, peer) => {
    const clues = { host: 'internal:3000', forwardedHost: 'crieur.town.example', forwardedProto: 'https', peer };
    expect(resolveRequestOrigin(clues, parseTrustedProxies(setting), FALLBACK)).toBe('https://crieur.town.example');
  });

  it('takes the first entry of a list a chain of proxies appended to, as Express does', () => {
    const clues = { host: 'in', forwardedHost: 'a.example, b.internal', forwardedProto: 'https,http', peer: '::1' };
    expect(resolveRequestOrigin(clues, parseTrustedProxies('loopback'), FALLBACK)).toBe('https://a.example');
  });

  it('keeps the Host and the socket protocol when a trusted proxy forwards only part of it', () => {
    const trusted = parseTrustedProxies('1');
    const resolve = (clues: object) =>
      resolveRequestOrigin({ host: 'town.example', peer: '10.0.0.1', ...clues }, trusted, FALLBACK);
    expect(resolve({ forwardedProto: 'https' })).toBe('https://town.example');
    expect(resolve({ forwardedHost: 'pub.example' })).toBe('http://pub.example');
  });

  it.each([
    'evil.example/path',
    'user@evil.example',
    'evil.example:99999',
    'a b',
    'evil.example\\x',
    '',
    'javascript:alert(1)',
    'evil.example:80:80',
    '[not-ipv6]',
    `${'a'.repeat(64)}.example`,
    '999.999.999.999',
    '[:::::]',
    '1.2.3.4.5:80',
  ])('never puts a malformed host (%j) into a URL: the Host, else the fallback, stands', (bad) => {
    const trusted = parseTrustedProxies('1');
    expect(resolveRequestOrigin({ host: 'ok.example', forwardedHost: bad, peer: '10.0.0.1' }, trusted, FALLBACK)).toBe(
      'http://ok.example',
    );
    expect(resolveRequestOrigin({ host: bad, peer: '10.0.0.1' }, none, FALLBACK)).toBe(`http://${FALLBACK}`);
  });

  it('ignores a forwarded protocol other than http or https', () => {
    const clues = { host: 'ok.example', forwardedProto: 'javascript', peer: '10.0.0.1' };
    expect(resolveRequestOrigin(clues, parseTrustedProxies('1'), FALLBACK)).toBe('http://ok.example');
  });

  it('says https for a TLS socket', () => {
    expect(resolveRequestOrigin({ host: 'ok.example', encrypted: true }, none, FALLBACK)).toBe('https://ok.example');
  });
});

describe('stampForwardedOrigin', () => {
  const incoming = (headers: Record<string, string>, remoteAddress: string) =>
    ({ headers: { ...headers }, socket: { remoteAddress, localPort: 4090 } }) as unknown as IncomingMessage;

  it("replaces a client's own X-Forwarded-Host/-Proto/-Port with what its Host says", () => {
    const req = incoming(
      {
        host: '127.0.0.1:3190',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
        'x-forwarded-port': '443',
      },
      '127.0.0.1',
    );
    stampForwardedOrigin(req, none);
    expect(req.headers).toMatchObject({ 'x-forwarded-host': '127.0.0.1:3190', 'x-forwarded-proto': 'http' });
    expect(req.headers['x-forwarded-port']).toBeUndefined();
  });

  it("keeps a trusted proxy's word, reduced to one clean value", () => {
    const req = incoming(
      {
        host: 'internal',
        'x-forwarded-host': 'Crieur.Town.example, x',
        'x-forwarded-proto': 'https',
        'x-forwarded-port': '443',
      },
      '10.0.0.7',
    );
    stampForwardedOrigin(req, parseTrustedProxies('10.0.0.0/8'));
    expect(req.headers).toMatchObject({
      'x-forwarded-host': 'crieur.town.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
    });
  });

  it('falls back to the port the server listens on when the request has no usable Host', () => {
    const req = incoming({}, '127.0.0.1');
    stampForwardedOrigin(req, none);
    expect(req.headers['x-forwarded-host']).toBe('localhost:4090');
  });
});
