import 'server-only';
import { sql } from 'kysely';
import { kysely } from '../../db/client';
import type { OutgoingNotification } from '../notification-to-cap';

// Which notifications the portal publishes as public CAP alerts: critical ones addressed to the public (everyone, or
// the followers of a topic — anyone may follow one), once they are out (schedule passed) and while not cancelled.
// A critical message to named people or to a role is never published: it may say something about them.
const publicAlerts = (now: Date) => {
  const sentAt = sql<Date>`coalesce(n."scheduledAt", n."createdAt")`;
  return kysely()
    .selectFrom('Notification as n')
    .leftJoin('Topic as t', 't.id', 'n.topicId')
    .select(['n.id', 'n.lang', 'n.title', 'n.body', 'n.url', 'n.translations', 'n.urgency', 'n.expiresAt'])
    .select('t.name as topicName')
    .select(sentAt.as('sentAt'))
    .where('n.critical', '=', true)
    .where('n.cancelledAt', 'is', null)
    .where(sql<string>`n.audience->>'kind'`, 'in', ['everyone', 'topic'])
    .where(sentAt, '<=', now)
    .orderBy(sentAt, 'desc');
};

type Row = Awaited<ReturnType<ReturnType<typeof publicAlerts>['execute']>>[number];

const toOutgoing = (r: Row): OutgoingNotification => ({
  id: r.id,
  sentAt: r.sentAt,
  expiresAt: r.expiresAt,
  critical: true,
  urgency: r.urgency,
  ...(r.topicName ? { event: r.topicName } : {}),
  category: 'Safety',
  lang: r.lang,
  title: r.title,
  body: r.body,
  url: r.url,
  translations: r.translations,
});

/** The current public alerts (published, not expired), newest first: the Atom feed's entries. */
export async function listPublicAlerts(opts: { now?: Date; limit?: number } = {}): Promise<OutgoingNotification[]> {
  const now = opts.now ?? new Date();
  const rows = await publicAlerts(now)
    .where('n.expiresAt', '>', now)
    .limit(opts.limit ?? 100)
    .execute();
  return rows.map(toOutgoing);
}

/** One public alert by id, expired ones included (a CAP message stays addressable); null for anything else. */
export async function getPublicAlert(id: string, opts: { now?: Date } = {}): Promise<OutgoingNotification | null> {
  const row = await publicAlerts(opts.now ?? new Date())
    .where('n.id', '=', id)
    .executeTakeFirst();
  return row ? toOutgoing(row) : null;
}
