import type { SqlClient } from '../../db/sql-client';
import { anyText } from '../../db/sql-expressions';
import type { Urgency } from '../../generated/prisma/enums';
import { buildPayload, type BadgedJson } from '../build-payload';

/** A notification ready to push: its payload is built once, not once per device (only the badge is spliced in). */
export type PreparedNotification = {
  payload: BadgedJson;
  idOnly: boolean;
  urgency: Urgency;
  tag: string | null;
  expiresAt: Date;
};

/** A small cache in front of the Notification table: a fan-out claims thousands of deliveries of one notification. */
export function createNotificationContent(
  sql: SqlClient,
  opts: { privatePayloads: boolean; origin?: string | null; maxEntries?: number },
) {
  const cache = new Map<string, PreparedNotification>();
  const maxEntries = opts.maxEntries ?? 1000;

  async function load(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (!missing.length) return;
    const rows = await sql.kysely
      .selectFrom('Notification')
      .select(['id', 'title', 'body', 'url', 'icon', 'image', 'tag', 'actions', 'urgency', 'expiresAt', 'createdAt'])
      .where('id', '=', anyText(missing))
      .execute();
    for (const r of rows) {
      const { json, idOnly } = buildPayload(r, { private: opts.privatePayloads, origin: opts.origin });
      cache.set(r.id, { payload: json, idOnly, urgency: r.urgency, tag: r.tag, expiresAt: r.expiresAt });
      // Map keeps insertion order: drop the oldest entries first.
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
  }

  return { load, get: (id: string) => cache.get(id) };
}
