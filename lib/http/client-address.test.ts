import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { clientAddress } from './client-address';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { parseTrustedProxies } from '../validation/trusted-proxies';

const from = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });

describe('clientAddress', () => {
  it('without trusted proxies, is the TCP peer whatever X-Forwarded-For says (a client can write that header)', () => {
    const none = parseTrustedProxies(undefined);
    expect(clientAddress(from('203.0.113.7'), none)).toBe('203.0.113.7');
    expect(clientAddress(from('203.0.113.7', '198.51.100.1'), none)).toBe('203.0.113.7');
    expect(clientAddress(from('::ffff:203.0.113.7'), none)).toBe('203.0.113.7');
  });

  it('behind a trusted proxy (address or CIDR), is the client the proxy recorded — not what the client made up', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8, loopback');
    expect(clientAddress(from('10.1.2.3', '198.51.100.1'), proxies)).toBe('198.51.100.1');
    // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the address it saw.
    expect(clientAddress(from('10.1.2.3', '1.2.3.4, 198.51.100.1'), proxies)).toBe('198.51.100.1');
    // Two of our proxies in a row.
    expect(clientAddress(from('127.0.0.1', '198.51.100.1, 10.0.0.5'), proxies)).toBe('198.51.100.1');
    // A peer that is not our proxy is the client, whatever it forwards.
    expect(clientAddress(from('203.0.113.7', '198.51.100.1'), proxies)).toBe('203.0.113.7');
  });

  it('with a hop count, believes exactly that many hops', () => {
    expect(clientAddress(from('10.1.2.3', '1.2.3.4, 198.51.100.1'), parseTrustedProxies('1'))).toBe('198.51.100.1');
    expect(clientAddress(from('10.1.2.3', '1.2.3.4, 198.51.100.1'), parseTrustedProxies('2'))).toBe('1.2.3.4');
  });

  it('answers one shared "unknown" when the server did not stamp the peer', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4' }), parseTrustedProxies('1'))).toBe('unknown');
  });

  it('TRUSTED_PROXIES is validated at start-up', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual({ kind: 'none' });
    expect(parseEnv({ TRUSTED_PROXIES: '2' }).TRUSTED_PROXIES).toEqual({ kind: 'hops', hops: 2 });
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8,::1' }).TRUSTED_PROXIES).toEqual({
      kind: 'addresses',
      list: ['10.0.0.0/8', '::1'],
    });
    expect(() => parseEnv({ TRUSTED_PROXIES: 'proxy.internal' })).toThrow(
      /TRUSTED_PROXIES must be a hop count or a comma-separated list/,
    );
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ SIGNIN_ACCOUNT_FAILURES: '0' })).toThrow(/SIGNIN_ACCOUNT_FAILURES must be at least 1/);
  });
});
