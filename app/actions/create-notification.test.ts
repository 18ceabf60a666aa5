import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';

// The session is the only part of a server action that needs a request: stand in for it.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'admin' | 'citizen' } }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));

const { createNotification } = await import('./create-notification');
const { countAudience } = await import('./count-audience');

const form = { title: 'Market moved', body: 'Place du Marché → Parc', audience: { kind: 'role', role: 'citizen' }, idempotencyKey: 'form-1' };

describeEachDatabase('createNotification server action', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertTopics(database().sql, ['events']);
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin' },
      { id: 'cit1', topics: ['events'], endpoints: ['https://push.test/c1', 'https://push.test/c2'] },
      { id: 'cit2' },
    ]);
  });
  beforeEach(() => {
    session.user = { id: 'admin1', role: 'admin' };
  });

  it('refuses anonymous visitors and citizens', async () => {
    session.user = null;
    expect(await createNotification(form)).toEqual({ ok: false, error: 'unauthenticated' });
    session.user = { id: 'cit1', role: 'citizen' };
    expect(await createNotification(form)).toEqual({ ok: false, error: 'forbidden' });
    expect(await countAudience({ audience: { kind: 'everyone' } })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('a double submit with the form’s key creates one notification', async () => {
    const [a, b] = await Promise.all([createNotification(form), createNotification(form)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.data.id).toBe(b.data.id);
    expect(a.data).toMatchObject({ recipients: 2, deliveries: 2 });
    const rows = await database().prisma.notification.findMany({ where: { idempotencyKey: 'form-1' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'ui', createdById: 'admin1' });
  });

  it('returns field errors from the shared schema and from the data (unknown topic)', async () => {
    expect(await createNotification({ ...form, title: '', idempotencyKey: 'form-2' })).toEqual({ ok: false, error: 'invalid', fields: { title: 'required' } });
    expect(await createNotification({ ...form, idempotencyKey: undefined })).toMatchObject({ ok: false, fields: { idempotencyKey: expect.any(String) } });
    expect(await createNotification({ ...form, topic: 'nope', idempotencyKey: 'form-3' })).toEqual({ ok: false, error: 'invalid', fields: { topic: 'unknown_topic' } });
  });

  it('counts the audience live for the composer', async () => {
    expect(await countAudience({ audience: { kind: 'role', role: 'citizen' } })).toEqual({ ok: true, data: { recipients: 2, devices: 2 } });
    expect(await countAudience({ audience: { kind: 'everyone' }, topic: 'events' })).toEqual({ ok: true, data: { recipients: 1, devices: 2 } });
  });
});
