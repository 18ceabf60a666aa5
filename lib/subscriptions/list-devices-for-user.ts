import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { DEVICE_SELECT, toDevice, type Device } from './to-device';

export { DEVICE_SELECT, type Device } from './to-device';

/** The user's devices with push on, oldest first (endpoints and keys stay on the server). */
export async function listDevicesForUser(user: UserPrincipal): Promise<Device[]> {
  assertUser(user);
  const rows = await db().pushSubscription.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: DEVICE_SELECT,
  });
  return rows.map(toDevice);
}
