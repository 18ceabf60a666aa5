import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { GET } from './[id]/route';
import { POST } from './route';

const BASE = 'http://localhost:3000/api/v1/notifications';
const body = { title: 'Water cut', body: 'Tomorrow 9:00–12:00', audience: { kind: 'users', users: ['ana@test.crieur'] } };

function post(opts: { token?: string; json?: unknown; raw?: string; key?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
  return POST(new Request(BASE, { method: 'POST', headers, body: opts.raw ?? JSON.stringify(opts.json ?? body) }));
}
const get = (id: string, token?: string) =>
  GET(new Request(`${BASE}/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }), { params: Promise.resolve({ id }) });

describeEachDatabase('notifications API for other systems', (kind) => {
  const database = useTestDatabase(kind);
  let token: string;
  let tokenId: string;

  beforeAll(async () => {
    await insertTopics(database().sql, ['roadworks']);
    await insertUsers(database().sql, [{ id: 'ana', email: 'ana@test.crieur', endpoints: ['https://push.test/ana'] }]);
    ({ token, id: tokenId } = await createApiToken({ name: 'Town ERP' }));
  });

  it('refuses a missing, wrong or revoked token with 401', async () => {
    const missing = await post({});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post({ token: 'crieur_wrong' })).status).toBe(401);
    expect(await (await post({ token: `${token}x` })).json()).toEqual({ error: 'invalid_token' });
    const other = await createApiToken({ name: 'Old system' });
    expect((await post({ token: other.token })).status).toBe(201);
    expect(await revokeApiToken({ id: other.id })).toBe(true);
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

  it('GET returns the counts per status of its own notifications only', async () => {
    const { id } = await (await post({ token })).json();
    const res = await get(id, token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id, title: 'Water cut', recipients: { recipients: 1, read: 0, acknowledged: 0 },
      deliveries: { pending: 1, sending: 0, sent: 0, failed: 0, gone: 0, expired: 0, cancelled: 0, total: 1 },
    });
    const stranger = await createApiToken({ name: 'Someone else' });
    expect((await get(id, stranger.token)).status).toBe(404);
    expect((await get('missing', token)).status).toBe(404);
  });
});
