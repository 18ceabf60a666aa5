import 'server-only';
import { db } from '../db/client';

export type Device = { id: string; name: string; createdAt: Date; lastSeenAt: Date; lastSuccessAt: Date | null };
export const DEVICE_SELECT = { id: true, name: true, createdAt: true, lastSeenAt: true, lastSuccessAt: true } as const;

/** The user's devices with push on, oldest first (endpoints and keys stay on the server). */
export function listDevicesForUser(userId: string): Promise<Device[]> {
  return db().pushSubscription.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: DEVICE_SELECT,
  });
}
