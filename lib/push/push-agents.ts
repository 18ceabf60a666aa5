import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import tls from 'node:tls';
import { isPublicAddress } from './public-address';

/**
 * One keep-alive agent per push-service origin: TLS handshakes are reused across messages, and maxSockets bounds how
 * many connections one slow push service can hold. Plain http only for an origin the allowlist names verbatim.
 */
export function createAgentPool(opts: { maxSocketsPerOrigin: number; ca?: string }) {
  const agents = new Map<string, http.Agent>();
  const base = {
    keepAlive: true,
    maxSockets: opts.maxSocketsPerOrigin,
    maxFreeSockets: opts.maxSocketsPerOrigin,
    scheduling: 'lifo' as const,
  };
  return {
    /** `listedOrigin`: the allowlist names this exact origin, so private addresses and http are allowed for it. */
    agentFor(url: URL, listedOrigin: boolean): http.Agent {
      let agent = agents.get(url.origin);
      if (!agent) {
        if (url.protocol === 'http:' && !listedOrigin) throw new Error(`refusing plain http to ${url.origin}`);
        const secure = { ...base, lookup: listedOrigin ? undefined : publicOnlyLookup, ...trusting(opts.ca) };
        agent = url.protocol === 'http:' ? new http.Agent(base) : new https.Agent(secure);
        agents.set(url.origin, agent);
      }
      return agent;
    },
    get size() {
      return agents.size;
    },
    close() {
      for (const a of agents.values()) a.destroy();
      agents.clear();
    },
  };
}

/** TLS options that trust `ca` besides the system's roots (giving `ca` alone would replace them). */
export const trusting = (ca: string | undefined) => (ca ? { ca: [...tls.rootCertificates, ca] } : {});

export class BlockedAddressError extends Error {
  code = 'EBLOCKEDADDRESS';
}

/**
 * DNS answers are checked at connect time too: an allowed name that resolves to a private address (DNS rebinding, a
 * poisoned resolver) is not dialled.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return (callback as (e: NodeJS.ErrnoException) => void)(err);
    const allowed = addresses.filter((a) => isPublicAddress(a.address));
    if (!allowed.length)
      return (callback as (e: NodeJS.ErrnoException) => void)(
        new BlockedAddressError(`${hostname} resolves to a non-public address`),
      );
    if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, allowed);
    return (callback as (e: null, a: string, f: number) => void)(null, allowed[0].address, allowed[0].family);
  });
};
