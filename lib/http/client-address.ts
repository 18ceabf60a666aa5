import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import { getEnv } from '../env';
import { PEER_ADDRESS_HEADER } from './peer-address';
import { compileTrust, type TrustedProxies } from '../validation/trusted-proxies';

type HeaderSource = Pick<Headers, 'get'>;

const compiled = new WeakMap<TrustedProxies, (addr: string, i: number) => boolean>();

/**
 * The address of whoever sent this request, for per-address limits: the TCP peer, or — only when TRUSTED_PROXIES
 * says the peer is our proxy — the address those proxies recorded in X-Forwarded-For. proxy-addr walks the list
 * from the right and stops at the first hop it does not trust, so a client cannot choose its own address by
 * sending an X-Forwarded-For of its own.
 */
export function clientAddress(headers: HeaderSource, proxies: TrustedProxies = getEnv().TRUSTED_PROXIES): string {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  // No peer address means the server hook did not run (a handler called outside `next start`): one shared bucket.
  if (!peer) return 'unknown';
  let trust = compiled.get(proxies);
  if (!trust) compiled.set(proxies, (trust = compileTrust(proxies)));
  const forwardedFor = headers.get('x-forwarded-for');
  const req = { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}, socket: { remoteAddress: peer } };
  return normalise(proxyaddr(req as unknown as IncomingMessage, trust));
}

// The same IPv4 client may arrive as ::ffff:203.0.113.7 on a dual-stack socket.
const normalise = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
