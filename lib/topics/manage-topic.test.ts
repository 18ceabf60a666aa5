import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { useTestDatabase } from '@/test/delivery-fixtures';
import { listTopicsWithCounts } from './list-topics-with-counts';
import { archiveTopic, createTopic, renameTopic } from './manage-topic';

describeEachDatabase('topics in the console', (kind) => {
  const database = useTestDatabase(kind);

  it('creates (slug unique), renames, archives, and counts subscribers', async () => {
    const { id } = await createTopic({ slug: 'markets', name: 'Markets' });
    await expect(createTopic({ slug: 'markets', name: 'Again' })).rejects.toMatchObject({ code: 'invalid', fields: { slug: 'slug_taken' } });
    await database().sql.query(`INSERT INTO "User" (id, email, name) VALUES ('u1', 'u1@t', 'U1')`);
    await database().sql.query(`INSERT INTO "UserTopic" ("userId", "topicId") VALUES ('u1', $1)`, [id]);
    expect(await renameTopic({ id, name: 'Weekly markets' })).toBe(true);
    expect(await listTopicsWithCounts()).toEqual([expect.objectContaining({ slug: 'markets', name: 'Weekly markets', subscribers: 1, archivedAt: null })]);
    expect(await archiveTopic({ id })).toBe(true);
    expect(await archiveTopic({ id })).toBe(false);
    expect((await listTopicsWithCounts())[0].archivedAt).not.toBeNull();
  });
});
