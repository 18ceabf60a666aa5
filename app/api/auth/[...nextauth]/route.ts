import type { NextRequest } from 'next/server';
import { handleAuthRoute } from '@/lib/auth/auth-route';
import { requestLocale } from '@/lib/i18n/request-locale';

type Context = Parameters<typeof handleAuthRoute>[1];

// GET/POST /api/auth/* — next-auth (sign-in, sign-out, session, CSRF token); password sign-in is rate-limited (429).
// The visitor's language goes along: an account created by the identity provider's sign-in starts with it.
const handle = (req: NextRequest, ctx: Context) => handleAuthRoute(req, ctx, { locale: requestLocale(req.headers) });

export { handle as GET, handle as POST };
