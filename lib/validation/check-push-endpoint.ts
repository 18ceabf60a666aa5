import { isIP } from 'node:net';
import type { EndpointAllowlist } from './endpoint-allowlist';

// The server POSTs to whatever endpoint a browser hands it, so this file is the SSRF line: only known push services,
// over https, by name. Plain http, literal IPs and private names pass only when the exact origin is listed (the
// local mock push service in tests, a self-hosted push service on a private network).

export const MAX_ENDPOINT_LENGTH = 2048;

export type EndpointRefusal =
  'not_a_url' | 'too_long' | 'scheme' | 'credentials' | 'ip_literal' | 'private_host' | 'not_allowed';

export type EndpointCheck = { ok: true; url: URL; listedOrigin: boolean } | { ok: false; reason: EndpointRefusal };

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
  if (url.port !== '' || !allowlist.hostPatterns.some((p) => hostMatches(host, p)))
    return { ok: false, reason: 'not_allowed' };
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
