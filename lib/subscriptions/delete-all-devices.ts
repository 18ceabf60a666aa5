import 'server-only';
import { db } from '../db/client';

/** "Turn off on all devices": returns how many subscriptions were removed. */
export async function deleteAllDevices(userId: string): Promise<number> {
  return (await db().pushSubscription.deleteMany({ where: { userId } })).count;
}
