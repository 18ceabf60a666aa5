import { lookup } from 'node:dns';
import { describe, expect, it, vi } from 'vitest';
import { isPublicAddress } from './public-address';

// Checked when a push service's name is resolved (publicOnlyLookup): one row per block of the IANA registries.
const NOT_PUBLIC: Array<[string, string]> = [
  // IPv4 special-purpose registry (and multicast / broadcast)
  ['0.0.0.0', 'this network'],
  ['0.1.2.3', 'this network /8'],
  ['10.1.2.3', 'private'],
  ['100.64.0.1', 'shared (CGNAT)'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback /8'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.0.0.1', 'IETF protocol assignments'],
  ['192.0.0.9', 'PCP anycast'],
  ['192.0.0.170', 'NAT64 discovery'],
  ['192.0.2.1', 'TEST-NET-1'],
  ['192.31.196.1', 'AS112-v4'],
  ['192.52.193.1', 'AMT'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['192.168.1.1', 'private'],
  ['192.175.48.1', 'direct delegation AS112'],
  ['198.18.0.1', 'benchmarking'],
  ['198.19.255.255', 'benchmarking /15'],
  ['198.51.100.1', 'TEST-NET-2'],
  ['203.0.113.1', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'limited broadcast'],
  // IPv6 special-purpose registry and the address space outside 2000::/3
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback'],
  ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
  ['::ffff:0:a00:1', 'IPv4-translated (RFC 6145) private'],
  ['::7f00:1', 'IPv4-compatible loopback (issue)'],
  ['::808:808', 'IPv4-compatible, deprecated even when public'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 of 169.254.169.254 (issue)'],
  ['64:ff9b::7f00:1', 'NAT64 of loopback'],
  ['64:ff9b::a00:1', 'NAT64 of private'],
  ['64:ff9b:1::808:808', 'local-use NAT64 (RFC 8215)'],
  ['100::1', 'discard-only'],
  ['100:0:0:1::1', 'dummy prefix (RFC 9780)'],
  ['2001::1', 'Teredo'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo (public server and client)'],
  ['2001:1::1', 'port control anycast'],
  ['2001:2::1', 'benchmarking'],
  ['2001:3::1', 'AMT'],
  ['2001:4:112::1', 'AS112-v6'],
  ['2001:10::1', 'deprecated ORCHID'],
  ['2001:20::1', 'ORCHIDv2'],
  ['2001:30::1', 'DRIP'],
  ['2001:1ff::1', 'IETF protocol assignments /23'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation (RFC 9637)'],
  ['3fff:fff::1', 'documentation /20'],
  ['2002:7f00:1::1', '6to4 of loopback (issue)'],
  ['2002:808:808::1', '6to4, even of a public address'],
  ['2620:4f:8000::1', 'AS112 direct delegation'],
  ['5f00::1', 'SRv6 SIDs'],
  ['fc00::1', 'unique local'],
  ['fd12:3456::1', 'unique local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with zone'],
  ['fec0::1', 'site-local, deprecated (issue)'],
  ['feff::1', 'site-local /10'],
  ['ff02::1', 'multicast'],
  ['4000::1', 'reserved by IETF, outside 2000::/3'],
  ['e000::1', 'reserved by IETF'],
  // Not canonical literals: never dialled
  ['0x7f.1', 'hex'],
  ['2130706433', 'decimal'],
  ['127.1', 'short form'],
  ['not-an-ip', 'a name'],
  ['', 'empty'],
];

const PUBLIC = [
  '8.8.8.8',
  '142.250.74.138',
  '17.57.146.52',
  '172.32.0.1',
  '100.128.0.1',
  '192.0.1.1',
  '198.20.0.1',
  '223.255.255.254',
  '2a00:1450:4007:80e::200a',
  '2606:4700::1111',
  '2001:4860:4860::8888',
  '2001:200::1',
  '2620:4f:8001::1',
  '::ffff:8.8.8.8',
  '::ffff:808:808',
  '64:ff9b::808:808',
  '64:ff9b::8efa:4a8a',
];

describe('isPublicAddress: global unicast only (IANA special-purpose registries)', () => {
  it.each(NOT_PUBLIC)('%s is not public (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(PUBLIC)('%s is public', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

vi.mock('node:dns', async (real) => ({ ...(await real<typeof import('node:dns')>()), lookup: vi.fn() }));

describe('publicOnlyLookup (connect time)', () => {
  const answer = (addresses: string[]) =>
    vi.mocked(lookup).mockImplementation(((
      _h: string,
      _o: unknown,
      cb: (e: null, a: Array<{ address: string; family: number }>) => void,
    ) =>
      cb(
        null,
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      )) as never);
  const resolve = async (all: boolean) => {
    const { publicOnlyLookup } = await import('./push-agents');
    return new Promise<{ err: Error | null; result: unknown }>((done) =>
      publicOnlyLookup(
        'push.example',
        { all } as never,
        ((err: Error | null, result: unknown) => done({ err, result })) as never,
      ),
    );
  };

  it.each(['64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '::7f00:1', 'fec0::1'])(
    'refuses a name that resolves only to %s',
    async (ip) => {
      answer([ip]);
      expect((await resolve(false)).err).toMatchObject({ code: 'EBLOCKEDADDRESS' });
    },
  );

  it('dials only the public answers of a mixed reply', async () => {
    answer(['fec0::1', '64:ff9b::808:808', '10.0.0.1', '8.8.4.4']);
    expect((await resolve(true)).result).toEqual([
      { address: '64:ff9b::808:808', family: 6 },
      { address: '8.8.4.4', family: 4 },
    ]);
    expect((await resolve(false)).result).toBe('64:ff9b::808:808');
  });
});
