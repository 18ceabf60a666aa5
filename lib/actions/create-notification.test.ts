import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertTopics, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';

// The session is the only part of a server action that needs a request: stand in for it.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'admin' | 'citizen' } }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
// Everyone (4 people) is above it, the citizens (2) are not.
vi.hoisted(() => {
  process.env.COMPOSE_CONFIRM_THRESHOLD = '2';
});

const { createNotification } = await import('./create-notification');
const { countAudience } = await import('./count-audience');

const form = {
  title: 'Market moved',
  body: 'Place du Marché → Parc',
  audience: { kind: 'role', role: 'citizen' },
  idempotencyKey: 'form-1',
};

describeEachDatabase('createNotification server action', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertTopics(database().sql, ['events']);
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin' },
      { id: 'admin2', role: 'admin' },
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

  it('the form’s key with a different draft is refused (idempotency_key_reused), not replayed', async () => {
    const first = await createNotification({ ...form, idempotencyKey: 'form-4' });
    expect(first.ok).toBe(true);
    const changed = { ...form, body: 'Changed', idempotencyKey: 'form-4' };
    expect(await createNotification(changed)).toEqual({ ok: false, error: 'idempotency_key_reused' });
    expect(await database().prisma.notification.count({ where: { idempotencyKey: 'form-4' } })).toBe(1);
    // Another admin's key is theirs alone: the same key is a new notification for them.
    session.user = { id: 'admin2', role: 'admin' };
    expect(await createNotification(changed)).toMatchObject({ ok: true });
  });

  it('returns field errors from the shared schema and from the data (unknown topic)', async () => {
    expect(await createNotification({ ...form, title: '', idempotencyKey: 'form-2' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { title: 'required' },
    });
    expect(await createNotification({ ...form, idempotencyKey: undefined })).toMatchObject({
      ok: false,
      fields: { idempotencyKey: expect.any(String) },
    });
    expect(await createNotification({ ...form, topic: 'nope', idempotencyKey: 'form-3' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { topic: 'unknown_topic' },
    });
  });

  it('counts the audience live for the composer', async () => {
    expect(await countAudience({ audience: { kind: 'role', role: 'citizen' } })).toEqual({
      ok: true,
      data: { recipients: 2, devices: 2 },
    });
    // The topic is a label: it does not narrow the audience (it used to: 1 person of 4 here).
    expect(await countAudience({ audience: { kind: 'everyone' }, topic: 'events' })).toEqual({
      ok: true,
      data: { recipients: 4, devices: 2 },
    });
    expect(await countAudience({ audience: { kind: 'topic', topic: 'events' } })).toEqual({
      ok: true,
      data: { recipients: 1, devices: 2 },
    });
  });

  it('refuses a send without an audience: nothing is preselected, the field says so', async () => {
    const { audience: _, ...noAudience } = form;
    expect(await createNotification({ ...noAudience, idempotencyKey: 'form-5' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { audience: 'invalid_audience' },
    });
  });

  it('above COMPOSE_CONFIRM_THRESHOLD, refuses until the real count is confirmed; scheduled sends too', async () => {
    const everyone = { ...form, audience: { kind: 'everyone' }, idempotencyKey: 'form-6' };
    const scheduled = {
      ...everyone,
      scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
      idempotencyKey: 'form-7',
    };
    for (const draft of [everyone, scheduled]) {
      expect(await createNotification(draft)).toEqual({ ok: false, error: 'confirmation_required' });
      expect(await createNotification({ ...draft, confirmedRecipients: 3 })).toEqual({
        ok: false,
        error: 'confirmation_required',
      });
      expect(await database().prisma.notification.count({ where: { idempotencyKey: draft.idempotencyKey } })).toBe(0);
      expect(await createNotification({ ...draft, confirmedRecipients: 4 })).toMatchObject({
        ok: true,
        data: { recipients: 4 },
      });
      // The confirmed count is not part of the request: the same click again replays the notification.
      expect(await createNotification({ ...draft, confirmedRecipients: 4 })).toMatchObject({
        ok: true,
        data: { recipients: 4 },
      });
      expect(await database().prisma.notification.count({ where: { idempotencyKey: draft.idempotencyKey } })).toBe(1);
    }
  });
});
