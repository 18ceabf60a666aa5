import pushMessages from '../../../messages/push';
import type { SqlClient } from '../../db/sql-client';
import { anyText, NOW, nowPlusMs } from '../../db/sql-expressions';
import { isLocale, DEFAULT_LOCALE } from '../../i18n/locales';
import { declarativePayload, type FullPayload } from '../build-payload';
import type { PushSender } from '../types';
import { isGoneAnswer } from './outcome';

// No silent deaths: Safari answers 201 for subscriptions that no longer reach anyone, and Chrome never fires
// pushsubscriptionchange, so a device nobody opens the portal on is only known dead by its silence. After
// `unseenDays` without a visit (every signed-in page records one), the device gets one last notice; opening it
// (a visit) keeps the device, and `graceDays` later an unanswered one is removed. ntfy waits 60 days too.

export type DeviceExpiryOptions = { unseenDays: number; graceDays: number };
export const DEFAULT_DEVICE_EXPIRY: DeviceExpiryOptions = { unseenDays: 60, graceDays: 14 };

export const STILL_THERE_TAG = 'crieur-still-there';
/** Where the notice leads: the page listing the person's devices; any signed-in visit marks this one seen. */
export const STILL_THERE_URL = '/settings/notifications';

const unseenSince = (days: number) => nowPlusMs(-days * 86_400_000);

/**
 * Marks up to `limit` devices unseen for `unseenDays` and not yet warned, and returns them. Marked before sending,
 * under SKIP LOCKED: two dispatchers never warn the same device, and a crash costs a notice rather than repeating it.
 */
export async function claimDevicesToWarn(sql: SqlClient, o: DeviceExpiryOptions, limit = 500) {
  return sql.kysely
    .with('due', (db) =>
      db
        .selectFrom('PushSubscription')
        .select('id')
        .where('staleNoticeAt', 'is', null)
        .where('lastSeenAt', '<', unseenSince(o.unseenDays))
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .updateTable('PushSubscription as s')
    .from(['due', 'User as u'])
    .set({ staleNoticeAt: NOW })
    .whereRef('s.id', '=', 'due.id')
    .whereRef('u.id', '=', 's.userId')
    .returning(['s.id', 's.endpoint', 's.p256dh', 's.auth', 'u.locale'])
    .execute();
}

/** Removes the devices warned more than `graceDays` ago and still not seen since. Returns how many. */
export async function expireUnseenDevices(sql: SqlClient, o: DeviceExpiryOptions): Promise<number> {
  const { numDeletedRows } = await sql.kysely
    .deleteFrom('PushSubscription')
    .where('staleNoticeAt', '<', unseenSince(o.graceDays))
    .where('lastSeenAt', '<', unseenSince(o.unseenDays))
    .executeTakeFirst();
  return Number(numDeletedRows);
}

/** The notice in the person's language, in both payload forms (the declarative one when the origin is known). */
export function stillThereJson(locale: string | null, origin: string | null | undefined): string {
  const t = pushMessages[isLocale(locale) ? locale : DEFAULT_LOCALE];
  const full: FullPayload = {
    notificationId: '',
    title: t.stillThereTitle,
    body: t.stillThereBody,
    url: STILL_THERE_URL,
    tag: STILL_THERE_TAG,
    actions: [],
  };
  return JSON.stringify(origin ? { ...full, ...declarativePayload(full, origin) } : full);
}

/** The maintenance step: warn the newly unseen devices, then expire the unanswered ones. */
export async function maintainDevices(
  sql: SqlClient,
  sender: PushSender,
  o: DeviceExpiryOptions & { origin?: string | null },
): Promise<{ warned: number; expired: number }> {
  const targets = await claimDevicesToWarn(sql, o);
  const gone: string[] = [];
  await Promise.all(
    targets.map(async (d) => {
      const r = await sender.send(d, stillThereJson(d.locale, o.origin), {
        ttlSeconds: 7 * 86_400,
        urgency: 'low',
        topic: STILL_THERE_TAG,
      });
      // 404/410: the browser dropped it already; no need to wait for the grace period.
      if (isGoneAnswer(r)) gone.push(d.id);
    }),
  );
  if (gone.length) await sql.kysely.deleteFrom('PushSubscription').where('id', '=', anyText(gone)).execute();
  return { warned: targets.length, expired: (await expireUnseenDevices(sql, o)) + gone.length };
}
