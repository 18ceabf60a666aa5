import type { NextAuthOptions } from 'next-auth';
import type { NextRequest } from 'next/server';

// next-auth's own names for the cookie that remembers where to go after signing in (core/lib/cookie.js).
const COOKIE_NAMES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];
// The name next-auth is given instead for one request, so that it never reads a cookie it would refuse.
const STAND_IN = 'crieur.callback-url';

/**
 * next-auth refuses with a 500 ("server configuration") any request whose `callbackUrl` query parameter or
 * callback-url cookie is not an http(s) URL or a path (core/lib/assert.js) — a planted cookie would keep the
 * person from signing in at all. True when `value` is one it accepts (the same test).
 */
export function isReadableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** The callback-url cookies of this request next-auth would refuse. */
export function unreadableCallbackCookies(req: NextRequest, base: string): string[] {
  return COOKIE_NAMES.filter((name) => {
    const value = req.cookies.get(name)?.value;
    return value !== undefined && value !== '' && !isReadableCallbackUrl(value, base);
  });
}

/** Options under which next-auth reads (and writes) the callback URL under a stand-in name: it sees no cookie. */
export function ignoringCallbackCookie(options: NextAuthOptions, base: string): NextAuthOptions {
  const secure = base.startsWith('https:');
  const cookieOptions = { httpOnly: true, sameSite: 'lax', path: '/', secure } as const;
  return { ...options, cookies: { ...options.cookies, callbackUrl: { name: STAND_IN, options: cookieOptions } } };
}

/**
 * next-auth's answer with its callback-url cookie under its real name again, and the refused ones cleared (unless
 * that same answer replaces them).
 */
export function restoreCallbackCookie(res: Response, refused: string[], base: string): Response {
  const real = `${base.startsWith('https:') ? '__Secure-' : ''}next-auth.callback-url`;
  const headers = new Headers(res.headers);
  headers.delete('set-cookie');
  const set = res.headers
    .getSetCookie()
    .map((c) => (c.startsWith(`${STAND_IN}=`) ? real + c.slice(STAND_IN.length) : c));
  for (const c of set) headers.append('set-cookie', c);
  for (const name of refused) {
    if (set.some((c) => c.startsWith(`${name}=`))) continue;
    const secure = name.startsWith('__Secure-') ? '; Secure' : '';
    headers.append('set-cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
  }
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
