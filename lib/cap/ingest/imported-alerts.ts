import 'server-only';
import { createHash } from 'node:crypto';
import { kysely } from '../../db/client';
import { anyText, COUNT_ALL } from '../../db/sql-expressions';
import { CapError } from '../cap-error';
import type { CapReference } from '../cap-types';

/**
 * Who brings alerts in: an API token, or the feed poller (no token). A CAP Update or Cancel may act only on alerts
 * the same importer brought in; that is the authorization of those two message types.
 */
export type CapImporter = { apiTokenId: string | null };

export type ImportedAlert = { id: string; recipients: number; deliveries: number };

/**
 * The notification's idempotency key for one CAP message: §3.2.1 makes (sender, identifier) unique, so the same
 * alert posted twice, or read again from a feed, is one notification. Hashed to fit the key's printable ASCII.
 */
export function capAlertKey(sender: string, identifier: string): string {
  return `cap:${createHash('sha256').update(`${sender},${identifier}`).digest('base64url')}`;
}

/** The notification an earlier import of this CAP message created, whoever imported it; undefined if none. */
export async function findImportedAlert(key: string): Promise<ImportedAlert | undefined> {
  return kysely()
    .selectFrom('Notification as n')
    .select((eb) => [
      'n.id',
      eb
        .selectFrom('NotificationRecipient as r')
        .select(COUNT_ALL.as('c'))
        .whereRef('r.notificationId', '=', 'n.id')
        .$asScalar()
        .$notNull()
        .as('recipients'),
      eb
        .selectFrom('Delivery as d')
        .select(COUNT_ALL.as('c'))
        .whereRef('d.notificationId', '=', 'n.id')
        .$asScalar()
        .$notNull()
        .as('deliveries'),
    ])
    .where('n.idempotencyKey', '=', key)
    .orderBy('n.createdAt')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The notifications of the earlier messages an Update or Cancel names in <references>, imported by this same
 * importer. One unknown reference refuses the whole message: acting on part of it would hide the mistake.
 */
export async function findReferencedAlerts(refs: CapReference[], importer: CapImporter): Promise<string[]> {
  if (!refs.length) return [];
  const keys = refs.map((r) => capAlertKey(r.sender, r.identifier));
  const rows = await kysely()
    .selectFrom('Notification')
    .select(['id', 'idempotencyKey as key'])
    .where('idempotencyKey', '=', anyText(keys))
    .where('apiTokenId', 'is not distinct from', importer.apiTokenId)
    .where('createdById', 'is', null)
    .execute();
  const found = new Map(rows.map((r) => [r.key!, r.id]));
  const missing = refs.find((_, i) => !found.has(keys[i]));
  if (missing) {
    throw new CapError(
      'unknown_reference',
      `<references> names ${missing.sender},${missing.identifier}, which was not imported here (by this token).`,
      'alert/references',
    );
  }
  return [...new Set(found.values())];
}
