import 'server-only';
import { db } from '../db/client';

/** Removes one of the user's devices, by id (device list) or by endpoint (this browser). False when none matched. */
export async function deleteDevice(opts: { userId: string } & ({ id: string } | { endpoint: string })): Promise<boolean> {
  const where = 'id' in opts ? { id: opts.id, userId: opts.userId } : { endpoint: opts.endpoint, userId: opts.userId };
  const r = await db().pushSubscription.deleteMany({ where });
  return r.count > 0;
}
