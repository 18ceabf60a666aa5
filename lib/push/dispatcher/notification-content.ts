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

  /**
   * The content of each of `keys`, as a lookup that eviction cannot empty: the caller holds what it was given for as
   * long as its deliveries wait (a cache miss later must never read as "cancelled").
   */
  async function load(keys: ContentKey[]): Promise<(k: ContentKey) => PreparedNotification | undefined> {
    const found = new Map<string, PreparedNotification>();
    const missing: ContentKey[] = [];
    for (const k of keys) {
      const key = keyOf(k);
      const hit = cache.get(key);
      if (hit) {
        // Used again: moved to the young end, so a live notification is not the next one dropped.
        cache.delete(key);
        cache.set(key, hit);
        found.set(key, hit);
      } else if (!found.has(key)) missing.push(k);
    }
    if (missing.length) await loadMissing(missing, found);
    return (k) => found.get(keyOf(k));
  }

  async function loadMissing(missing: ContentKey[], found: Map<string, PreparedNotification>): Promise<void> {
    const rows = await sql.kysely
      .selectFrom('Notification')
      .select(['id', 'title', 'body', 'url', 'icon', 'image', 'tag', 'actions', 'urgency', 'expiresAt', 'createdAt'])
      .select(['lang', 'translations'])
      .where('id', '=', anyText([...new Set(missing.map((k) => k.notificationId))]))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const k of missing) {
      const r = byId.get(k.notificationId);
      if (!r || found.has(keyOf(k))) continue;
      const variant = variantOf(r, k.lang);
      const { pieces, idOnly } = buildPayload(variant, { private: opts.privatePayloads, origin: opts.origin });
      const prepared = { payload: pieces, idOnly, urgency: r.urgency, tag: r.tag, expiresAt: r.expiresAt };
      found.set(keyOf(k), prepared);
      cache.set(keyOf(k), prepared);
      // Map keeps insertion (and re-use) order: drop the least recently used first.
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
  }

  return { load };
}
