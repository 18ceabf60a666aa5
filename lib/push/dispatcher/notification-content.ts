import type { SqlClient } from '../../db/sql-client';
import { utcColumn } from '../../db/sql-time';
import type { Urgency } from '../../generated/prisma/enums';
import { buildPayload } from '../../notifications/build-payload';
import type { NotificationAction } from '../../validation/notification';

/** A notification ready to push: its payload is built once, not once per device. */
export type PreparedNotification = { payload: string; idOnly: boolean; urgency: Urgency; tag: string | null; expiresAt: Date };

type Row = {
  id: string; title: string; body: string; url: string | null; icon: string | null; image: string | null;
  tag: string | null; actions: NotificationAction[] | null; urgency: Urgency; expiresAt: Date; createdAt: Date;
};

/** A small cache in front of the Notification table: a fan-out claims thousands of deliveries of one notification. */
export function createNotificationContent(sql: SqlClient, opts: { privatePayloads: boolean; maxEntries?: number }) {
  const cache = new Map<string, PreparedNotification>();
  const maxEntries = opts.maxEntries ?? 1000;

  async function load(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (!missing.length) return;
    const rows = await sql.query<Row>(
      `SELECT id, title, body, url, icon, image, tag, actions, urgency, ${utcColumn('"expiresAt"')} AS "expiresAt",
              ${utcColumn('"createdAt"')} AS "createdAt"
         FROM "Notification" WHERE id = ANY($1::text[])`,
      [missing],
    );
    for (const r of rows) {
      const { json, idOnly } = buildPayload(r, { private: opts.privatePayloads });
      cache.set(r.id, { payload: json, idOnly, urgency: r.urgency, tag: r.tag, expiresAt: r.expiresAt });
      // Map keeps insertion order: drop the oldest entries first.
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
  }

  return { load, get: (id: string) => cache.get(id) };
}
