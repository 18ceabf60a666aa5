import 'server-only';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { notificationCreatedEntry } from '../audit/notification-audit-entries';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { sql } from 'kysely';
import { getDatabase } from '../db/client';
import { newId } from '../db/new-id';
import type { QueryBuilder } from '../db/sql-client';
import { anyText, COUNT_ALL, unnestAs } from '../db/sql-expressions';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { refreshQueueStatistics } from '../push/dispatcher/refresh-queue-statistics';
import { WAKE_CHANNEL, wakeDispatcher } from '../push/dispatcher/wake';
import { resolveExpiresAt, type NotificationInput } from '../validation/notification';
import { getEnv } from '../env';
import { ConfirmationRequiredError, IdempotencyKeyReusedError } from './notification-input-error';
import { languagesOf } from '../push/notification-variant';
import { quietHoursDueAt } from './quiet-hours';
import { buildUserFilter, findUnknownUsers, topicId } from './resolve-audience';

export type CreateNotificationContext = {
  source: 'ui' | 'api';
  createdById?: string;
  apiTokenId?: string;
  /**
   * Same key from the same API token (or the same admin in the UI) with the same request → the notification created
   * the first time; with another request → IdempotencyKeyReusedError (422), as Stripe does.
   */
  idempotencyKey?: string;
  /**
   * 'message': the key names the message itself, not one caller's request (a CAP alert's sender and identifier are
   * unique world-wide, §3.2.1), so it is one notification whichever token or feed brings it, even at the same moment.
   */
  keyScope?: 'caller' | 'message';
  /**
   * The composer's guard against a slip: above `above` recipients, the send happens only when `recipients` is the
   * number the person confirmed. Checked on the very rows being inserted, so a count that changed in between refuses.
   */
  confirm?: { above: number; recipients?: number };
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
export async function createNotification(
  input: NotificationInput,
  ctx: CreateNotificationContext,
): Promise<CreateNotificationResult> {
  const result = await getDatabase()
    .sql.kysely.transaction()
    .execute(async (trx) => {
      if (ctx.idempotencyKey) {
        // The unique (apiTokenId, idempotencyKey) index does not cover the UI (apiTokenId NULL) and a retry must not
        // fail on it either: serialise holders of one key, then look for the first one's notification.
        const caller = ctx.keyScope === 'message' ? '*:*' : `${ctx.apiTokenId ?? ''}:${ctx.createdById ?? ''}`;
        const lock = `notification:${caller}:${ctx.idempotencyKey}`;
        await sql`SELECT pg_advisory_xact_lock(hashtext(${lock}))`.execute(trx);
        const existing = await findByIdempotencyKey(trx, ctx);
        // Rows from before requestHash existed have none: they can only be replayed. A message-scoped key is the
        // message: the same one read again maps to a request that differs (an expiry counted from now), not a reuse.
        const reused = existing?.requestHash && existing.requestHash !== requestHash(input);
        if (reused && ctx.keyScope !== 'message') throw new IdempotencyKeyReusedError();
        if (existing) {
          const { id, recipients, deliveries } = existing;
          return { id, recipients: recipients ?? 0, deliveries: deliveries ?? 0, created: false, unknownUsers: [] };
        }
      }
      return insertNotification(trx, input, ctx);
    });
  if (result.created) await refreshQueueStatistics(getDatabase().sql, result.deliveries);
  if (result.created && result.deliveries > 0) wakeDispatcher();
  return result;
}

/**
 * The composer's send: recorded as this administrator's (source `ui`), the author taken from the checked principal.
 * Above COMPOSE_CONFIRM_THRESHOLD recipients it needs the confirmed count (machines on the HTTP API do not).
 */
export async function createNotificationAsAdmin(
  admin: AdminPrincipal,
  input: NotificationInput,
  opts: { idempotencyKey?: string; confirmedRecipients?: number } = {},
): Promise<CreateNotificationResult> {
  assertAdmin(admin);
  const confirm = { above: getEnv().COMPOSE_CONFIRM_THRESHOLD, recipients: opts.confirmedRecipients };
  const { idempotencyKey } = opts;
  return createNotification(input, { source: 'ui', createdById: admin.id, idempotencyKey, confirm });
}

async function insertNotification(
  trx: QueryBuilder,
  input: NotificationInput,
  ctx: CreateNotificationContext,
): Promise<CreateNotificationResult> {
  const now = ctx.now ?? new Date();
  const id = newId();
  const dueBase = input.scheduledAt && input.scheduledAt > now ? input.scheduledAt : now;
  const topicSlug = input.topic ?? (input.audience.kind === 'topic' ? input.audience.topic : undefined);
  const topicField = input.topic ? 'topic' : 'audience.topic';
  const notificationTopicId = topicSlug ? await topicId(trx, topicSlug, topicField) : null;
  const lang = input.lang ?? DEFAULT_LOCALE;
  // Each person's variant, chosen once here (notification-variant.ts chooseLanguage, in SQL): their saved language
  // when the notification is written in it, else the notification's own.
  const languages = languagesOf({ lang, translations: input.translations });
  const chosenLang = sql<string>`CASE WHEN u.locale = ${anyText(languages)} THEN u.locale ELSE ${lang} END`;

  await trx
    .insertInto('Notification')
    .values({
      id,
      title: input.title,
      body: input.body,
      url: input.url ?? null,
      icon: input.icon ?? null,
      image: input.image ?? null,
      actions: JSON.stringify(input.actions),
      lang,
      translations: input.translations ? JSON.stringify(input.translations) : null,
      tag: input.tag ?? null,
      topicId: notificationTopicId,
      urgency: input.urgency,
      critical: input.critical,
      audience: JSON.stringify(input.audience),
      expiresAt: resolveExpiresAt(input, now),
      scheduledAt: input.scheduledAt ?? null,
      source: ctx.source,
      createdById: ctx.createdById ?? null,
      apiTokenId: ctx.apiTokenId ?? null,
      idempotencyKey: ctx.idempotencyKey ?? null,
      requestHash: ctx.idempotencyKey ? requestHash(input) : null,
      createdAt: now,
    })
    .execute();

  const filter = await buildUserFilter(trx, { audience: input.audience });
  const inserted = await trx
    .insertInto('NotificationRecipient')
    .columns(['notificationId', 'userId', 'lang', 'createdAt'])
    .expression((eb) =>
      eb
        .selectFrom('User as u')
        .select([sql<string>`${id}`.as('notificationId'), 'u.id', chosenLang.as('lang')])
        .select(sql<Date>`${now}::timestamptz`.as('createdAt'))
        .where(filter),
    )
    .executeTakeFirst();
  const recipients = Number(inserted.numInsertedOrUpdatedRows ?? 0);
  const { confirm } = ctx;
  // Thrown inside the transaction: nothing of this notification is kept.
  if (confirm && recipients > confirm.above && confirm.recipients !== recipients) {
    throw new ConfirmationRequiredError(recipients);
  }

  const deliveries = recipients ? await insertDeliveries(trx, id, dueBase, now, input.critical) : 0;
  // Delivered to LISTENing worker processes when this transaction commits, never before.
  if (deliveries && getDatabase().sql.kind === 'postgres') {
    await sql`SELECT pg_notify(${WAKE_CHANNEL}, '')`.execute(trx);
  }
  await recordAuditEntry(trx, notificationCreatedEntry(id, input, ctx, { recipients, deliveries }));
  return { id, recipients, deliveries, created: true, unknownUsers: await findUnknownUsers(trx, input.audience) };
}

/** One Delivery per device of every recipient; quiet hours (unless critical) move dueAt to the window's end. */
async function insertDeliveries(
  trx: QueryBuilder,
  id: string,
  dueBase: Date,
  now: Date,
  critical: boolean,
): Promise<number> {
  // Users share few (zone, start, end) combinations: compute each one's due time once, in TS (quiet-hours.ts is the
  // single, unit-tested rule), and join the answers back in SQL.
  const windows = critical
    ? []
    : await trx
        .selectFrom('NotificationRecipient as r')
        .innerJoin('User as u', 'u.id', 'r.userId')
        .select(['u.timeZone', 'u.quietStart', 'u.quietEnd'])
        .distinct()
        .where('r.notificationId', '=', id)
        .where('u.quietStart', 'is not', null)
        .where('u.quietEnd', 'is not', null)
        .whereRef('u.quietStart', '<>', 'u.quietEnd')
        .execute();
  const quiet = windows
    .map((w) => ({ ...w, due: quietHoursDueAt(dueBase, { ...w, quietStart: w.quietStart!, quietEnd: w.quietEnd! }) }))
    .filter((w) => w.due.getTime() !== dueBase.getTime());
  const q = unnestAs(
    'q',
    {
      tz: quiet.map((w) => w.timeZone),
      qs: quiet.map((w) => w.quietStart),
      qe: quiet.map((w) => w.quietEnd),
      due: quiet.map((w) => w.due),
    },
    { tz: 'text', qs: 'int', qe: 'int', due: 'timestamptz' },
  );
  const base = sql<Date>`${dueBase}::timestamptz`;
  const inserted = await trx
    .insertInto('Delivery')
    .columns(['notificationId', 'subscriptionId', 'userId', 'deviceName', 'lang', 'dueAt', 'createdAt'])
    .expression((eb) =>
      eb
        .selectFrom('NotificationRecipient as r')
        .innerJoin('PushSubscription as sub', 'sub.userId', 'r.userId')
        // Only when some window moves a time: the join costs a lookup per device.
        .$if(quiet.length > 0, (qb) =>
          qb
            .innerJoin('User as u', 'u.id', 'r.userId')
            .leftJoin(q, (join) =>
              join.onRef('q.tz', '=', 'u.timeZone').onRef('q.qs', '=', 'u.quietStart').onRef('q.qe', '=', 'u.quietEnd'),
            ),
        )
        .select([sql<string>`${id}`.as('notificationId'), 'sub.id', 'sub.userId', 'sub.name', 'r.lang'])
        .select([(quiet.length ? sql<Date>`coalesce(q.due, ${base})` : base).as('dueAt')])
        .select(sql<Date>`${now}::timestamptz`.as('createdAt'))
        .where('r.notificationId', '=', id),
    )
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}

/**
 * sha256 of the validated request in RFC 8785 canonical JSON: key order, spacing and what the schema normalises
 * (trimmed text, defaults) do not make two requests differ; any value that changes what is sent does.
 */
export function requestHash(input: NotificationInput): string {
  return createHash('sha256')
    .update(canonicalize(input) ?? '')
    .digest('hex');
}

async function findByIdempotencyKey(trx: QueryBuilder, ctx: CreateNotificationContext) {
  return trx
    .selectFrom('Notification as n')
    .select(['n.id', 'n.requestHash'])
    .select((eb) => [
      eb
        .selectFrom('NotificationRecipient as r')
        .select(COUNT_ALL.as('n'))
        .whereRef('r.notificationId', '=', 'n.id')
        .as('recipients'),
      eb
        .selectFrom('Delivery as d')
        .select(COUNT_ALL.as('n'))
        .whereRef('d.notificationId', '=', 'n.id')
        .as('deliveries'),
    ])
    .where('n.idempotencyKey', '=', ctx.idempotencyKey ?? null)
    .$if(ctx.keyScope !== 'message', (q) =>
      q
        .where('n.apiTokenId', 'is not distinct from', ctx.apiTokenId ?? null)
        .where((eb) =>
          eb.or([
            eb('n.apiTokenId', 'is not', null),
            eb('n.createdById', 'is not distinct from', ctx.createdById ?? null),
          ]),
        ),
    )
    .orderBy('n.createdAt')
    .limit(1)
    .executeTakeFirst();
}
