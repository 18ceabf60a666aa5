import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { deletePerson } from '@/lib/people/delete-person';
import { setPersonRole } from '@/lib/people/set-person-role';
import { GET } from './[id]/route';
import { POST } from './route';

const BASE = 'http://localhost:3000/api/v1/notifications';
const body = {
  title: 'Water cut',
  body: 'Tomorrow 9:00–12:00',
  audience: { kind: 'users', users: ['ana@test.crieur'] },
};

function post(opts: { token?: string; json?: unknown; raw?: string; key?: string; type?: string | null }) {
  const headers: Record<string, string> = {};
  if (opts.type !== null) headers['content-type'] = opts.type ?? 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
  return POST(new Request(BASE, { method: 'POST', headers, body: opts.raw ?? JSON.stringify(opts.json ?? body) }));
}

/** A request whose headers hold what undici's Headers refuses to build (NUL) but a proxy or raw socket may pass on. */
function withRawHeaders(req: Request, raw: Record<string, string>): Request {
  const real = req.headers;
  const get = (name: string) => raw[name.toLowerCase()] ?? real.get(name);
  return Object.defineProperty(req, 'headers', { value: { get, has: (n: string) => get(n) !== null } });
}
const get = (id: string, token?: string) =>
  GET(new Request(`${BASE}/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }), {
    params: Promise.resolve({ id }),
  });

// Tokens are recorded as an administrator's: one that exists in the test database.
const admin = adminPrincipal({ id: 'adm' });

describeEachDatabase('notifications API for other systems', (kind) => {
  const database = useTestDatabase(kind);
  let token: string;
  let tokenId: string;

  beforeAll(async () => {
    await insertTopics(database().sql, ['roadworks']);
    await insertUsers(database().sql, [
      { id: 'ana', email: 'ana@test.crieur', endpoints: ['https://push.test/ana'] },
      { id: 'adm', role: 'admin' },
    ]);
    ({ token, id: tokenId } = await createApiToken(admin, { name: 'Town ERP' }));
  });

  it('refuses a missing, wrong or revoked token with 401', async () => {
    const missing = await post({});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post({ token: 'crieur_wrong' })).status).toBe(401);
    expect(await (await post({ token: `${token}x` })).json()).toEqual({ error: 'invalid_token' });
    const other = await createApiToken(admin, { name: 'Old system' });
    expect((await post({ token: other.token })).status).toBe(201);
    expect(await revokeApiToken(admin, { id: other.id })).toBe(true);
    expect((await post({ token: other.token })).status).toBe(401);
    expect((await get('anything', other.token)).status).toBe(401);
  });

  it('creates a notification (201, Location) and records when the token was used', async () => {
    const res = await post({ token });
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json).toMatchObject({ recipients: 1, deliveries: 1, unknownUsers: [] });
    expect(res.headers.get('location')).toBe(`/api/v1/notifications/${json.id}`);
    const row = await database().prisma.notification.findUniqueOrThrow({ where: { id: json.id } });
    expect(row).toMatchObject({ source: 'api', apiTokenId: tokenId, title: 'Water cut' });
    const t = await database().prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(t.lastUsedAt).not.toBeNull();
  });

  it('answers 422 naming the field for a bad body, 400 for malformed JSON, 413 for a huge one', async () => {
    const bad = await post({ token, json: { ...body, title: '', urgency: 'now' } });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ error: 'invalid', fields: { title: 'required', urgency: 'invalid_urgency' } });
    const topic = await post({ token, json: { ...body, topic: 'nope' } });
    expect(topic.status).toBe(422);
    expect((await topic.json()).fields).toEqual({ topic: 'unknown_topic' });
    expect((await post({ token, raw: '{"title":' })).status).toBe(400);
    expect((await post({ token, raw: JSON.stringify({ ...body, body: 'x'.repeat(600_000) }) })).status).toBe(413);
    const key = await post({ token, key: 'not valid because of spaces' });
    expect(key.status).toBe(422);
    expect((await key.json()).fields).toEqual({ 'Idempotency-Key': 'invalid_idempotency_key' });
  });

  it('same Idempotency-Key twice → one notification (the second answer replays the first)', async () => {
    const first = await post({ token, key: 'erp-42' });
    const second = await post({ token, key: 'erp-42' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [await first.json(), await second.json()];
    expect(b.id).toBe(a.id);
    expect(await database().prisma.notification.count({ where: { idempotencyKey: 'erp-42' } })).toBe(1);
  });

  it('same Idempotency-Key, different body → 422 idempotency_key_reused, nothing created or replayed', async () => {
    const first = await post({ token, key: 'erp-43' });
    expect(first.status).toBe(201);
    const others = [
      { ...body, title: 'Water cut (updated)' },
      { ...body, audience: { kind: 'everyone' } },
      { ...body, critical: true },
    ];
    for (const other of others) {
      const res = await post({ token, key: 'erp-43', json: other });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ error: 'idempotency_key_reused' });
    }
    // The same request written differently (key order, spacing, values the schema normalises) is still a replay.
    const reordered = `{ "audience": {"users": ["ana@test.crieur"], "kind": "users"},
      "body": "Tomorrow 9:00–12:00", "title": "  Water cut " }`;
    const replay = await post({ token, key: 'erp-43', raw: reordered });
    expect(replay.status).toBe(200);
    expect((await replay.json()).id).toBe((await first.json()).id);
    const rows = await database().prisma.notification.findMany({ where: { idempotencyKey: 'erp-43' } });
    expect(rows).toHaveLength(1);
    expect(rows[0].requestHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('concurrent requests with one key make one notification: same body replays, another is refused', async () => {
    const same = await Promise.all(Array.from({ length: 4 }, () => post({ token, key: 'erp-44' })));
    expect(same.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    const twoBodies = [1, 2, 3, 4].map((n) => ({ ...body, title: `Cut ${n % 2}` }));
    const mixed = await Promise.all(twoBodies.map((json) => post({ token, key: 'erp-45', json })));
    const statuses = mixed.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 422)).toHaveLength(2); // the two bodies that differ from the winner's
    const where = { idempotencyKey: { in: ['erp-44', 'erp-45'] } };
    expect(await database().prisma.notification.count({ where })).toBe(2);
  });

  it('a key stored before request hashes existed is replayed, not refused', async () => {
    const first = await (await post({ token, key: 'erp-legacy' })).json();
    await database().prisma.notification.update({ where: { id: first.id }, data: { requestHash: null } });
    const res = await post({ token, key: 'erp-legacy', json: { ...body, title: 'Other' } });
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(first.id);
  });

  it('415 unless the body is declared application/json (charset utf-8 allowed), before anything is read', async () => {
    const refused = [
      null,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      'application/json; charset=latin1',
      'text/json',
    ];
    for (const type of refused) {
      const res = await post({ token, type });
      expect(res.status, String(type)).toBe(415);
      expect(await res.json()).toEqual({ error: 'unsupported_media_type', expected: 'application/json' });
    }
    for (const type of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"']) {
      expect((await post({ token, type })).status, type).toBe(201);
    }
  });

  it('header values with NUL, controls or non-ASCII get a 4xx (no token, bad key), never a 500', async () => {
    const json = { 'content-type': 'application/json' };
    const send = (headers: Record<string, string>) =>
      POST(withRawHeaders(new Request(BASE, { method: 'POST', headers: json, body: JSON.stringify(body) }), headers));
    const tokens = [`${token}\u0000`, '\u0000', `\u0000${token}`, 't\u00e9', '\u0001x', `${token}\ud800`];
    for (const authorization of [...tokens.map((t) => `Bearer ${t}`), `Bearer\u0000${token}`]) {
      expect((await send({ authorization })).status, JSON.stringify(authorization)).toBe(401);
    }
    for (const key of ['a\u0000b', '\u0000', 'k\u00e9', 'a\u0001b', 'a\ud800']) {
      const res = await send({ authorization: `Bearer ${token}`, 'idempotency-key': key });
      expect(res.status, JSON.stringify(key)).toBe(422);
      expect((await res.json()).fields).toEqual({ 'Idempotency-Key': 'invalid_idempotency_key' });
    }
  });

  it('GET refuses a malformed id with 404 naming it, before any query', async () => {
    for (const id of ['\u0000', 'a\u0000b', '\ud800', 'a b', '../x', 'x'.repeat(65)]) {
      const res = await get(id, token);
      expect(res.status, JSON.stringify(id)).toBe(404);
      expect(await res.json()).toEqual({ error: 'not_found', fields: { id: 'invalid_id' } });
    }
  });

  it('GET returns the counts per status of its own notifications only', async () => {
    const { id } = await (await post({ token })).json();
    const res = await get(id, token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id,
      title: 'Water cut',
      recipients: { recipients: 1, read: 0, acknowledged: 0 },
      deliveries: { pending: 1, sending: 0, sent: 0, failed: 0, gone: 0, expired: 0, cancelled: 0, total: 1 },
    });
    const stranger = await createApiToken(admin, { name: 'Someone else' });
    expect((await get(id, stranger.token)).status).toBe(404);
    expect((await get('missing', token)).status).toBe(404);
  });

  it('a token is revoked for good when its creator is demoted or deleted: promotion does not revive it', async () => {
    await insertUsers(database().sql, [
      { id: 'mayor', role: 'admin' },
      { id: 'clerk', role: 'admin' },
    ]);
    const mayors = await createApiToken(adminPrincipal({ id: 'mayor' }), { name: 'Mayor script' });
    const clerks = await createApiToken(adminPrincipal({ id: 'clerk' }), { name: 'Clerk script' });
    expect((await post({ token: mayors.token })).status).toBe(201);
    expect((await post({ token: clerks.token })).status).toBe(201);
    await setPersonRole(admin, { userId: 'mayor', role: 'citizen' });
    await deletePerson(admin, { userId: 'clerk' });
    for (const t of [mayors.token, clerks.token]) {
      expect(await (await post({ token: t })).json()).toEqual({ error: 'invalid_token' });
      expect((await get('anything', t)).status).toBe(401);
    }
    await setPersonRole(admin, { userId: 'mayor', role: 'admin' });
    expect((await post({ token: mayors.token })).status).toBe(401); // promoted again: the token stays dead
    const listed = await listApiTokens(admin);
    const revokedAt = (id: string) => listed.find((k) => k.id === id)?.revokedAt;
    expect(revokedAt(mayors.id)).toBeInstanceOf(Date);
    expect(revokedAt(clerks.id)).toBeInstanceOf(Date);
    const entries = await database().prisma.auditEntry.findMany({
      where: { action: 'token.revoke', targetId: { in: [mayors.id, clerks.id] } },
      select: { targetId: true, actorUserId: true },
    });
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.actorUserId === 'adm')).toBe(true);
  });

  it('a token whose creator lost the admin role some other way is refused at request time too', async () => {
    await insertUsers(database().sql, [{ id: 'deputy', role: 'admin' }]);
    const deputys = await createApiToken(adminPrincipal({ id: 'deputy' }), { name: 'Deputy script' });
    // Not through setPersonRole (an operator's SQL, say): the request-time role check is the second line.
    await database().prisma.user.update({ where: { id: 'deputy' }, data: { role: 'citizen' } });
    expect((await post({ token: deputys.token })).status).toBe(401);
  });

  it('limits requests per token: RateLimit-Policy and RateLimit on answers, 429 with Retry-After', async () => {
    const own = await createApiToken(admin, { name: 'Busy system' });
    const first = await get('missing', own.token);
    expect(first.headers.get('ratelimit-policy')).toBe('"api-token";q=120;w=60');
    expect(first.headers.get('ratelimit')).toMatch(/^"api-token";r=119;t=(60|59)$/);
    for (let i = 1; i < 120; i++) await get('missing', own.token);
    const refused = await get('missing', own.token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit')).toMatch(/^"api-token";r=0;t=\d+$/);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
    expect((await get('missing', token)).status).toBe(404); // another token has its own budget
  });
});
