import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { topicCreateSchema, topicRenameSchema } from '../validation/admin';
import { listActiveTopics } from './list-active-topics';
import { listTopicsWithCounts } from './list-topics-with-counts';
import { createTopic, renameTopic } from './manage-topic';

const admin = adminPrincipal();

describeEachDatabase('topic names in both languages', (kind) => {
  const database = useTestDatabase(kind);
  // These tests list every topic: they start without the Public alerts topic that a migration creates.
  beforeAll(() => database().sql.exec(`DELETE FROM "Topic"`));

  it('stores both, shows the reader’s language, and falls back to the default language’s when empty', async () => {
    const markets = topicCreateSchema.parse({
      slug: 'markets',
      name: 'Markets',
      nameFr: 'Marchés',
      description: 'Weekly markets',
      descriptionFr: '',
    });
    const { id } = await createTopic(admin, markets);
    await createTopic(admin, topicCreateSchema.parse({ slug: 'bins', name: 'Bins' }));

    expect(await listActiveTopics('fr')).toEqual([
      { slug: 'bins', name: 'Bins', description: null },
      { slug: 'markets', name: 'Marchés', description: 'Weekly markets' },
    ]);
    expect(await listActiveTopics('en')).toEqual([
      { slug: 'bins', name: 'Bins', description: null },
      { slug: 'markets', name: 'Markets', description: 'Weekly markets' },
    ]);

    // The console edits both; a field left out keeps its value, an empty one is cleared.
    const edit = topicRenameSchema.parse({ id, name: 'Street markets', descriptionFr: 'Chaque semaine' });
    expect(await renameTopic(admin, edit)).toBe(true);
    expect((await listActiveTopics('fr')).find((t) => t.slug === 'markets')).toEqual({
      slug: 'markets',
      name: 'Marchés',
      description: 'Chaque semaine',
    });
    await renameTopic(admin, topicRenameSchema.parse({ id, name: 'Street markets', nameFr: '' }));
    expect((await listActiveTopics('fr')).find((t) => t.slug === 'markets')?.name).toBe('Street markets');
    expect((await listTopicsWithCounts(admin)).find((t) => t.slug === 'markets')).toMatchObject({
      name: 'Street markets',
      nameFr: null,
      description: 'Weekly markets',
      descriptionFr: 'Chaque semaine',
    });
  });
});
