import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { listTopicsWithCounts } from './list-topics-with-counts';
import { archiveTopic, createTopic, renameTopic, restoreTopic } from './manage-topic';

const admin = adminPrincipal();

describeEachDatabase('topics in the console', (kind) => {
  const database = useTestDatabase(kind);
  // These tests list every topic: they start without the Public alerts topic that a migration creates.
  beforeAll(() => database().sql.exec(`DELETE FROM "Topic"`));

  it('creates (slug unique), renames, archives, and counts subscribers', async () => {
    const { id } = await createTopic(admin, { slug: 'markets', name: 'Markets' });
    await expect(createTopic(admin, { slug: 'markets', name: 'Again' })).rejects.toMatchObject({
      code: 'invalid',
      fields: { slug: 'slug_taken' },
    });
    await database().sql.query(`INSERT INTO "User" (id, email, name) VALUES ('u1', 'u1@t', 'U1')`);
    await database().sql.query(`INSERT INTO "UserTopic" ("userId", "topicId") VALUES ('u1', $1)`, [id]);
    expect(await renameTopic(admin, { id, name: 'Weekly markets' })).toBe(true);
    expect(await listTopicsWithCounts(admin)).toEqual([
      expect.objectContaining({ slug: 'markets', name: 'Weekly markets', subscribers: 1, archivedAt: null }),
    ]);
    expect(await archiveTopic(admin, { id })).toBe(true);
    expect(await archiveTopic(admin, { id })).toBe(false);
    expect((await listTopicsWithCounts(admin))[0].archivedAt).not.toBeNull();
  });

  it('restores an archived topic with its followers; restoring an active one changes nothing', async () => {
    const { id } = await createTopic(admin, { slug: 'fairs', name: 'Fairs' });
    await database().sql.query(`INSERT INTO "User" (id, email, name) VALUES ('u2', 'u2@t', 'U2')`);
    await database().sql.query(`INSERT INTO "UserTopic" ("userId", "topicId") VALUES ('u2', $1)`, [id]);
    expect(await restoreTopic(admin, { id })).toBe(false);
    expect(await archiveTopic(admin, { id })).toBe(true);
    expect(await restoreTopic(admin, { id })).toBe(true);
    expect(await restoreTopic(admin, { id })).toBe(false);
    const fairs = (await listTopicsWithCounts(admin)).find((t) => t.slug === 'fairs');
    expect(fairs).toEqual(expect.objectContaining({ archivedAt: null, subscribers: 1 }));
  });
});
