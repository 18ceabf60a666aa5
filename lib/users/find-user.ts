import 'server-only';
import { db } from '../db/client';

export const SESSION_USER_SELECT = { id: true, email: true, name: true, role: true, locale: true, timeZone: true } as const;

export function findSessionUser(id: string) {
  return db().user.findUnique({ where: { id }, select: SESSION_USER_SELECT });
}
