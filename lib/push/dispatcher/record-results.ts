import { sql as raw, type Expression } from 'kysely';
import type { SqlClient } from '../../db/sql-client';
import { COUNT_ALL, NOW, nowPlusMs, unnestAs } from '../../db/sql-expressions';
import type { DeviceEffect, Outcome } from './outcome';

// The dispatcher's outcome write: a batch of outcomes is one statement (plus one DELETE when devices are gone),
// whatever the batch size.

/**
 * How old a device's lastSuccessAt may be before a success writes it again. What reads it: stale-device pruning
 * (no success for `days`, at least 1: a device may count as stale at most an hour early) and the device lists (the
 * "last delivered" time, at most an hour behind). failureCount, which pruning also reads, is cleared by every
 * success all the same. Test pushes (record-push-outcome.ts) always write it: the person is looking.
 */
export const LAST_SUCCESS_REFRESH_MS = 60 * 60_000;

export type DeliveryResult = {
  id: string;
  /** The claim this outcome belongs to (ClaimedDelivery.claims). */
  claims: number;
  outcome: Outcome;
  /** true when a request was made to the push service: only then does it count as an attempt. */
  attempted: boolean;
  /**
   * The endpoint pushed to (ClaimedDelivery.endpoint; null: the device was gone when claimed). The device is changed
   * only while it still has this endpoint: a subscription replaced since (same row, new endpoint) is not the one
   * that answered.
   */
  endpoint: string | null;
  /**
   * The claim is given back: nothing could be tried (no request made, the row goes back to the queue as 'retry'), so
   * it does not count towards the guard against a row that stops every worker. Ignored for any other outcome.
   */
  giveBack?: boolean;
};

/** PostgreSQL's text cannot hold a NUL character, which a push service's answer (the error's body part) may carry. */
const storableText = (text: string) => text.replaceAll('\0', '');

/** deviceEffectOf (outcome.ts) in SQL, for a written row; record-push-outcome.test.ts checks that the two agree. */
const DEVICE_EFFECT = raw<DeviceEffect>`CASE
  WHEN v.status = 'sent' THEN 'success' WHEN v.status = 'gone' THEN 'remove'
  WHEN v.attempted AND v.status IN ('failed', 'retry', 'expired') THEN 'failure' ELSE 'none' END`;

/** Whether a result gives its claim back (see DeliveryResult.giveBack). */
const givesClaimBack = (r: DeliveryResult) => r.giveBack === true && !r.attempted && r.outcome.status === 'retry';

/** The batch as a table `v`, one row per outcome, in the columns the write reads. */
function outcomesTable(results: DeliveryResult[]) {
  return unnestAs(
    'v',
    {
      id: results.map((r) => r.id),
      claim: results.map((r) => r.claims),
      attempted: results.map((r) => r.attempted),
      status: results.map((r) => r.outcome.status),
      code: results.map(({ outcome: o }) => ('code' in o ? (o.code ?? null) : null)),
      error: results.map(({ outcome: o }) => ('error' in o && o.error !== undefined ? storableText(o.error) : null)),
      due: results.map(({ outcome: o }) => (o.status === 'retry' ? o.dueAt : null)),
      endpoint: results.map((r) => r.endpoint),
      excuse: results.map(givesClaimBack),
    },
    {
      id: 'bigint',
      claim: 'int',
      attempted: 'bool',
      status: 'text',
      code: 'int',
      error: 'text',
      due: 'timestamptz',
      endpoint: 'text',
      excuse: 'bool',
    },
  );
}

/**
 * Writes a batch of outcomes. A row is only written if it is still ours (status 'sending' with the claim we made):
 * after a lease ran out and another worker took it, the late answer is dropped instead of overwriting. An attempt
 * is counted here, with its answer, only when a request was made. Devices that still have the endpoint pushed to: a
 * success resets failureCount and sets lastSuccessAt (unless set within LAST_SUCCESS_REFRESH_MS), a failure counts,
 * gone devices are deleted.
 */
