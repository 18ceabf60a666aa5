import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { pushTestEnv, request, usePushApiDatabase } from '../../../test/api/push-api-harness';

pushTestEnv();
vi.mock('../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));

const { getCurrentUser } = await import('../../../lib/auth/session');
const route = await import('./route');

const get = (headers: Record<string, string> = {}) => route.GET(request('GET', '/api/topics', { headers }));

describeEachDatabase('/api/topics', (kind) => {
  const { users, as } = usePushApiDatabase(kind, getCurrentUser as never);

  it('names the topics in the reader’s language: their saved choice, else Accept-Language', async () => {
    const fr = await get({ 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(fr.headers.get('content-language')).toBe('fr');
    expect((await fr.json()).topics).toContainEqual({
      slug: 'waste',
      name: 'Collecte des déchets',
      description: 'Jours de collecte et changements',
    });
    as({ ...users.alice, locale: 'en' });
    const en = await (await get({ 'accept-language': 'fr-FR' })).json();
    expect(en.topics).toContainEqual({
      slug: 'waste',
      name: 'Waste collection',
      description: 'Collection days and changes',
    });
  });

  it('answers 401 to someone signed out', async () => {
    as(null);
    expect((await get()).status).toBe(401);
  });
});
