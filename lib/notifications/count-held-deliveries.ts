import 'server-only';
import { sql } from 'kysely';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { COUNT_ALL } from '../db/sql-expressions';
import { explainHeldDelivery, summarizeHeldDeliveries, type HeldGroup } from './explain-delivery';

/**
 * Why a notification's deliveries wait, over all of them: the detail page's log shows a page of rows, and a summary
 * made from those rows counted only the holds among the first 500 deliveries. The rows are grouped in SQL by what
 * explainHeldDelivery decides on (attempted before, due by the schedule) and each group's earliest row is explained
 * by it, so that the rule stays in one place.
 */
export async function countHeldDeliveries(
  admin: AdminPrincipal,
  n: { id: string; scheduledAt: Date | null },
  opts: { now: Date; maxAttempts: number },
): Promise<HeldGroup[]> {
  assertAdmin(admin);
  const rows = await kysely()
    .selectFrom('Delivery')
    .select((eb) => [
      COUNT_ALL.as('count'),
      eb.fn.min('dueAt').as('dueAt'),
      sql<number>`(array_agg("attempts" ORDER BY "dueAt"))[1]`.as('attempts'),
    ])
    .where('notificationId', '=', n.id)
    .where('status', '=', 'pending')
    .where('dueAt', '>', opts.now)
    .groupBy([sql`"attempts" > 0`, sql`"dueAt" <= ${n.scheduledAt}::timestamptz`])
    .execute();
  return summarizeHeldDeliveries(
    rows.map((r) => ({
      count: r.count,
      reason: explainHeldDelivery({ status: 'pending', attempts: r.attempts, dueAt: new Date(r.dueAt) }, n, opts),
    })),
  );
}
