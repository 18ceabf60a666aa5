import type { SqlClient } from '../../db/sql-client';
import { anyText } from '../../db/sql-expressions';
import type { Urgency } from '../../generated/prisma/enums';
import { buildPayload, type BadgedPieces } from '../build-payload';
import { variantOf } from '../notification-variant';

/** A notification ready to push: its payload is built once, not once per device (only the badge is spliced in). */
export type PreparedNotification = {
  payload: BadgedPieces;
  idOnly: boolean;
  urgency: Urgency;
  tag: string | null;
  expiresAt: Date;
};

/** One language variant of one notification: what a claimed delivery needs (Delivery.lang, chosen at fan-out). */
export type ContentKey = { notificationId: string; lang: string };

const keyOf = (k: ContentKey) => `${k.notificationId}\n${k.lang}`;

/**
 * A small cache in front of the Notification table: a fan-out claims thousands of deliveries of one notification,
 * in a handful of languages, so each (notification, language) payload is built once.
 */
export function createNotificationContent(
  sql: SqlClient,
  opts: { privatePayloads: boolean; origin?: string | null; maxEntries?: number },
) {
  const cache = new Map<string, PreparedNotification>();
  const maxEntries = opts.maxEntries ?? 1000;

  async function load(keys: ContentKey[]): Promise<void> {
    const missing = keys.filter((k) => !cache.has(keyOf(k)));
    if (!missing.length) return;
    const rows = await sql.kysely
      .selectFrom('Notification')
      .select(['id', 'title', 'body', 'url', 'icon', 'image', 'tag', 'actions', 'urgency', 'expiresAt', 'createdAt'])
      .select(['lang', 'translations'])
      .where('id', '=', anyText([...new Set(missing.map((k) => k.notificationId))]))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const k of missing) {
      const r = byId.get(k.notificationId);
      if (!r || cache.has(keyOf(k))) continue;
      const variant = variantOf(r, k.lang);
      const { pieces, idOnly } = buildPayload(variant, { private: opts.privatePayloads, origin: opts.origin });
      cache.set(keyOf(k), { payload: pieces, idOnly, urgency: r.urgency, tag: r.tag, expiresAt: r.expiresAt });
      // Map keeps insertion order: drop the oldest entries first.
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
  }

  return { load, get: (k: ContentKey) => cache.get(keyOf(k)) };
}
