import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../http/json-error';
import type { SessionUser } from '../principal/principal';
import { getCurrentUser } from './session';
import { withAdmin, withUser } from './with-user';

vi.mock('./session', () => ({ getCurrentUser: vi.fn() }));

// Read once by getEnv(): the public origin behind a reverse proxy that rewrites Host.
process.env.NEXTAUTH_URL = 'https://crieur.example.org';

const citizen: SessionUser = {
  id: 'u1',
  email: 'c@example.org',
  name: 'Claire',
  role: 'citizen',
  locale: null,
  timeZone: 'Europe/Paris',
};
const admin: SessionUser = { ...citizen, id: 'u2', role: 'admin' };
const signedInAs = (user: SessionUser | null) => vi.mocked(getCurrentUser).mockResolvedValue(user);

const URL_ = 'http://localhost:3000/api/things';
const SAME_ORIGIN = { origin: 'http://localhost:3000', host: 'localhost:3000' };
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request(URL_, {
    method: 'POST',
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

/** A body that arrives in chunks with no Content-Length, like a chunked upload. */
function streamOf(bytes: number, chunk = 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(c) {
      if (sent >= bytes) return c.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      c.enqueue(new TextEncoder().encode('"' + 'x'.repeat(n - 2) + '"'));
    },
  });
}

const thing = z.object({ title: z.string().min(1, 'title_required'), count: z.number().int() });
const echo = vi.fn(async (_req: Request, ctx: { user: SessionUser; body: unknown; params: unknown }) =>
  Response.json({ user: ctx.user.id, body: ctx.body, params: ctx.params }),
);

