// The dispatcher's per-batch statements after a large fan-out or retry. Statistics taken before it (here an outbox
// with no pending row) count its rows as almost none; a plan chosen from them that reads every pending row, or every
// recipient of the notification, on each batch makes the fan-out quadratic. The claim relies on
// refreshQueueStatistics; the unread counts on their LATERAL form, whatever the statistics.
import { beforeEach, describe, expect, it } from 'vitest';
import { postgresReachable } from '../../../test/databases';
import { insertManyUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { adminPrincipal } from '../../../test/principals';
import { createNotification } from '../../notifications/create-notification';
import { retryFailedDeliveries } from '../../notifications/retry-failed-deliveries';
import { notificationInputSchema } from '../../validation/notification';
import { claimQuery } from './delivery-store';
import { ANALYZE_AFTER_QUEUED } from './refresh-queue-statistics';
import { unreadCountsQuery } from './unread-counts';

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Subplan Name'?: string;
  Plans?: PlanNode[];
};

const pgUp = await postgresReachable();

(pgUp ? describe : describe.skip)('dispatcher plans after a large queueing [PostgreSQL]', () => {
  const database = useTestDatabase('postgres');
  const n = ANALYZE_AFTER_QUEUED;

  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
  });

  /** The plan of a statement as its nodes, from the node `from` names (a CTE) or the top. */
  async function planOf(query: { compile(): { sql: string; parameters: readonly unknown[] } }, from?: string) {
    const { sql: text, parameters } = query.compile();
    const [row] = await database().sql.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `EXPLAIN (FORMAT JSON) ${text}`,
      [...parameters],
    );
    const find = (node: PlanNode): PlanNode | undefined =>
      node['Subplan Name'] === from ? node : (node.Plans ?? []).map(find).find(Boolean);
    const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];
    const top = row['QUERY PLAN'][0].Plan;
    const start = from ? find(top) : top;
    if (!start) throw new Error(`no ${from} in the plan`);
    return flatten(start);
  }

  /** The node types of the claim's branch that picks due pending rows. */
  const freshBranch = async () =>
    (await planOf(claimQuery(database().sql, 500, 60_000), 'CTE fresh')).map((node) =>
      [node['Node Type'], node['Index Name']].filter(Boolean).join(' '),
    );

  /** What the planner believes about the outbox: the share of pending rows in its statistics. */
  async function pendingShareInStatistics(): Promise<number> {
    const rows = await database().sql.query<{ vals: string; freqs: number[] }>(
      `SELECT most_common_vals::text AS vals, most_common_freqs AS freqs FROM pg_stats
        WHERE schemaname = 'public' AND tablename = 'Delivery' AND attname = 'status'`,
    );
    if (!rows.length) return 0;
    const i = rows[0].vals.replace(/[{}]/g, '').split(',').indexOf('pending');
    return i < 0 ? 0 : rows[0].freqs[i];
  }

  const expectIndexWalk = (nodes: string[]) => {
    expect(nodes).toContain('Index Scan Delivery_status_dueAt_idx');
    expect(nodes).not.toContain('Sort');
    expect(nodes).not.toContain('Bitmap Heap Scan');
  };

  async function fanOut() {
    await insertManyUsers(database().sql, { users: n, devicesPerUser: 1, endpointBase: 'https://push.test/x' });
    await database().sql.exec('ANALYZE'); // the statistics of before: an outbox with nothing pending
    const input = notificationInputSchema.parse({ title: 'Fan-out', audience: { kind: 'everyone' } });
    return createNotification(input, { source: 'api' });
  }

  it(`a fan-out to ${n.toLocaleString('en')} devices leaves the claim walking the index, not sorting`, async () => {
    const created = await fanOut();
    expect(created.deliveries).toBe(n);
    expect(await pendingShareInStatistics()).toBeGreaterThan(0.9);
    expectIndexWalk(await freshBranch());
    // And the claimed rows are updated by primary key, not found by reading the whole outbox.
    const outbox = (await planOf(claimQuery(database().sql, 500, 60_000))).filter(
      (node) => node['Relation Name'] === 'Delivery',
    );
    expect(outbox.map((node) => node['Node Type'])).not.toContain('Seq Scan');
    expect(outbox.some((node) => node['Index Name'] === 'Delivery_pkey')).toBe(true);
  });

  it('so does putting as many failed deliveries back in the queue', async () => {
    await insertManyUsers(database().sql, { users: n + 1, devicesPerUser: 1, endpointBase: 'https://push.test/x' });
    await database().sql.exec('ANALYZE'); // the statistics of before: an outbox with nothing pending
    const input = notificationInputSchema.parse({ title: 'Retry', audience: { kind: 'users', users: ['bulk1'] } });
    const { id } = await createNotification(input, { source: 'api' });
    // As after a push service's outage: every device of the notification failed (written here, no refresh).
    await database().sql.query(
      `INSERT INTO "Delivery" ("notificationId", "subscriptionId", "userId", "deviceName", status, attempts)
       SELECT $1, id, "userId", name, 'failed', 5 FROM "PushSubscription" WHERE "userId" <> 'bulk1'`,
      [id],
    );
    expect(await retryFailedDeliveries(adminPrincipal(), { notificationId: id })).toBe(n);
    expect(await pendingShareInStatistics()).toBeGreaterThan(0.9);
    expectIndexWalk(await freshBranch());
  });

  it('the unread counts of a batch read each user’s own inbox rows, not the whole notification’s', async () => {
    await fanOut();
    const batch = Array.from({ length: 500 }, (_, i) => `bulk${i + 1}`);
    const inbox = (await planOf(unreadCountsQuery(database().sql, batch))).filter(
      (node) => node['Relation Name'] === 'NotificationRecipient',
    );
    expect(inbox.length).toBeGreaterThan(0);
    for (const node of inbox) {
      expect(node['Node Type']).toMatch(/^Index (Only )?Scan$/);
      expect(node['Index Cond']).toContain('"userId" = u.id');
    }
    const rows = await unreadCountsQuery(database().sql, ['bulk1', 'nobody']).execute();
    expect(rows.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual([
      { userId: 'bulk1', n: 1 },
      { userId: 'nobody', n: 0 },
    ]);
  });
});
