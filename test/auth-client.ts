// A browser stand-in for tests that call next-auth's route handler and the app's routes directly: it keeps the
// cookies next-auth sets and hands them (with its own headers) to the mocked next/headers. In the test file:
//   vi.mock('next/headers', async () => (await import('<path>/test/auth-client')).nextHeadersMock);
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import { PEER_ADDRESS_HEADER } from '../lib/http/peer-address';

export const ORIGIN = 'http://localhost:3000';
// next-auth builds its callback URLs from it (read once by getEnv, so before anything else imports lib/env).
process.env.NEXTAUTH_URL ??= ORIGIN;
// Per async context, so requests sent at the same time each see their own cookies.
const requests = new AsyncLocalStorage<Request>();

/** The request being handled, as next/headers' cookies() and headers() would see it. */
export const nextHeadersMock = {
  headers: async () => requests.getStore()?.headers ?? new Headers(),
  cookies: async () => {
    const jar = new Map(
      (requests.getStore()?.headers.get('cookie') ?? '')
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf('=')), decodeURIComponent(c.slice(c.indexOf('=') + 1))] as const),
    );
    return {
      has: (n: string) => jar.has(n),
      get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    };
  },
};

// next-auth reads next/headers with require(), which vi.mock does not reach: answer that require too.
const require = createRequire(import.meta.url);
const headersPath = require.resolve('next/headers');
require.cache[headersPath] = {
  id: headersPath,
  filename: headersPath,
  loaded: true,
  exports: nextHeadersMock,
} as NodeJS.Module;

type Route = (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

export class AuthClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly authRoute: Route,
    /** The TCP peer the server would see, and extra headers (X-Forwarded-For…) on every request. */
    private readonly opts: { address?: string; headers?: Record<string, string> } = {},
  ) {}

  /** A request from this browser: its cookies, same origin, its peer address. */
  request(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): NextRequest {
    const headers = new Headers({
      host: 'localhost:3000',
      origin: ORIGIN,
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
      ...this.opts.headers,
      ...init.headers,
    });
    headers.set(PEER_ADDRESS_HEADER, this.opts.address ?? '192.0.2.10');
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    return new NextRequest(ORIGIN + path, { method, headers, body: init.body });
  }

  /** Runs fn (a server action) as a request from this browser, so its session is the one fn sees. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return requests.run(this.request('POST', '/'), fn);
  }

  /** Runs a handler with next/headers answering for this request; keeps the cookies it sets. */
  async send(req: Request, handler: (req: NextRequest) => Promise<Response>): Promise<Response> {
    const res = await requests.run(req, () => handler(req as NextRequest));
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(/;\s*/);
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attrs.some((a) => /^max-age=0$/i.test(a) || /^expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  private auth(method: string, path: string, body?: URLSearchParams) {
    const segments = path.split('/').filter(Boolean);
    const headers: Record<string, string> = body ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
    const req = this.request(method, `/api/auth/${path}`, { body, headers });
    return this.send(req, (r) => this.authRoute(r, { params: Promise.resolve({ nextauth: segments }) }));
  }

  private async csrf(): Promise<string> {
    return (await (await this.auth('GET', 'csrf')).json()).csrfToken;
  }

  /** POST /api/auth/callback/credentials as the sign-in form does: 200 signed in, 401 refused, 429 locked out. */
  async signIn(email: string, password: string): Promise<Response> {
    const csrfToken = await this.csrf();
    return this.auth(
      'POST',
      'callback/credentials',
      new URLSearchParams({ email, password, csrfToken, json: 'true', callbackUrl: ORIGIN }),
    );
  }

  async signOut(): Promise<Response> {
    const csrfToken = await this.csrf();
    return this.auth('POST', 'signout', new URLSearchParams({ csrfToken, json: 'true', callbackUrl: ORIGIN }));
  }

  /** GET /api/auth/session (next-auth's own view of the cookie). */
  async session(): Promise<{ uid?: string }> {
    return (await this.auth('GET', 'session')).json();
  }

  /** A copy of this browser's cookies in another client (a stolen or saved cookie). */
  copy(): AuthClient {
    const other = new AuthClient(this.authRoute, this.opts);
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }
}
