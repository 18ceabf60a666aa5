import 'server-only';
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { clientAddress } from '../http/client-address';
import { requestOrigin } from '../http/request-origin';
import { beginSignInAttempt, type SignInAttempt } from '../rate-limit/sign-in-limits';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { signInSchema } from '../validation/user';
import { buildAuthOptions } from './options';
import {
  ignoringCallbackCookie,
  isReadableCallbackUrl,
  restoreCallbackCookie,
  unreadableCallbackCookies,
} from './unreadable-callback-url';

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's handler, with the brute-force limits in front of the password check: next-auth's authorize() can only
 * say yes or no (401), so the credentials callback is refused here with 429 and Retry-After before next-auth — and
 * argon2 — runs at all.
 */
export async function handleAuthRoute(
  req: NextRequest,
  ctx: Context,
  /** The visitor's language, for an account the identity provider's sign-in creates (the route computes it). */
  opts: { locale?: string } = {},
): Promise<Response> {
  const params = await ctx.params;
  const request = {
    userAgent: req.headers.get('user-agent'),
    address: clientAddress(req.headers),
    locale: opts.locale,
  };
  const base = requestOrigin(req.headers);
  const query = req.nextUrl.searchParams.get('callbackUrl');
  if (query && !isReadableCallbackUrl(query, base)) return badRequest();
  let attempt: SignInAttempt | undefined;
  // next-auth reads only the first two segments (action, provider): /callback/credentials/x is the same sign-in.
  const [action, provider] = params.nextauth;
  if (req.method === 'POST' && action === 'callback' && provider === 'credentials') {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const input = signInSchema.safeParse({ email: form?.get('email'), password: form?.get('password') });
    // Input the schema refuses never reaches a hash (authorize refuses it the same way): nothing to count.
    if (input.success) {
      try {
        attempt = await beginSignInAttempt({ email: input.data.email, address: request.address });
      } catch (err) {
        if (err instanceof RateLimitedError) return tooManyAttempts(req, err);
        throw err;
      }
    }
  }
  const refused = unreadableCallbackCookies(req, base);
  let options = buildAuthOptions({ ...request, attempt });
  if (refused.length) options = ignoringCallbackCookie(options, base);
  let res: Response;
  try {
    res = await NextAuth(req as never, { params } as never, options);
  } catch (err) {
    if (isBadInput(err)) return badRequest();
    throw err;
  }
  return refused.length ? restoreCallbackCookie(res, refused, base) : res;
}

// next-auth parses URLs and URI components the client sent without catching: what it cannot read is the client's
// mistake, not ours. Anything else (a database down) stays a 500.
const isBadInput = (err: unknown) =>
  err instanceof URIError || (err instanceof TypeError && (err as { code?: unknown }).code === 'ERR_INVALID_URL');

const badRequest = () =>
  Response.json({ error: 'bad_request' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });

// next-auth's client reads `url` from the JSON answer and takes its `error` parameter (it needs an absolute URL).
function tooManyAttempts(req: NextRequest, err: RateLimitedError): Response {
  const base = requestOrigin(req.headers);
  const url = new URL(`/signin?error=TooManyAttempts&retryAfter=${err.retryAfterSeconds}`, base).toString();
  return Response.json(
    { error: 'too_many_attempts', retryAfter: err.retryAfterSeconds, url },
    { status: 429, headers: { 'Retry-After': String(err.retryAfterSeconds), 'Cache-Control': 'no-store' } },
  );
}
