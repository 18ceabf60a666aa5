import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';
import { retryOnUniqueViolation } from './retry-on-unique-violation';

// The unique-index race as Kysely reports it (SQLSTATE 23505 from pg or PGlite), now that saving a device runs in a
// Kysely transaction; Prisma's P2002 is still what its client raises for the reset link.
describeEachDatabase('retryOnUniqueViolation', (kind) => {
  const database = useMigratedDatabase(kind);
  const insertTopic = (slug: string) =>
    database().sql.kysely.insertInto('Topic').values({ id: slug, slug, name: slug }).execute();

  it('runs again once after a unique violation, and lets any other error through', async () => {
    await insertTopic('roads');
    let calls = 0;
    await retryOnUniqueViolation(() => insertTopic(++calls === 1 ? 'roads' : 'fairs'));
    expect(calls).toBe(2);
    calls = 0;
    const notUnique = () => database().sql.kysely.insertInto('Topic').values({ id: 'x', slug: 'x', name: null! });
    await expect(retryOnUniqueViolation(() => (++calls, notUnique().execute()))).rejects.toThrow(/null/);
    expect(calls).toBe(1);
  });
});
