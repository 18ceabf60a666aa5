import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getEnv, serverSecret } from '../env';
import type { SignInAttempt } from '../rate-limit/sign-in-limits';
import { createSession } from '../sessions/create-session';
import { endSession, isSessionAlive } from '../sessions/end-session';
import { signInSchema } from '../validation/user';
import { authRedirect } from './auth-redirect';
import { linkOidcUser } from '../users/link-oidc-user';
import { passwordSignIn } from './password-sign-in';

/** What the route handler knows about the request being served (next-auth's callbacks do not see it). */
export type AuthRequestContext = {
  userAgent?: string | null;
  address?: string;
  attempt?: SignInAttempt;
  /** The visitor's language (switcher cookie, else Accept-Language): an account created here starts with it. */
  locale?: string;
};

// JWT sessions: @auth/prisma-adapter does not support Prisma 7, and credentials/OIDC sign-in need no adapter.
// The token carries the user id and a session id; every request reads the user joined with that session row
// (session.ts), so a demoted admin loses access at once and a session ended on the server ends everywhere.
export function buildAuthOptions(request: AuthRequestContext = {}): NextAuthOptions {
  const env = getEnv();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-mail and password',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        // The route handler took the attempt from the limits already (and answered 429 if refused).
        const r = await passwordSignIn({
          ...parsed.data,
          address: request.address ?? 'unknown',
          attempt: request.attempt,
        });
        return r.kind === 'signed-in' ? r.user : null;
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: env.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile: (p: { sub: string; email: string; name?: string }) => ({
        id: p.sub,
        email: p.email,
        name: p.name ?? p.email,
      }),
    });
  }
  return {
    secret: serverSecret(env),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    pages: { signIn: '/signin', error: '/signin' },
    providers,
    callbacks: {
      redirect: async (params) => authRedirect(params),
      // Returning false sends the visitor to /signin?error=AccessDenied.
      async signIn({ user, account, profile }) {
        if (account?.provider !== 'oidc') return true;
        if (!user.email) return false;
        const raw = profile as { email_verified?: boolean | string } | undefined;
        const linked = await linkOidcUser({
          subject: account.providerAccountId,
          email: user.email,
          name: user.name ?? user.email,
          emailVerified: raw?.email_verified === true || raw?.email_verified === 'true',
          locale: request.locale,
        });
        if (!linked) return false;
        // Without an adapter next-auth hands this same object to jwt() below: it now carries our user id.
        user.id = linked.id;
        return true;
      },
      async jwt({ token, user, account }) {
        // A new sign-in: the cookie carries who and which session, nothing else. next-auth's default token would
        // add the name and e-mail, which every request reads fresh from the database anyway (lib/auth/session.ts).
        if (user) {
          const { userAgent, address } = request;
          const sid = await createSession({ userId: user.id, userAgent, address, method: account?.provider });
          return { uid: user.id, sid };
        }
        // Only next-auth's own /api/auth/session gets here (session.ts decodes the cookie itself): a session ended
        // on the server must not look alive there either, so its token is emptied (the cookie becomes anonymous).
        if (typeof token.sid !== 'string' || !(await isSessionAlive(token.sid))) return {};
        return token;
      },
      async session({ session, token }) {
        if (typeof token.uid !== 'string') return {} as typeof session;
        return { ...session, uid: token.uid };
      },
    },
    events: {
      // Signing out ends this session on the server: a saved copy of the cookie is anonymous from now on.
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await endSession(token.sid);
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export const authOptions = (): NextAuthOptions => (cached ??= buildAuthOptions());
