import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';
import { seedDemoAccounts, seedTopics } from './seed';

describeEachDatabase('the first start’s seed', (kind) => {
  const database = useMigratedDatabase(kind);

  it('adds the default topics beside Public alerts; citizens follow all, the administrator alerts', async () => {
    const prisma = database().prisma;
    // What the migration leaves on a new database (this suite empties the tables before each test).
    await prisma.topic.create({ data: { slug: 'public-alerts', name: 'Public alerts' } });
    expect(await seedTopics(prisma)).toBe(4);
    expect(await seedTopics(prisma)).toBe(0);
    await seedDemoAccounts(prisma);
    const users = await prisma.user.findMany({
      select: { role: true, topics: { select: { topic: { select: { slug: true } } }, orderBy: { topicId: 'asc' } } },
    });
    const slugs = (role: string) =>
      users.filter((u) => u.role === role).map((u) => u.topics.map((t) => t.topic.slug).sort());
    expect(slugs('admin')).toEqual([['public-alerts']]);
    const all = ['events', 'public-alerts', 'roadworks', 'waste', 'weather'];
    expect(slugs('citizen')).toEqual([all, all]);
  });
});
