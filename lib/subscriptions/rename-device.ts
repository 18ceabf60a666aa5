import 'server-only';
import { db } from '../db/client';

/** False when the device is not the user's (someone else's looks exactly like a missing one). */
export async function renameDevice(opts: { userId: string; id: string; name: string }): Promise<boolean> {
  const r = await db().pushSubscription.updateMany({ where: { id: opts.id, userId: opts.userId }, data: { name: opts.name } });
  return r.count > 0;
}
