import type { IncomingMessage } from 'node:http';
import { getEnv } from '../env';
import { compileTrust, type TrustedProxies } from '../validation/trusted-proxies';

/** What one request says about the address it was sent to, and who sent it. */
export type OriginClues = {
  host?: string | null;
  forwardedHost?: string | null;
  forwardedProto?: string | null;
  /** The TCP peer (lib/http/peer-address.ts); absent when the server hook did not run. */
  peer?: string | null;
  /** TLS on the socket itself (never with `next start`, which speaks plain HTTP). */
  encrypted?: boolean;
};

// A host name, an IPv4 address or a bracketed IPv6 address, and an optional port: nothing else may reach a URL.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`, 'i');

function validHost(value: string | null | undefined): string | null {
  const m = value ? HOST.exec(value) : null;
  // The URL parser has the last word (999.1.1.1 or [:::] look right but are no address): a throw here would be a 500.
  if (!m || (m[1] !== undefined && Number(m[1]) > 65535) || !URL.canParse(`http://${value}`)) return null;
  return value!.toLowerCase();
}

// Express's rule (req.hostname, req.protocol): a proxy that appends rather than replaces leaves a list, and the
// first entry is what the client asked the first proxy for.
const firstOf = (value: string | null | undefined) => value?.split(',')[0]?.trim() || null;

const trustCache = new WeakMap<TrustedProxies, (addr: string, i: number) => boolean>();

/** True when the TCP peer is one of our proxies (TRUSTED_PROXIES), whose X-Forwarded-* headers may be believed. */
export function isTrustedPeer(peer: string | null | undefined, proxies: TrustedProxies): boolean {
  if (!peer) return false;
  let trust = trustCache.get(proxies);
  if (!trust) trustCache.set(proxies, (trust = compileTrust(proxies)));
  return trust(peer, 0);
}

/**
 * The origin (`http://host:port`) the person is using, from one request: the Host header the browser sent — and
 * only when the peer is a trusted proxy, X-Forwarded-Host / X-Forwarded-Proto, which any client could send itself.
 * Requests without a usable Host (never a browser's) get `fallbackHost`.
 */
export function resolveRequestOrigin(clues: OriginClues, proxies: TrustedProxies, fallbackHost: string): string {
  let protocol = clues.encrypted ? 'https' : 'http';
  let host = validHost(clues.host) ?? fallbackHost;
  if (isTrustedPeer(clues.peer, proxies)) {
    const proto = firstOf(clues.forwardedProto)?.toLowerCase();
    if (proto === 'http' || proto === 'https') protocol = proto;
    host = validHost(firstOf(clues.forwardedHost)) ?? host;
  }
  return `${protocol}://${host}`;
}

/**
 * Rewrites X-Forwarded-Host and X-Forwarded-Proto on an incoming request to the origin resolveRequestOrigin
 * derives, so that everything reading them later — next-auth (AUTH_TRUST_HOST), Next.js itself — sees a value we
 * checked instead of one a client made up. Called by the server hook of lib/http/peer-address.ts.
 */
export function stampForwardedOrigin(req: IncomingMessage, proxies: TrustedProxies = getEnv().TRUSTED_PROXIES) {
  const h = req.headers;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
  const origin = new URL(
    resolveRequestOrigin(
      {
        host: h.host,
        forwardedHost: one(h['x-forwarded-host']),
        forwardedProto: one(h['x-forwarded-proto']),
        peer: req.socket?.remoteAddress,
        encrypted: Boolean((req.socket as { encrypted?: boolean } | undefined)?.encrypted),
      },
      proxies,
      `localhost:${req.socket?.localPort ?? (process.env.PORT || 3000)}`,
    ),
  );
  h['x-forwarded-host'] = origin.host;
  h['x-forwarded-proto'] = origin.protocol.slice(0, -1);
  // Next.js fills the port in from its own when absent; a client's made-up one must not survive either.
  if (!isTrustedPeer(req.socket?.remoteAddress, proxies)) delete h['x-forwarded-port'];
}
