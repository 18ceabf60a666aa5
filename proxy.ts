import { NextResponse, type NextRequest } from 'next/server';

// Cheap redirect only: no session cookie → sign-in page. Pages, actions and APIs check the session themselves.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']; // as in lib/auth/session.ts (proxy runs without server-only code)

export function proxy(req: NextRequest) {
  if (SESSION_COOKIES.some((c) => req.cookies.has(c))) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/inbox/:path*', '/settings/:path*', '/admin/:path*'] };
