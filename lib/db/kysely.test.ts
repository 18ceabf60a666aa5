// The typed query builder on both databases: same values as pg gives (int8 as text, timestamptz as Date), and its
// transactions on the instance Prisma shares: commit, roll back, and no Prisma query slips inside one.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';

describeEachDatabase('query builder', (kind) => {
  const database = useMigratedDatabase(kind);
  const topic = (id: string) => ({ id, slug: id, name: id });

  it('reads what pg reads: bigint ids as text, timestamps as Date, json as values', async () => {
    const k = database().sql.kysely;
    await k.insertInto('User').values({ id: 'u', email: 'u@example.org', name: 'U' }).execute();
    const expiresAt = new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 678));
    await k
      .insertInto('Notification')
      .values({ id: 'n', title: 't', body: 'b', audience: JSON.stringify({ kind: 'everyone' }), expiresAt })
      .execute();
    const { id } = await k
      .insertInto('Delivery')
      .values({ notificationId: 'n', userId: 'u', deviceName: 'd' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(id).toBe('1');
    const n = await k.selectFrom('Notification').select(['expiresAt', 'audience']).executeTakeFirstOrThrow();
    expect(n.expiresAt).toEqual(expiresAt);
    expect(n.audience).toEqual({ kind: 'everyone' });
  });

  it('commits a transaction, and rolls one back entirely when it throws', async () => {
    const k = database().sql.kysely;
    await k.transaction().execute((trx) => trx.insertInto('Topic').values(topic('kept')).execute());
    await expect(
      k.transaction().execute(async (trx) => {
        await trx.insertInto('Topic').values(topic('dropped')).execute();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await k.selectFrom('Topic').select('id').execute()).map((r) => r.id)).toEqual(['kept']);
  });

  it('keeps Prisma (same pool or PGlite instance) out of its open transaction', async () => {
    const { prisma, sql } = database();
    expect(await prisma.topic.count()).toBe(0); // warm: its first query compiles a plan first
    let seenByPrisma: Promise<number> | undefined;
    await expect(
      sql.kysely.transaction().execute(async (trx) => {
        await trx.insertInto('Topic').values(topic('uncommitted')).execute();
        seenByPrisma = prisma.topic.count().then((n) => n); // then() starts it: Prisma's queries are lazy
        await new Promise((resolve) => setTimeout(resolve, 200));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await seenByPrisma).toBe(0);
    expect(await prisma.topic.count()).toBe(0);
  });
});
