import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { requestOrigin } from '@/lib/http/request-origin';
import { buildSecurityHeaders, createNonce } from '@/lib/http/security-headers';

// As in lib/auth/session.ts (proxy runs without server-only code).
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
const SIGNED_IN_AREAS = /^\/(inbox|settings|admin)(\/|$)/;

/**
 * Every response but the build's static files gets the security headers, the CSP with a nonce of its own. Beyond
 * that, a cheap redirect only: no session cookie on a signed-in area → sign-in page. Pages, actions and APIs check
 * the session themselves.
 */
export function proxy(req: NextRequest) {
  const env = getEnv();
  const headers = buildSecurityHeaders({
    nonce: createNonce(),
    publicUrl: env.NEXTAUTH_URL,
    dev: env.NODE_ENV === 'development',
    oidcIssuer: env.OIDC_ISSUER,
  });
  const res = !isDecodablePath(req.nextUrl.pathname)
    ? badPath()
    : needsSignIn(req)
      ? redirectToSignIn(req)
      : continueWithPolicy(req, headers['Content-Security-Policy']);
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}

/**
 * A path that is not UTF-8 once percent-decoded (`/api/notifications/%FF`, an encoded surrogate) names nothing here,
 * and Next.js itself answers it with a 500 (it fails to render its own 400 page): refuse it as the client's mistake.
 */
function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function badPath() {
  return NextResponse.json({ error: 'invalid_path' }, { status: 400 });
}

function needsSignIn(req: NextRequest): boolean {
  return SIGNED_IN_AREAS.test(req.nextUrl.pathname) && !SESSION_COOKIES.some((c) => req.cookies.has(c));
}

// req.nextUrl names the server's own address (http://localhost:PORT), not the one the person used.
function redirectToSignIn(req: NextRequest) {
  const url = new URL('/signin', requestOrigin(req.headers));
  url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// Next.js takes the nonce for its own scripts from the CSP of the request it renders.
function continueWithPolicy(req: NextRequest, csp: string) {
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

// Content-hashed build output is neither a document nor a worker: a CSP would mean nothing there, and next.config.js
// already gives it the constant headers.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
