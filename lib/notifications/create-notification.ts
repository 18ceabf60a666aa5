import 'server-only';
import { getDatabase } from '../db/client';
import { newId } from '../db/new-id';
import type { SqlSession } from '../db/sql-client';
import { utcParam } from '../db/sql-time';
import { WAKE_CHANNEL, wakeDispatcher } from '../push/dispatcher/wake';
import { resolveExpiresAt, type NotificationInput } from '../validation/notification';
import { quietHoursDueAt } from './quiet-hours';
import { buildUserFilter, findUnknownUsers, topicId } from './resolve-audience';

export type CreateNotificationContext = {
  source: 'ui' | 'api';
  createdById?: string;
  apiTokenId?: string;
  /** Same key from the same API token (or the same admin in the UI) → the notification created the first time. */
  idempotencyKey?: string;
  now?: Date;
};

export type CreateNotificationResult = {
  id: string;
  recipients: number;
  deliveries: number;
  /** false when the idempotency key matched an earlier notification (nothing new was created). */
  created: boolean;
  /** Entries of a `users` audience that match no account. */
  unknownUsers: string[];
};

/**
 * The transactional outbox: the notification, one inbox row per recipient and one Delivery per device, committed
 * together (all or nothing), then the dispatcher is woken. Fan-out is INSERT … SELECT so 100 000 devices cost a
 * few statements, not 100 000 round trips.
 */
export async function createNotification(input: NotificationInput, ctx: CreateNotificationContext): Promise<CreateNotificationResult> {
  const sql = getDatabase().sql;
  const result = await sql.transaction(async (s) => {
    if (ctx.idempotencyKey) {
      // The unique (apiTokenId, idempotencyKey) index does not cover the UI (apiTokenId NULL) and a retry must not
      // fail on it either: serialise holders of one key, then look for the first one's notification.
      await s.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`notification:${ctx.apiTokenId ?? ''}:${ctx.createdById ?? ''}:${ctx.idempotencyKey}`]);
      const existing = await findByIdempotencyKey(s, ctx);
      if (existing) return { ...existing, created: false, unknownUsers: [] };
    }
    return insertNotification(s, input, ctx);
  });
  if (result.created && result.deliveries > 0) wakeDispatcher();
  return result;
}

async function insertNotification(s: SqlSession, input: NotificationInput, ctx: CreateNotificationContext): Promise<CreateNotificationResult> {
  const now = ctx.now ?? new Date();
  const id = newId();
  const dueBase = input.scheduledAt && input.scheduledAt > now ? input.scheduledAt : now;
  const topicSlug = input.topic ?? (input.audience.kind === 'topic' ? input.audience.topic : undefined);
  const notificationTopicId = topicSlug ? await topicId(s, topicSlug, input.topic ? 'topic' : 'audience.topic') : null;

  await s.query(
    `INSERT INTO "Notification" (id, title, body, url, icon, image, actions, tag, "topicId", urgency, critical, audience,
       "expiresAt", "scheduledAt", source, "createdById", "apiTokenId", "idempotencyKey", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::"Urgency", $11, $12::jsonb, ${utcParam('$13')},
       ${utcParam('$14')}, $15::"NotificationSource", $16, $17, $18, ${utcParam('$19')})`,
    [id, input.title, input.body, input.url ?? null, input.icon ?? null, input.image ?? null, JSON.stringify(input.actions),
      input.tag ?? null, notificationTopicId, input.urgency, input.critical, JSON.stringify(input.audience),
      resolveExpiresAt(input, now), input.scheduledAt ?? null, ctx.source, ctx.createdById ?? null, ctx.apiTokenId ?? null,
      ctx.idempotencyKey ?? null, now],
  );

  const filter = await buildUserFilter(s, { audience: input.audience, topic: input.topic }, 3);
  const [{ n: recipients }] = await s.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO "NotificationRecipient" ("notificationId", "userId", "createdAt")
       SELECT $1, u.id, ${utcParam('$2')} FROM "User" u WHERE ${filter.where}
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [id, now, ...filter.params],
  );

  const deliveries = recipients ? await insertDeliveries(s, id, dueBase, now, input.critical) : 0;
  // Delivered to LISTENing worker processes when this transaction commits, never before.
  if (deliveries && getDatabase().sql.kind === 'postgres') await s.query(`SELECT pg_notify($1, '')`, [WAKE_CHANNEL]);
  return { id, recipients, deliveries, created: true, unknownUsers: await findUnknownUsers(s, input.audience) };
}

const QUIET_JOIN = `JOIN "User" u ON u.id = r."userId"
  LEFT JOIN unnest($4::text[], $5::int[], $6::int[], $7::timestamptz[]) AS q(tz, qs, qe, due)
    ON q.tz = u."timeZone" AND q.qs = u."quietStart" AND q.qe = u."quietEnd"`;

/** One Delivery per device of every recipient; quiet hours (unless critical) move dueAt to the window's end. */
async function insertDeliveries(s: SqlSession, id: string, dueBase: Date, now: Date, critical: boolean): Promise<number> {
  // Users share few (zone, start, end) combinations: compute each one's due time once, in TS (quiet-hours.ts is the
  // single, unit-tested rule), and join the answers back in SQL.
  const windows = critical
    ? []
    : await s.query<{ timeZone: string; quietStart: number; quietEnd: number }>(
        `SELECT DISTINCT u."timeZone", u."quietStart", u."quietEnd"
           FROM "NotificationRecipient" r JOIN "User" u ON u.id = r."userId"
          WHERE r."notificationId" = $1 AND u."quietStart" IS NOT NULL AND u."quietEnd" IS NOT NULL AND u."quietStart" <> u."quietEnd"`,
        [id],
      );
  const quiet = windows
    .map((w) => ({ ...w, due: quietHoursDueAt(dueBase, w) }))
    .filter((w) => w.due.getTime() !== dueBase.getTime());
  const base = utcParam('$2');
  const [{ n }] = await s.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO "Delivery" ("notificationId", "subscriptionId", "userId", "deviceName", "dueAt", "createdAt")
       SELECT $1, sub.id, sub."userId", sub.name, ${quiet.length ? `coalesce(q.due AT TIME ZONE 'UTC', ${base})` : base}, ${utcParam('$3')}
         FROM "NotificationRecipient" r
         JOIN "PushSubscription" sub ON sub."userId" = r."userId"
         ${quiet.length ? QUIET_JOIN : ''}
        WHERE r."notificationId" = $1
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [id, dueBase, now, ...(quiet.length
      ? [quiet.map((q) => q.timeZone), quiet.map((q) => q.quietStart), quiet.map((q) => q.quietEnd), quiet.map((q) => q.due)]
      : [])],
  );
  return n;
}

async function findByIdempotencyKey(s: SqlSession, ctx: CreateNotificationContext) {
  const rows = await s.query<{ id: string; recipients: number; deliveries: number }>(
    `SELECT n.id,
            (SELECT count(*)::int FROM "NotificationRecipient" r WHERE r."notificationId" = n.id) AS recipients,
            (SELECT count(*)::int FROM "Delivery" d WHERE d."notificationId" = n.id) AS deliveries
       FROM "Notification" n
      WHERE n."idempotencyKey" = $1
        AND n."apiTokenId" IS NOT DISTINCT FROM $2
        AND (n."apiTokenId" IS NOT NULL OR n."createdById" IS NOT DISTINCT FROM $3)
      LIMIT 1`,
    [ctx.idempotencyKey, ctx.apiTokenId ?? null, ctx.createdById ?? null],
  );
  return rows[0];
}
