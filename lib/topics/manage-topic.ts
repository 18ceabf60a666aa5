import 'server-only';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { newId } from '../db/new-id';
import { InvalidInputError } from '../errors/domain-error';
import type { TopicTexts } from './localize-topic';

type TopicTextsInput = Pick<TopicTexts, 'name'> & Partial<Omit<TopicTexts, 'name'>>;

/** The audit entry of a topic change that happened (`changed`), or null. */
const topicEntry =
  (admin: AdminPrincipal, action: 'topic.rename' | 'topic.archive' | 'topic.restore', id: string) =>
  (changed: boolean) =>
    changed ? { actor: personActor(admin.id), action, target: { kind: 'topic' as const, id } } : null;

/** Whether the update changed the one topic it names (false: missing, or already in that state). */
const updatedOne = async (update: { executeTakeFirst(): Promise<{ numUpdatedRows: bigint }> }) =>
  (await update.executeTakeFirst()).numUpdatedRows === 1n;

/** A new topic residents can follow; a slug already in use is the admin's mistake (field error). */
export async function createTopic(admin: AdminPrincipal, opts: { slug: string } & TopicTextsInput) {
  assertAdmin(admin);
  const taken = await db().topic.findUnique({ where: { slug: opts.slug }, select: { id: true } });
  if (taken) throw new InvalidInputError('slug', 'slug_taken');
  return runAuditedTransaction(
    (trx) =>
      trx
        .insertInto('Topic')
        .values({ id: newId(), ...opts })
        .returning(['id', 'slug'])
        .executeTakeFirstOrThrow(),
    (t) => ({
      actor: personActor(admin.id),
      action: 'topic.create',
      target: { kind: 'topic', id: t.id },
      details: { slug: t.slug, name: opts.name },
    }),
  );
}

/** Renames and redescribes what residents see, in both languages; the slug (used by the API and existing
 * notifications) stays. A field left out keeps its value. */
export async function renameTopic(admin: AdminPrincipal, opts: { id: string } & TopicTextsInput): Promise<boolean> {
  assertAdmin(admin);
  return runAuditedTransaction(
    (trx) =>
      updatedOne(
        trx
          .updateTable('Topic')
          .set({
            name: opts.name,
            nameFr: opts.nameFr,
            description: opts.description,
            descriptionFr: opts.descriptionFr,
          })
          .where('id', '=', opts.id),
      ),
    topicEntry(admin, 'topic.rename', opts.id),
  );
}

/** Archived topics disappear from residents' choices and cannot be targeted; history keeps them. */
export async function archiveTopic(admin: AdminPrincipal, opts: { id: string }): Promise<boolean> {
  assertAdmin(admin);
  return runAuditedTransaction(
    (trx) =>
      updatedOne(
        trx
          .updateTable('Topic')
          .set({ archivedAt: new Date() })
          .where('id', '=', opts.id)
          .where('archivedAt', 'is', null),
      ),
    topicEntry(admin, 'topic.archive', opts.id),
  );
}

/** Brings an archived topic back: residents see it again, with the followers it had when it was archived. */
export async function restoreTopic(admin: AdminPrincipal, opts: { id: string }): Promise<boolean> {
  assertAdmin(admin);
  return runAuditedTransaction(
    (trx) =>
      updatedOne(
        trx
          .updateTable('Topic')
          .set({ archivedAt: null })
          .where('id', '=', opts.id)
          .where('archivedAt', 'is not', null),
      ),
    topicEntry(admin, 'topic.restore', opts.id),
  );
}