async function call(handler: ReturnType<typeof withUser>, req: Request, params: Record<string, string> = {}) {
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

beforeEach(() => {
  echo.mockClear();
});
afterEach(() => vi.restoreAllMocks());

describe('withUser', () => {
  it('answers 401 to an anonymous visitor without calling the handler', async () => {
    signedInAs(null);
    expect(await call(withUser(echo), new Request(URL_))).toMatchObject({
      status: 401,
      json: { error: 'unauthenticated' },
    });
    expect(echo).not.toHaveBeenCalled();
  });

  it('answers 403 to a signed-in user without the required role', async () => {
    signedInAs(citizen);
    expect(await call(withAdmin(echo), new Request(URL_))).toMatchObject({ status: 403, json: { error: 'forbidden' } });
    expect(echo).not.toHaveBeenCalled();
  });

  it('passes the user, the route params and no body to the handler of a GET', async () => {
    signedInAs(admin);
    const r = await call(withAdmin(echo), new Request(URL_), { id: 'n1' });
    expect(r).toMatchObject({ status: 200, json: { user: 'u2', params: { id: 'n1' } } });
    expect(r.json.body).toBeUndefined();
  });

  describe('same-origin check on writes', () => {
    it.each([
      ['a cross-site Origin', { origin: 'https://evil.example' }],
      ['a look-alike Origin', { origin: 'http://localhost:3000.evil.example' }],
      ['no Origin but Sec-Fetch-Site: cross-site', { origin: '', 'sec-fetch-site': 'cross-site' }],
    ])('answers 403 to a POST with %s, even from an admin', async (_, headers) => {
      signedInAs(admin);
      const req = post('{"title":"x","count":1}', Object.fromEntries(Object.entries(headers).filter(([, v]) => v)));
      if (!headers.origin) req.headers.delete('origin');
      expect(await call(withUser(echo, { body: thing }), req)).toMatchObject({
        status: 403,
        json: { error: 'cross_site_request' },
      });
      expect(echo).not.toHaveBeenCalled();
    });

    it('accepts our own origin, the public origin in NEXTAUTH_URL and non-browser clients (no Origin)', async () => {
      signedInAs(citizen);
      const h = withUser(echo, { body: thing });
      expect((await call(h, post('{"title":"x","count":1}'))).status).toBe(200);
      expect(
        (
          await call(
            h,
            post('{"title":"x","count":1}', { origin: 'https://crieur.example.org', host: 'internal:3000' }),
          )
        ).status,
      ).toBe(200);
      const noOrigin = post('{"title":"x","count":1}');
      noOrigin.headers.delete('origin');
      expect((await call(h, noOrigin)).status).toBe(200);
    });

    it('does not check the Origin of a GET', async () => {
      signedInAs(citizen);
      expect(
        (await call(withUser(echo), new Request(URL_, { headers: { origin: 'https://evil.example' } }))).status,
      ).toBe(200);
    });
  });

  describe('JSON body', () => {
    beforeEach(() => {
      signedInAs(citizen);
    });
    const h = () => withUser(echo, { body: thing, maxBytes: 64 });

    it('hands the parsed, validated body to the handler', async () => {
      expect(await call(h(), post('{"title":"Hello","count":2}'))).toMatchObject({
        status: 200,
        json: { body: { title: 'Hello', count: 2 } },
      });
    });

    it('answers 413 when Content-Length declares more than maxBytes, before reading the body', async () => {
      const body = JSON.stringify({ title: 'x'.repeat(100), count: 1 });
      const req = post(body, { 'content-length': String(body.length) });
      const r = await call(h(), req);
      expect(req.bodyUsed).toBe(false);
      expect(r).toMatchObject({ status: 413, json: { error: 'payload_too_large', limit: 64 } });
      expect(echo).not.toHaveBeenCalled();
    });

    it('answers 413 when Content-Length lies (declares less than is sent)', async () => {
      const r = await call(h(), post(JSON.stringify({ title: 'x'.repeat(100), count: 1 }), { 'content-length': '10' }));
      expect(r).toMatchObject({ status: 413, json: { error: 'payload_too_large' } });
    });

    it('answers 413 to a streamed body with no Content-Length once it passes maxBytes', async () => {
      const req = post(streamOf(10_000, 16));
      expect(req.headers.get('content-length')).toBeNull();
      expect(await call(h(), req)).toMatchObject({ status: 413, json: { error: 'payload_too_large' } });
    });

    it('answers 400 to malformed JSON', async () => {
      expect(await call(h(), post('{"title": "x",'))).toMatchObject({ status: 400, json: { error: 'malformed_json' } });
      expect(await call(h(), post(''))).toMatchObject({ status: 400, json: { error: 'malformed_json' } });
    });

    it('answers 422 naming each invalid field', async () => {
      const r = await call(h(), post('{"title":"","count":"two"}'));
      expect(r.status).toBe(422);
      expect(r.json.error).toBe('invalid');
      expect(r.json.fields).toEqual({ title: 'title_required', count: 'invalid_type' });
      expect(echo).not.toHaveBeenCalled();
    });

    it('names a missing field `required` and a wrong type `invalid_type`, never in zod’s English', async () => {
      const r = await call(h(), post('{"title":["x"]}'));
      expect(r).toMatchObject({
        status: 422,
        json: { error: 'invalid', fields: { title: 'invalid_type', count: 'required' } },
      });
    });
  });

  describe('errors thrown below', () => {
    beforeEach(() => {
      signedInAs(citizen);
    });

    it('maps an HttpError to its status, code, extra fields and headers', async () => {
      const h = withUser(async () => {
        throw new HttpError(429, 'rate_limited', { retryAfter: 30 }, { 'Retry-After': '30' });
      });
      const r = await call(h, new Request(URL_));
      expect(r).toMatchObject({ status: 429, json: { error: 'rate_limited', retryAfter: 30 } });
      expect(r.headers.get('retry-after')).toBe('30');
    });

    it('answers 422 naming the field when the handler parses its query string with a zod schema', async () => {
      const h = withUser(async (req) => {
        z.object({ q: z.string().max(5, 'too_long') }).parse(Object.fromEntries(new URL(req.url).searchParams));
        return Response.json({});
      });
      expect(await call(h, new Request(`${URL_}?q=abcdefgh`))).toMatchObject({
        status: 422,
        json: { error: 'invalid', fields: { q: 'too_long' } },
      });
    });

    it('answers 500 without leaking the internal message, and logs it', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const h = withUser(async () => {
        throw new Error('connection to db-7.internal:5432 failed for user crieur_rw');
      });
      const r = await call(h, new Request(URL_));
      expect(r).toEqual({ status: 500, json: { error: 'internal_error' }, headers: expect.anything() });
      expect(JSON.stringify(r.json)).not.toContain('db-7');
      expect(log).toHaveBeenCalledWith(expect.stringContaining('db-7.internal'));
    });

    it('answers 500 when the session lookup itself fails', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      vi.mocked(getCurrentUser).mockRejectedValue(new Error('database down'));
      expect(await call(withUser(echo), new Request(URL_))).toMatchObject({
        status: 500,
        json: { error: 'internal_error' },
      });
    });
  });
});
