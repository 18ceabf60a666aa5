import proxyaddr from 'proxy-addr';

/** Which hops in front of the portal may be believed when they name the client in X-Forwarded-For. */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: string[] };

export class TrustedProxiesError extends Error {
  name = 'TrustedProxiesError';
}

/**
 * Unset: no proxy, X-Forwarded-For is ignored (any client can write it). A whole number N: exactly N proxies of
 * ours sit in front, each appending the address it saw. Otherwise a comma-separated list of proxy addresses or
 * CIDRs (`10.0.0.0/8,::1`, or proxy-addr's names loopback, linklocal, uniquelocal).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const v = value?.trim();
  if (!v || v === '0' || v === 'false') return { kind: 'none' };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new TrustedProxiesError('must be a hop count from 0 to 10, or a list of addresses/CIDRs');
    return { kind: 'hops', hops };
  }
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    proxyaddr.compile(list);
  } catch (err) {
    throw new TrustedProxiesError(
      `must be a hop count or a comma-separated list of IP addresses/CIDRs (${(err as Error).message})`,
    );
  }
  return { kind: 'addresses', list };
}

/** proxy-addr's trust function: is the hop at distance i (0 = the peer that connected to us) one of our proxies? */
export function compileTrust(t: TrustedProxies): (addr: string, i: number) => boolean {
  if (t.kind === 'none') return () => false;
  if (t.kind === 'hops') return (_addr, i) => i < t.hops;
  return proxyaddr.compile(t.list);
}
