import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '../../test/delivery-fixtures';
import { adminPrincipal } from '../../test/principals';
import { onWake } from '../push/dispatcher/wake';
import { notificationInputSchema, type Audience, type NotificationInputDraft } from '../validation/notification';
import { createNotification } from './create-notification';
import { NotificationInputError } from './notification-input-error';
import { countAudience, resolveAudience } from './resolve-audience';

const admin = adminPrincipal();

const input = (draft: Partial<NotificationInputDraft>) =>
  notificationInputSchema.parse({
    title: 'Roadworks',
    body: 'Rue de la Paix closed',
    audience: { kind: 'everyone' },
    ...draft,
  });

// 2026-01-15 02:00 in Paris (UTC+1): inside a 22:00 → 07:00 window, outside a 12:00 → 14:00 one.
const NIGHT_IN_PARIS = new Date('2026-01-15T01:00:00Z');

describeEachDatabase('createNotification', (kind) => {
  const database = useTestDatabase(kind);
  const deliveries = (id: string) =>
    database().sql.query<{ userId: string; subscriptionId: string; status: string; dueAt: Date }>(
      `SELECT "userId", "subscriptionId", status, "dueAt" FROM "Delivery"
        WHERE "notificationId" = $1 ORDER BY "subscriptionId"`,
      [id],
    );

  beforeAll(async () => {
    const sql = database().sql;
    await insertTopics(sql, ['roadworks', 'waste', 'old']);
    await sql.query(`UPDATE "Topic" SET "archivedAt" = now() WHERE slug = 'old'`);
    await insertUsers(sql, [
      {
        id: 'ana',
        email: 'ana@test.crieur',
        topics: ['roadworks'],
        endpoints: ['https://push.test/ana-1', 'https://push.test/ana-2'],
      },
      { id: 'bob', topics: ['waste'], endpoints: ['https://push.test/bob-1'], quietStart: 22 * 60, quietEnd: 7 * 60 },
      {
        id: 'cid',
        topics: ['roadworks', 'waste'],
        timeZone: 'America/New_York',
        quietStart: 12 * 60,
        quietEnd: 14 * 60,
      },
      { id: 'dee', role: 'admin', endpoints: ['https://push.test/dee-1'] },
    ]);
  });

  it('writes the notification, one inbox row per user and one delivery per device, in one go', async () => {
    const r = await createNotification(
      input({ audience: { kind: 'users', users: ['ANA@test.crieur', 'bob', 'nobody@x.org'] } }),
      { source: 'ui' },
    );
    expect(r).toMatchObject({ recipients: 2, deliveries: 3, created: true, unknownUsers: ['nobody@x.org'] });
    const rows = await deliveries(r.id);
    expect(rows.map((d) => d.subscriptionId)).toEqual(['ana-d0', 'ana-d1', 'bob-d0']);
    expect(new Set(rows.map((d) => d.status))).toEqual(new Set(['pending']));
    const [n] = await database().sql.query<{ source: string; expiresIn: number }>(
      `SELECT source, extract(epoch FROM "expiresAt" - "createdAt")::int AS "expiresIn"
        FROM "Notification" WHERE id = $1`,
      [r.id],
    );
    expect(n).toEqual({ source: 'ui', expiresIn: 24 * 3600 });
  });

  it('targets a role, everyone, or the followers of a topic', async () => {
    expect(await resolveAudience(admin, { audience: { kind: 'role', role: 'admin' } })).toEqual(['dee']);
    expect(await resolveAudience(admin, { audience: { kind: 'everyone' } })).toEqual(['ana', 'bob', 'cid', 'dee']);
    expect(await resolveAudience(admin, { audience: { kind: 'topic', topic: 'roadworks' } })).toEqual(['ana', 'cid']);
    expect(await countAudience(admin, { audience: { kind: 'topic', topic: 'roadworks' } })).toEqual({
      recipients: 2,
      devices: 2,
    });
    const r = await createNotification(input({ audience: { kind: 'topic', topic: 'roadworks' } }), { source: 'api' });
    expect(r).toMatchObject({ recipients: 2, deliveries: 2 });
    const [n] = await database().sql.query<{ topicId: string }>(`SELECT "topicId" FROM "Notification" WHERE id = $1`, [
      r.id,
    ]);
    expect(n.topicId).toBe('t-roadworks');
  });

  // One model: the audience alone decides who receives it; the topic is the message's label. It used to narrow the
  // audience too (Everyone labelled "waste" reached 2 of 4), which the composer's count did not say.
  it('the composer’s count is what the send delivers, for every audience kind, with or without a topic', async () => {
    const audiences: Audience[] = [
      { kind: 'everyone' },
      { kind: 'role', role: 'citizen' },
      { kind: 'role', role: 'admin' },
      { kind: 'topic', topic: 'roadworks' },
      { kind: 'topic', topic: 'waste' },
      { kind: 'users', users: ['ana', 'bob'] },
    ];
    for (const audience of audiences) {
      for (const topic of [undefined, 'waste']) {
        const counted = await countAudience(admin, { audience });
        const sent = await createNotification(input({ audience, topic }), { source: 'ui' });
        expect({ audience, topic, recipients: sent.recipients, devices: sent.deliveries }).toEqual({
          audience,
          topic,
          ...counted,
        });
      }
    }
    expect(await countAudience(admin, { audience: { kind: 'everyone' } })).toEqual({ recipients: 4, devices: 4 });
    const labelled = await createNotification(input({ audience: { kind: 'everyone' }, topic: 'waste' }), {
      source: 'api',
    });
    expect(labelled).toMatchObject({ recipients: 4, deliveries: 4 });
    const [n] = await database().sql.query<{ topicId: string }>(`SELECT "topicId" FROM "Notification" WHERE id = $1`, [
      labelled.id,
    ]);
    expect(n.topicId).toBe('t-waste');
  });

  it('above the composer’s threshold, sends only with the confirmed count, and keeps nothing otherwise', async () => {
    const count = () => database().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification"`);
    const before = await count();
    const everyone = input({ audience: { kind: 'everyone' } });
    const refused = { code: 'confirmation_required', recipients: 4 };
    const ui = (recipients?: number) => ({ source: 'ui' as const, confirm: { above: 3, recipients } });
    await expect(createNotification(everyone, ui())).rejects.toMatchObject(refused);
    await expect(createNotification(everyone, ui(3))).rejects.toMatchObject(refused);
    expect(await count()).toEqual(before);
    expect(await createNotification(everyone, ui(4))).toMatchObject({ recipients: 4, created: true });
    // At or under the threshold no confirmation is needed; the HTTP API (no `confirm`) is not concerned.
    expect(await createNotification(input({ audience: { kind: 'role', role: 'citizen' } }), ui())).toMatchObject({
      recipients: 3,
    });
    expect(await createNotification(everyone, { source: 'api' })).toMatchObject({ recipients: 4 });
  });

  it('refuses an unknown or archived topic, naming the field, and writes nothing', async () => {
    const before = await database().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification"`);
    await expect(createNotification(input({ topic: 'nope' }), { source: 'ui' })).rejects.toMatchObject({
      field: 'topic',
      reason: 'unknown_topic',
    });
    await expect(
      createNotification(input({ audience: { kind: 'topic', topic: 'old' } }), { source: 'ui' }),
    ).rejects.toBeInstanceOf(NotificationInputError);
    expect(await database().sql.query(`SELECT count(*)::int AS n FROM "Notification"`)).toEqual(before);
  });

  it('holds a delivery until the end of the recipient’s quiet hours, unless critical', async () => {
    const audience = { kind: 'users' as const, users: ['ana', 'bob', 'cid'] };
    const quiet = await createNotification(input({ audience }), { source: 'ui', now: NIGHT_IN_PARIS });
    const byUser = Object.fromEntries((await deliveries(quiet.id)).map((d) => [d.userId, d.dueAt.toISOString()]));
    expect(byUser).toEqual({ ana: NIGHT_IN_PARIS.toISOString(), bob: '2026-01-15T06:00:00.000Z' });
    const critical = await createNotification(input({ audience, critical: true }), {
      source: 'ui',
      now: NIGHT_IN_PARIS,
    });
    expect(new Set((await deliveries(critical.id)).map((d) => d.dueAt.toISOString()))).toEqual(
      new Set([NIGHT_IN_PARIS.toISOString()]),
    );
  });

  it('makes a scheduled notification due at its time, expiring 24 h later', async () => {
    const at = new Date(Date.now() + 3600_000);
    const r = await createNotification(
      input({ scheduledAt: at.toISOString(), audience: { kind: 'users', users: ['ana'] } }),
      { source: 'ui' },
    );
    expect((await deliveries(r.id)).map((d) => d.dueAt.toISOString())).toEqual([at.toISOString(), at.toISOString()]);
    const [n] = await database().sql.query<{ left: number }>(
      `SELECT extract(epoch FROM "expiresAt" - "scheduledAt")::int AS left FROM "Notification" WHERE id = $1`,
      [r.id],
    );
    expect(n.left).toBe(24 * 3600);
  });

  it('returns the first notification for a repeated idempotency key, per API token and per admin', async () => {
    const sql = database().sql;
    await sql.query(
      `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix)
        VALUES ('tok1', 'a', 'h1', 'p'), ('tok2', 'b', 'h2', 'p')`,
    );
    const body = input({ audience: { kind: 'users', users: ['ana'] } });
    const [a, b] = await Promise.all([
      createNotification(body, { source: 'api', apiTokenId: 'tok1', idempotencyKey: 'k-1' }),
      createNotification(body, { source: 'api', apiTokenId: 'tok1', idempotencyKey: 'k-1' }),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(b).toMatchObject({ recipients: 1, deliveries: 2 });
    const other = await createNotification(body, { source: 'api', apiTokenId: 'tok2', idempotencyKey: 'k-1' });
    expect(other.id).not.toBe(a.id);
    const ui1 = await createNotification(body, { source: 'ui', createdById: 'dee', idempotencyKey: 'form-1' });
    const ui2 = await createNotification(body, { source: 'ui', createdById: 'dee', idempotencyKey: 'form-1' });
    expect(ui2).toMatchObject({ id: ui1.id, created: false });
    const [{ n }] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Notification" WHERE "idempotencyKey" IN ('k-1', 'form-1')`,
    );
    expect(n).toBe(3);
  });

  it('wakes the dispatcher when deliveries were written', async () => {
    let woken = 0;
    const off = onWake(() => woken++);
    try {
      await createNotification(input({ audience: { kind: 'users', users: ['ana'] } }), { source: 'ui' });
      expect(woken).toBe(1);
      await createNotification(input({ audience: { kind: 'users', users: ['cid'] } }), { source: 'ui' }); // no device
      expect(woken).toBe(1);
    } finally {
      off();
    }
  });
});
