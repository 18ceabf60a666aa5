import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
  CONSTANT_SECURITY_HEADERS,
  createNonce,
  HSTS,
  PERMISSIONS_POLICY,
} from './security-headers';

const nonce = 'bm9uY2Utb2YtdGhlLXRlc3Q=';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split('; ')
      .map((d) => d.split(' '))
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('is strict in production: nonce and strict-dynamic for scripts, nothing inline or eval', () => {
    const csp = directives(buildContentSecurityPolicy({ nonce }));
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('manifest-src')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:']);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('is the policy Next.js reads its nonce from', () => {
    expect(getScriptNonceFromHeader(buildContentSecurityPolicy({ nonce }))).toBe(nonce);
    const fresh = createNonce();
    expect(getScriptNonceFromHeader(buildContentSecurityPolicy({ nonce: fresh }))).toBe(fresh);
  });

  it('lets next dev eval and inject styles, but never inline scripts', () => {
    const csp = directives(buildContentSecurityPolicy({ nonce, dev: true }));
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it.each(['https://crieur.example.org', 'https://crieur.example.org/portal/', 'HTTPS://CRIEUR.EXAMPLE.ORG'])(
    'upgrades insecure requests when NEXTAUTH_URL is %s',
    (publicUrl) => {
      expect(directives(buildContentSecurityPolicy({ nonce, publicUrl })).has('upgrade-insecure-requests')).toBe(true);
    },
  );

  it('lets a sign-in form post be redirected to the OIDC provider, and nowhere else', () => {
    const oidcIssuer = 'https://login.example.org/realms/citizens';
    const csp = directives(buildContentSecurityPolicy({ nonce, oidcIssuer }));
    expect(csp.get('form-action')).toEqual(["'self'", 'https://login.example.org']);
  });
});

describe('buildSecurityHeaders', () => {
  it.each(['https://crieur.example.org', 'https://crieur.example.org:8443/', 'HTTPS://crieur.example.org'])(
    'sends HSTS when NEXTAUTH_URL is %s',
    (publicUrl) => {
      expect(buildSecurityHeaders({ nonce, publicUrl })['Strict-Transport-Security']).toBe(HSTS);
    },
  );

  it.each([undefined, '', 'http://localhost:3000', 'http://crieur.example.org', 'not a url'])(
    'sends no HSTS when NEXTAUTH_URL is %s',
    (publicUrl) => {
      const headers = buildSecurityHeaders({ nonce, publicUrl });
      expect(headers).not.toHaveProperty('Strict-Transport-Security');
      expect(headers['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    },
  );

  it('is two years with subdomains', () => {
    expect(HSTS).toBe('max-age=63072000; includeSubDomains');
  });

  it('carries the constant headers and the CSP', () => {
    const headers = buildSecurityHeaders({ nonce });
    expect(headers).toMatchObject(CONSTANT_SECURITY_HEADERS);
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Security-Policy']).toBe(buildContentSecurityPolicy({ nonce }));
  });
});

describe('PERMISSIONS_POLICY', () => {
  it.each(['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'display-capture'])(
    'denies %s to the portal and anything it embeds',
    (feature) => {
      expect(PERMISSIONS_POLICY.split(', ')).toContain(`${feature}=()`);
    },
  );

  it('leaves notifications and push alone (they are not policy-controlled features)', () => {
    expect(PERMISSIONS_POLICY).not.toMatch(/notification|push|badge/);
  });
});

describe('createNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});
