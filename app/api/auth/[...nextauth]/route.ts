import { handleAuthRoute } from '@/lib/auth/auth-route';

// GET/POST /api/auth/* — next-auth (sign-in, sign-out, session, CSRF token); password sign-in is rate-limited (429)
export { handleAuthRoute as GET, handleAuthRoute as POST };
