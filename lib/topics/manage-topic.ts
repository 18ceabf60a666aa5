import 'server-only';
import { ActionError } from '../auth/auth-action';
import { db } from '../db/client';

/** A new topic residents can follow; a slug already in use is the admin's mistake (field error). */
export async function createTopic(opts: { slug: string; name: string }) {
  if (await db().topic.findUnique({ where: { slug: opts.slug }, select: { id: true } })) throw new ActionError('invalid', { slug: 'slug_taken' });
  return db().topic.create({ data: opts, select: { id: true, slug: true } });
}

/** Renames what residents see; the slug (used by the API and existing notifications) stays. */
export async function renameTopic(opts: { id: string; name: string }): Promise<boolean> {
  return (await db().topic.updateMany({ where: { id: opts.id }, data: { name: opts.name } })).count === 1;
}

/** Archived topics disappear from residents' choices and cannot be targeted; history keeps them. */
export async function archiveTopic(opts: { id: string }): Promise<boolean> {
  return (await db().topic.updateMany({ where: { id: opts.id, archivedAt: null }, data: { archivedAt: new Date() } })).count === 1;
}
