// Security headers of every response (README "Security → Headers"). Pure and dependency-free: proxy.ts builds the
// full set per request (the CSP carries a fresh nonce); next.config.js gives the constant part (from
// constant-security-headers.mjs, plain JS so that the config can load it) to the build's static files.

import { CONSTANT_SECURITY_HEADERS } from './constant-security-headers.mjs';

export { CONSTANT_SECURITY_HEADERS, PERMISSIONS_POLICY } from './constant-security-headers.mjs';

/** Two years, as the HSTS preload list asks; only ever sent when the public URL is https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

export type SecurityHeaderOptions = {
  /** Fresh for every response: Next.js reads it back from the request's CSP and puts it on its scripts. */
  nonce: string;
  /** NEXTAUTH_URL. When it is https, browsers are told to use nothing else (HSTS, upgrade-insecure-requests). */
  publicUrl?: string;
  /** `next dev`: React rebuilds server stacks with eval, and the error overlay injects styles without a nonce. */
  dev?: boolean;
  /** OIDC_ISSUER. next-auth answers a sign-in POST with a redirect to it, and form-action also covers redirects. */
  oidcIssuer?: string;
};

function parseUrl(url: string | undefined): URL | undefined {
  return url && URL.canParse(url) ? new URL(url) : undefined;
}

export function isHttpsUrl(url: string | undefined): boolean {
  return parseUrl(url)?.protocol === 'https:';
}

export function buildContentSecurityPolicy(options: SecurityHeaderOptions): string {
  const { nonce, publicUrl, dev = false } = options;
  const issuer = parseUrl(options.oidcIssuer);
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    // 'strict-dynamic': the nonced bootstrap may load the build's chunks; 'self' only serves CSP2-only browsers.
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // A nonce makes browsers ignore 'unsafe-inline', so style="" attributes are refused: the components use classes.
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    // Notification icons and images may be any https URL (lib/validation/notification.ts): the composer's preview,
    // the inbox and the service worker's notifications load them.
    ['img-src', "'self'", 'data:', 'blob:', 'https:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['form-action', "'self'", ...(issuer ? [issuer.origin] : [])],
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
  ];
  if (isHttpsUrl(publicUrl)) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Every security header of one response. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    ...CONSTANT_SECURITY_HEADERS,
    'Content-Security-Policy': buildContentSecurityPolicy(options),
    ...(isHttpsUrl(options.publicUrl) ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** 128 random bits, base64: the characters Next.js accepts in a CSP nonce. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
