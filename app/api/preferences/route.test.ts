import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { pushTestEnv, request, usePushApiDatabase } from '../../../test/api/push-api-harness';

pushTestEnv();
vi.mock('../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));

const { getCurrentUser } = await import('../../../lib/auth/session');
const route = await import('./route');

const put = (body: unknown, init: Parameters<typeof request>[2] = {}) =>
  route.PUT(request('PUT', '/api/preferences', { body, ...init }));
const valid = {
  topics: ['waste', 'weather'],
  quietHours: { start: '22:00', end: '07:30' },
  timeZone: 'America/Montreal',
};

describeEachDatabase('/api/preferences', (kind) => {
  const { users, as, db } = usePushApiDatabase(kind, getCurrentUser as never);

  it('reads the defaults, stores topics, quiet hours and time zone, and reads them back', async () => {
    expect(await (await route.GET(request('GET', '/api/preferences'))).json()).toEqual({
      topics: [],
      quietHours: null,
      timeZone: 'Europe/Paris',
    });
    const res = await put({ ...valid, topics: ['weather', 'waste', 'weather'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(valid);
    expect(
      await db().user.findUniqueOrThrow({
        where: { id: users.alice.id },
        select: { quietStart: true, quietEnd: true },
      }),
    ).toEqual({ quietStart: 1320, quietEnd: 450 });
    expect(await (await put({ topics: ['events'], quietHours: null, timeZone: 'UTC' })).json()).toEqual({
      topics: ['events'],
      quietHours: null,
      timeZone: 'UTC',
    });
    expect(await db().userTopic.count()).toBe(1);
  });

  it.each([
    [{ ...valid, quietHours: { start: '25:00', end: '07:00' } }, 'quietHours.start', 'time_invalid'],
    [{ ...valid, quietHours: { start: '7h', end: '07:00' } }, 'quietHours.start', 'time_invalid'],
    [{ ...valid, quietHours: { start: '22:00' } }, 'quietHours.end', 'time_required'],
    [{ ...valid, quietHours: { start: '22:00', end: '22:00' } }, 'quietHours.end', 'quiet_hours_empty'],
    [{ ...valid, timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'time_zone_invalid'],
    [{ ...valid, timeZone: undefined }, 'timeZone', 'time_zone_required'],
    [{ ...valid, topics: ['Not A Slug'] }, 'topics.0', 'topic_invalid'],
    [{ ...valid, topics: ['no-such-topic'] }, 'topics', 'topic_unknown'],
    [{ ...valid, topics: 'waste' }, 'topics', undefined],
  ])('answers 422 naming the field (%#)', async (body, field, message) => {
    const res = await put(body);
    expect(res.status).toBe(422);
    const { fields } = await res.json();
    expect(Object.keys(fields)).toContain(field);
    if (message) expect(fields[field]).toBe(message);
    expect(await db().userTopic.count()).toBe(0);
  });

  it('answers 400, 413, 403 and 401 to bad requests', async () => {
    expect((await route.PUT(request('PUT', '/api/preferences', { raw: '{' }))).status).toBe(400);
    expect((await put({ ...valid, topics: Array(600).fill('waste') })).status).toBe(413);
    expect((await put(valid, { origin: 'https://evil.example' })).status).toBe(403);
    as(null);
    expect((await put(valid)).status).toBe(401);
    expect((await route.GET(request('GET', '/api/preferences'))).status).toBe(401);
  });

  it('rate-limits changes per user (429 with Retry-After)', async () => {
    for (let i = 0; i < 30; i++) expect((await put(valid)).status).toBe(200);
    const res = await put(valid);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
