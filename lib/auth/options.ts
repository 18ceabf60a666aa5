import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getEnv } from '../env';
import { signInSchema } from '../validation/user';
import { linkOidcUser } from '../users/link-oidc-user';
import { verifyCredentials } from '../users/verify-credentials';

// JWT sessions: @auth/prisma-adapter does not support Prisma 7, and credentials/OIDC sign-in need no adapter.
// The token carries only the user id; role and profile are read from the database on every request (session.ts),
// so a demoted admin loses access at once.
export function buildAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-mail and password',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        return verifyCredentials(parsed.data.email, parsed.data.password);
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
      profile: (p: { sub: string; email: string; name?: string }) => ({ id: p.sub, email: p.email, name: p.name ?? p.email }),
    });
  }
  return {
    secret: env.NEXTAUTH_SECRET ?? (env.NODE_ENV === 'production' ? undefined : 'crieur-development-secret-only'),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    pages: { signIn: '/signin', error: '/signin' },
    providers,
    callbacks: {
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
        });
        if (!linked) return false;
        // Without an adapter next-auth hands this same object to jwt() below: it now carries our user id.
        user.id = linked.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid as string | undefined };
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export const authOptions = (): NextAuthOptions => (cached ??= buildAuthOptions());
