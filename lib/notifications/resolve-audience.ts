import 'server-only';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import type { QueryBuilder } from '../db/sql-client';
import { anyText, COUNT_ALL } from '../db/sql-expressions';
import type { DB } from '../generated/kysely/database';
import type { Audience } from '../validation/notification';
import { NotificationInputError } from './notification-input-error';

/** Who a notification is addressed to: the audience alone decides (the message's topic is only its label). */
export type AudienceTarget = { audience: Audience };

/** A condition on the users (alias u) of a query. */
export type UserFilter = (eb: ExpressionBuilder<DB & { u: DB['User'] }, 'u'>) => Expression<SqlBool>;

/**
 * Who a notification reaches, as a condition on "User" u: the audience and nothing else. The message's topic is
 * a label; it used to narrow the audience to that topic's followers as well, so "Everyone" labelled "Waste
 * collection" silently reached 1 person of 3. To reach a topic's followers, the audience says so (kind `topic`).
 * Both the composer's count and the send's fan-out build their WHERE here, so the count is what is sent.
 */
export async function buildUserFilter(db: QueryBuilder, target: AudienceTarget): Promise<UserFilter> {
  const a = target.audience;
  if (a.kind === 'users') {
    const emails = a.users.filter((u) => u.includes('@')).map((u) => u.toLowerCase());
    const ids = a.users.filter((u) => !u.includes('@'));
    return (eb) => eb.or([eb('u.id', '=', anyText(ids)), eb('u.email', '=', anyText(emails))]);
  }
  if (a.kind === 'role') {
    const { role } = a;
    return (eb) => eb('u.role', '=', role);
  }
  if (a.kind === 'topic') {
    const id = await topicId(db, a.topic, 'audience.topic');
    return (eb) =>
      eb.exists(
        eb
          .selectFrom('UserTopic as ut')
          .select(sql.lit(1).as('one'))
          .whereRef('ut.userId', '=', 'u.id')
          .where('ut.topicId', '=', id),
      );
  }
  return () => sql<SqlBool>`TRUE`;
}

/** The id of an active topic; an unknown or archived slug is the caller's mistake (422 on that field). */
export async function topicId(db: QueryBuilder, slug: string, field: string): Promise<string> {
  const topic = await db.selectFrom('Topic').select(['id', 'archivedAt']).where('slug', '=', slug).executeTakeFirst();
  if (!topic) throw new NotificationInputError(field, 'unknown_topic');
  if (topic.archivedAt) throw new NotificationInputError(field, 'topic_archived');
  return topic.id;
}

/** The ids of the users a notification would reach (small audiences, tests; fan-out itself stays in SQL). */
export async function resolveAudience(admin: AdminPrincipal, target: AudienceTarget): Promise<string[]> {
  assertAdmin(admin);
  const filter = await buildUserFilter(kysely(), target);
  const rows = await kysely().selectFrom('User as u').select('u.id').where(filter).orderBy('u.id').execute();
  return rows.map((r) => r.id);
}

/** The composer's live count: how many people and how many of their devices a notification would reach. */
export async function countAudience(
  admin: AdminPrincipal,
  target: AudienceTarget,
): Promise<{ recipients: number; devices: number }> {
  assertAdmin(admin);
  const filter = await buildUserFilter(kysely(), target);
  return kysely()
    .selectFrom('User as u')
    .select((eb) => [
      COUNT_ALL.as('recipients'),
      eb
        .cast<number>(
          eb.fn.coalesce(
            eb.fn.sum(
              eb.selectFrom('PushSubscription as s').select(COUNT_ALL.as('n')).whereRef('s.userId', '=', 'u.id'),
            ),
            eb.lit(0),
          ),
          'integer',
        )
        .as('devices'),
    ])
    .where(filter)
    .executeTakeFirstOrThrow();
}

/** Entries of a `users` audience that match no account (reported to API callers, never fatal). */
export async function findUnknownUsers(db: QueryBuilder, audience: Audience): Promise<string[]> {
  if (audience.kind !== 'users') return [];
  const rows = await db
    .selectFrom('User')
    .select(['id', 'email'])
    .where((eb) =>
      eb.or([
        eb('id', '=', anyText(audience.users)),
        eb('email', '=', anyText(audience.users.map((u) => u.toLowerCase()))),
      ]),
    )
    .execute();
  const known = new Set(rows.flatMap((r) => [r.id, r.email]));
  return audience.users.filter((u) => !known.has(u) && !known.has(u.toLowerCase()));
}
