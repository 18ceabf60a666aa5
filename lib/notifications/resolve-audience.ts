import 'server-only';
import { getDatabase } from '../db/client';
import type { SqlSession } from '../db/sql-client';
import type { Audience } from '../validation/notification';
import { NotificationInputError } from './notification-input-error';

export type AudienceTarget = { audience: Audience; topic?: string };

/** A SQL condition on `u` ("User") and its parameters, numbered from `$<first>`. */
export type UserFilter = { where: string; params: unknown[] };

/**
 * Who a notification reaches, as a WHERE clause over "User" u: the audience itself, narrowed to the followers of
 * the notification's topic when it has one (a citizen who unfollowed "roadworks" gets no roadworks news, even when
 * addressed by role or as everyone).
 */
export async function buildUserFilter(s: SqlSession, target: AudienceTarget, first = 1): Promise<UserFilter> {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${first + params.push(v) - 1}`;
  const conditions: string[] = [];
  const a = target.audience;
  if (a.kind === 'users') {
    const emails = a.users.filter((u) => u.includes('@')).map((u) => u.toLowerCase());
    const ids = a.users.filter((u) => !u.includes('@'));
    conditions.push(`(u.id = ANY(${p(ids)}::text[]) OR u.email = ANY(${p(emails)}::text[]))`);
  } else if (a.kind === 'role') {
    conditions.push(`u.role = ${p(a.role)}::"Role"`);
  } else if (a.kind === 'topic') {
    conditions.push(followsTopic(p(await topicId(s, a.topic, 'audience.topic'))));
  }
  if (target.topic) conditions.push(followsTopic(p(await topicId(s, target.topic, 'topic'))));
  return { where: conditions.length ? conditions.join(' AND ') : 'TRUE', params };
}

const followsTopic = (param: string) => `EXISTS (SELECT 1 FROM "UserTopic" ut WHERE ut."userId" = u.id AND ut."topicId" = ${param})`;

/** The id of an active topic; an unknown or archived slug is the caller's mistake (422 on that field). */
export async function topicId(s: SqlSession, slug: string, field: string): Promise<string> {
  const rows = await s.query<{ id: string; archived: boolean }>(`SELECT id, "archivedAt" IS NOT NULL AS archived FROM "Topic" WHERE slug = $1`, [slug]);
  if (!rows.length) throw new NotificationInputError(field, 'unknown_topic');
  if (rows[0].archived) throw new NotificationInputError(field, 'topic_archived');
  return rows[0].id;
}

/** The ids of the users a notification would reach (small audiences, tests; fan-out itself stays in SQL). */
export async function resolveAudience(target: AudienceTarget): Promise<string[]> {
  const sql = getDatabase().sql;
  const f = await buildUserFilter(sql, target);
  const rows = await sql.query<{ id: string }>(`SELECT u.id FROM "User" u WHERE ${f.where} ORDER BY u.id`, f.params);
  return rows.map((r) => r.id);
}

/** The composer's live count: how many people and how many of their devices a notification would reach. */
export async function countAudience(target: AudienceTarget): Promise<{ recipients: number; devices: number }> {
  const sql = getDatabase().sql;
  const f = await buildUserFilter(sql, target);
  const [row] = await sql.query<{ recipients: number; devices: number }>(
    `SELECT count(*)::int AS recipients,
            coalesce(sum((SELECT count(*) FROM "PushSubscription" s WHERE s."userId" = u.id)), 0)::int AS devices
       FROM "User" u WHERE ${f.where}`,
    f.params,
  );
  return row;
}

/** Entries of a `users` audience that match no account (reported to API callers, never fatal). */
export async function findUnknownUsers(s: SqlSession, audience: Audience): Promise<string[]> {
  if (audience.kind !== 'users') return [];
  const rows = await s.query<{ id: string; email: string }>(
    `SELECT id, email FROM "User" WHERE id = ANY($1::text[]) OR email = ANY($2::text[])`,
    [audience.users, audience.users.map((u) => u.toLowerCase())],
  );
  const known = new Set(rows.flatMap((r) => [r.id, r.email]));
  return audience.users.filter((u) => !known.has(u) && !known.has(u.toLowerCase()));
}
