import 'server-only';
import { sql as raw } from 'kysely';
import { PrincipalError } from '../../principal/principal';
import { getDatabase } from '../../db/client';
import { NOW } from '../../db/sql-expressions';
import { DomainError } from '../../errors/domain-error';
import type { DeliveryEvent } from '../../validation/delivery-report';
import type { DeliveryReporter } from './delivery-reporter';

/**
 * Records that a delivery was shown (or opened) on its device. The first report of each kind is kept (later ones
 * change nothing); an open also proves it was shown, in case that report was lost. The device's lastShownAt moves
 * and its unshownSinceAt clears: it is not silent (lib/subscriptions/silent-devices.ts). A delivery deleted since
 * (30-day retention, its notification deleted) is refused like a wrong token.
 */
export async function recordDeliveryReport(reporter: DeliveryReporter, event: DeliveryEvent): Promise<void> {
  if (!reporter?.deliveryId) throw new PrincipalError('a verified delivery reporter is required');
  const opened = event === 'opened';
  // Data-modifying CTEs run once and to completion even though the outer query only reads `d`.
  const row = await getDatabase()
    .sql.kysely.with('d', (db) =>
      db
        .updateTable('Delivery')
        .set((eb) => ({
          shownAt: eb.fn.coalesce('shownAt', NOW),
          openedAt: opened ? eb.fn.coalesce('openedAt', NOW) : eb.ref('openedAt'),
        }))
        .where('id', '=', reporter.deliveryId)
        .returning('subscriptionId'),
    )
    .with('s', (db) =>
      db
        .updateTable('PushSubscription')
        .set({ lastShownAt: NOW, unshownSinceAt: raw<Date | null>`NULL` })
        .where('id', 'in', db.selectFrom('d').select('subscriptionId'))
        .returning('id'),
    )
    .selectFrom('d')
    .select('subscriptionId')
    .executeTakeFirst();
  if (!row) throw new DeliveryReportRefusedError();
}

/** A report for no delivery we know, or with a token that is not the delivery's: one answer for both. */
export class DeliveryReportRefusedError extends DomainError {
  name = 'DeliveryReportRefusedError';
  constructor() {
    super('invalid_token', { message: 'no such delivery, or not its report token' });
  }
}