export async function recordResults(sql: SqlClient, results: DeliveryResult[]): Promise<number> {
  if (!results.length) return 0;
  const v = outcomesTable(results);
  // The devices of the written rows, by effect, as pushed to: a device that has taken a new endpoint since (same row,
  // replace-subscription.ts) is not the one that answered. Rows without a device match none.
  const devicesPushedTo = (effect: DeviceEffect) =>
    sql.kysely
      .withTables<{ written: { sub: string; endpoint: string; effect: DeviceEffect } }>()
      .selectFrom('written')
      .select(['sub', 'endpoint'])
      .where('effect', '=', effect)
      .$asTuple('sub', 'endpoint');
  const { written, gone } = await sql.kysely
    .with('v', (db) => db.selectFrom(v).selectAll())
    .with('written', (db) =>
      db
        .updateTable('Delivery as d')
        .from('v')
        .set((eb) => {
          // Only a request made counts: a claim given back unsent keeps the previous answer and attempt count.
          const ifAttempted = <T>(yes: Expression<T>, no: Expression<T>) =>
            eb.case().when('v.attempted', '=', true).then(yes).else(no).end();
          return {
            status: raw`(CASE WHEN v.status = 'retry' THEN 'pending' ELSE v.status END)::"DeliveryStatus"`,
            lockedUntil: null,
            lastStatusCode: ifAttempted(eb.ref('v.code'), eb.ref('d.lastStatusCode')),
            lastError: eb.fn.coalesce('v.error', ifAttempted(raw<string | null>`NULL`, eb.ref('d.lastError'))),
            sentAt: eb.case().when('v.status', '=', 'sent').then(NOW).else(eb.ref('d.sentAt')).end(),
            dueAt: eb
              .case()
              .when('v.status', '=', 'retry')
              .then(eb.ref('v.due').$notNull())
              .else(eb.ref('d.dueAt'))
              .end(),
            lastAttemptAt: ifAttempted(NOW, eb.ref('d.lastAttemptAt')),
            attempts: ifAttempted(eb('d.attempts', '+', 1), eb.ref('d.attempts')),
            // Excused, not claims - 1: the fencing token never goes down (releaseDeliveries says why).
            excusedClaims: eb
              .case()
              .when('v.excuse', '=', true)
              .then(eb('d.excusedClaims', '+', 1))
              .else(eb.ref('d.excusedClaims'))
              .end(),
          };
        })
        .whereRef('d.id', '=', 'v.id')
        .where('d.status', '=', 'sending')
        .whereRef('d.claims', '=', 'v.claim')
        .returning(['d.subscriptionId as sub', 'v.endpoint', DEVICE_EFFECT.as('effect')]),
    )
    .with('ok', (db) =>
      db
        .updateTable('PushSubscription as s')
        // unshownSinceAt: the first accepted push since the device last reported one shown (silent devices).
        .set((eb) => ({ lastSuccessAt: NOW, failureCount: 0, unshownSinceAt: eb.fn.coalesce('s.unshownSinceAt', NOW) }))
        .where(({ eb, refTuple }) => eb(refTuple('s.id', 's.endpoint'), 'in', devicesPushedTo('success')))
        // A device reached within the hour, with no failures to clear and its silent clock already running, is left
        // alone: one row write less per push on repeated fan-outs (LAST_SUCCESS_REFRESH_MS says why an hour-old
        // value is exact enough). A device that reported a push shown since must start its clock again: written.
        .where((eb) =>
          eb.or([
            eb('s.lastSuccessAt', 'is', null),
            eb('s.lastSuccessAt', '<', nowPlusMs(-LAST_SUCCESS_REFRESH_MS)),
            eb('s.failureCount', '<>', 0),
            eb('s.unshownSinceAt', 'is', null),
          ]),
        ),
    )
    .with('bad', (db) =>
      db
        .updateTable('PushSubscription as s')
        .set((eb) => ({ failureCount: eb('s.failureCount', '+', 1) }))
        .where(({ eb, refTuple }) => eb(refTuple('s.id', 's.endpoint'), 'in', devicesPushedTo('failure')))
        .where(
          's.id',
          'not in',
          db
            .selectFrom('written')
            .select('sub')
            .where('effect', 'in', ['success', 'remove'])
            .where('sub', 'is not', null),
        ),
    )
    .selectFrom('written')
    .select(COUNT_ALL.as('written'))
    .select(
      raw<GoneDevice[] | null>`json_agg(json_build_object('id', sub, 'endpoint', endpoint))
        FILTER (WHERE effect = 'remove' AND sub IS NOT NULL)`.as('gone'),
    )
    .executeTakeFirstOrThrow();
  // Separate statement: deleting a device sets its deliveries' subscriptionId to NULL, rows the UPDATE above wrote.
  if (gone?.length) await deleteGoneDevices(sql, gone);
  return written;
}

type GoneDevice = { id: string; endpoint: string | null };

/** Deletes the devices whose endpoint answered gone, unless they have taken a new endpoint since. */
async function deleteGoneDevices(sql: SqlClient, gone: GoneDevice[]): Promise<void> {
  const g = unnestAs(
    'g',
    { id: gone.map((d) => d.id), endpoint: gone.map((d) => d.endpoint) },
    { id: 'text', endpoint: 'text' },
  );
  await sql.kysely
    .deleteFrom('PushSubscription as s')
    .using(g)
    .whereRef('s.id', '=', 'g.id')
    .whereRef('s.endpoint', '=', 'g.endpoint')
    .execute();
}
