import 'server-only';
import { db } from '../db/client';

/** An admin removes any device (its deliveries keep their log: Delivery.subscriptionId is set to NULL). */
export async function removeAnyDevice(opts: { id: string }): Promise<boolean> {
  const r = await db().pushSubscription.deleteMany({ where: { id: opts.id } });
  return r.count > 0;
}
