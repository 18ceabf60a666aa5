import { BlockList, isIP } from 'node:net';

// The server POSTs to whatever endpoint a browser hands it, so this file is the SSRF line: only known push services,
// over https, by name. Plain http, literal IPs and private names pass only when the exact origin is listed (the
// local mock push service in tests, a self-hosted push service on a private network).

export const DEFAULT_PUSH_ENDPOINT_ALLOWLIST = 'fcm.googleapis.com,*.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com';

export const MAX_ENDPOINT_LENGTH = 2048;

export type EndpointAllowlist = {
  /** Exact hosts ("fcm.googleapis.com") and subdomain wildcards ("*.push.apple.com"), https on port 443 only. */
  hostPatterns: readonly string[];
  /** Full origins listed verbatim ("http://localhost:8120"): any scheme/host/port they name is trusted as is. */
  origins: ReadonlySet<string>;
};

export type EndpointRefusal = 'not_a_url' | 'too_long' | 'scheme' | 'credentials' | 'ip_literal' | 'private_host' | 'not_allowed';

export type EndpointCheck = { ok: true; url: URL; listedOrigin: boolean } | { ok: false; reason: EndpointRefusal };

export class AllowlistError extends Error {
  name = 'AllowlistError';
}

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/;

/** Parses PUSH_ENDPOINT_ALLOWLIST ("fcm.googleapis.com,*.push.apple.com,http://localhost:8120"); empty → the default. */
export function parseEndpointAllowlist(value: string | undefined): EndpointAllowlist {
  const entries = (value?.trim() ? value : DEFAULT_PUSH_ENDPOINT_ALLOWLIST)
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const hostPatterns: string[] = [];
  const origins = new Set<string>();
  for (const entry of entries) {
    if (entry.includes('://')) origins.add(parseOriginEntry(entry));
    else if (HOST_PATTERN.test(entry)) hostPatterns.push(entry);
    else throw new AllowlistError(`PUSH_ENDPOINT_ALLOWLIST: "${entry}" is neither a host (fcm.googleapis.com, *.push.apple.com) nor an origin (https://push.example.org:8443)`);
  }
  return { hostPatterns, origins };
}

function parseOriginEntry(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new AllowlistError(`PUSH_ENDPOINT_ALLOWLIST: "${entry}" is not a valid origin`);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!['http:', 'https:'].includes(url.protocol) || !bare || entry.replace(/\/$/, '') !== url.origin) {
    throw new AllowlistError(`PUSH_ENDPOINT_ALLOWLIST: "${entry}" must be a bare origin like https://push.example.org:8443`);
  }
  return url.origin;
}

/** Decides whether the server may ever POST to this endpoint. */
export function checkPushEndpoint(endpoint: string, allowlist: EndpointAllowlist): EndpointCheck {
  if (endpoint.length > MAX_ENDPOINT_LENGTH) return { ok: false, reason: 'too_long' };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, reason: 'not_a_url' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  if (allowlist.origins.has(url.origin)) return { ok: true, url, listedOrigin: true };
  if (url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  // URL has already normalised 0x7f.1, 2130706433 and [::ffff:127.0.0.1] into dotted or bracketed literals.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return { ok: false, reason: 'ip_literal' };
  if (isPrivateName(host)) return { ok: false, reason: 'private_host' };
  if (url.port !== '' || !allowlist.hostPatterns.some((p) => hostMatches(host, p))) return { ok: false, reason: 'not_allowed' };
  return { ok: true, url, listedOrigin: false };
}

function hostMatches(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const suffix = pattern.slice(1); // ".push.apple.com": subdomains only, not the bare domain
  return host.endsWith(suffix) && host.length > suffix.length;
}

// Names that resolve inside the host or the local network whatever the DNS says.
function isPrivateName(host: string): boolean {
  return /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/.test(host) || !host.includes('.');
}

const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv6');
}

/** False for loopback, private, link-local, CGNAT, multicast and reserved addresses (IPv4-mapped IPv6 included). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (!family) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
