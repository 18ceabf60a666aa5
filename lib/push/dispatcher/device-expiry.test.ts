// The "no silent deaths" job on both engines: one notice after PUSH_DEVICE_UNSEEN_DAYS unseen, kept when the person
// comes back, removed after PUSH_DEVICE_GRACE_DAYS otherwise; run by the dispatcher's periodic maintenance.
import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { parseDeclarativePush } from '@/test/declarative-push-parser';
import { FAKE_AUTH, FAKE_P256DH, insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { userPrincipal } from '@/test/principals';
import { saveSubscription } from '../../subscriptions/save-subscription';
import type { PushResult, PushSender } from '../types';
import { createDispatcher } from './create-dispatcher';
import { DEFAULT_DEVICE_EXPIRY, maintainDevices, STILL_THERE_TAG } from './device-expiry';

const DAY = 86_400_000;
const ORIGIN = 'https://crieur.test';
const daysAgo = (d: number) => new Date(Date.now() - d * DAY);

function recordingSender(answer: (endpoint: string) => number = () => 201) {
  const sent: Array<{ endpoint: string; payload: string }> = [];
  const sender: PushSender = {
    async send(target, payload): Promise<PushResult> {
      sent.push({ endpoint: target.endpoint, payload });
      return { kind: 'response', statusCode: answer(target.endpoint), body: '' };
    },
    close() {},
  };
  return { sender, sent };
}

describeEachDatabase('unseen devices: last notice, then expiry', (kind) => {
  const database = useTestDatabase(kind);
  const prisma = () => database().prisma;
  const devices = async () => (await prisma().pushSubscription.findMany({ orderBy: { id: 'asc' } })).map((d) => d.id);
  const set = (id: string, data: { lastSeenAt?: Date; staleNoticeAt?: Date | null }) =>
    prisma().pushSubscription.update({ where: { id }, data });

  beforeEach(async () => {
    await database().sql.exec(`DELETE FROM "PushSubscription"; DELETE FROM "User";`);
    await insertUsers(database().sql, [
      { id: 'ana', endpoints: ['https://push.test/ana-0', 'https://push.test/ana-1'] },
      { id: 'bob', endpoints: ['https://push.test/bob-0'] },
    ]);
    await database().sql.query(`UPDATE "User" SET locale = 'fr' WHERE id = 'bob'`);
    await set('ana-d0', { lastSeenAt: daysAgo(61) });
    await set('ana-d1', { lastSeenAt: daysAgo(2) });
    await set('bob-d0', { lastSeenAt: daysAgo(90) });
  });

  it('sends one notice, in the person’s language, to each device unseen for 60 days, and only once', async () => {
    const { sender, sent } = recordingSender();
    expect(await maintainDevices(database().sql, sender, { ...DEFAULT_DEVICE_EXPIRY, origin: ORIGIN })).toEqual({
      warned: 2,
      expired: 0,
    });
    const byEndpoint = Object.fromEntries(sent.map((s) => [s.endpoint, JSON.parse(s.payload)]));
    expect(Object.keys(byEndpoint).sort()).toEqual(['https://push.test/ana-0', 'https://push.test/bob-0']);
    expect(byEndpoint['https://push.test/ana-0']).toMatchObject({
      title: 'Crieur: do you still use this device?',
      tag: STILL_THERE_TAG,
    });
    expect(byEndpoint['https://push.test/bob-0'].title).toBe('Crieur : utilisez-vous toujours cet appareil ?');
    // Safari shows it too: a valid declarative message that opens the device list (a visit, which keeps the device).
    expect(parseDeclarativePush(sent[0].payload, ORIGIN).navigate).toBe(`${ORIGIN}/settings/notifications`);
    expect(await maintainDevices(database().sql, sender, DEFAULT_DEVICE_EXPIRY)).toEqual({ warned: 0, expired: 0 });
    expect(sent).toHaveLength(2);
  });

  it('keeps a warned device whose person comes back; removes the others after 14 days of grace', async () => {
    const { sender } = recordingSender();
    await maintainDevices(database().sql, sender, DEFAULT_DEVICE_EXPIRY);
    await set('ana-d0', { staleNoticeAt: daysAgo(15) });
    await set('bob-d0', { staleNoticeAt: daysAgo(15) });
    // Bob opens the notice: the page he lands on re-posts this browser's subscription.
    const bob = await prisma().pushSubscription.findUniqueOrThrow({ where: { id: 'bob-d0' } });
    await saveSubscription(userPrincipal({ id: 'bob' }), {
      endpoint: bob.endpoint,
      p256dh: FAKE_P256DH,
      auth: FAKE_AUTH,
      vapidPublicKey: bob.vapidPublicKey!,
      userAgent: null,
      name: 'x',
    });
    expect(await prisma().pushSubscription.findUniqueOrThrow({ where: { id: 'bob-d0' } })).toMatchObject({
      staleNoticeAt: null,
    });
    expect(await maintainDevices(database().sql, sender, DEFAULT_DEVICE_EXPIRY)).toEqual({ warned: 0, expired: 1 });
    expect(await devices()).toEqual(['ana-d1', 'bob-d0']);
  });

  it('waits the whole grace period; removes at once a device whose push service answers the notice 410', async () => {
    const { sender } = recordingSender((endpoint) => (endpoint.endsWith('bob-0') ? 410 : 201));
    expect(await maintainDevices(database().sql, sender, DEFAULT_DEVICE_EXPIRY)).toEqual({ warned: 2, expired: 1 });
    await set('ana-d0', { staleNoticeAt: daysAgo(13) });
    expect(await maintainDevices(database().sql, sender, DEFAULT_DEVICE_EXPIRY)).toEqual({ warned: 0, expired: 0 });
    expect(await devices()).toEqual(['ana-d0', 'ana-d1']);
  });

  it('is part of the dispatcher’s periodic maintenance, with the configured number of days', async () => {
    const { sender, sent } = recordingSender();
    await createDispatcher({ sql: database().sql, sender, deviceExpiry: { unseenDays: 80, graceDays: 14 } }).drain();
    expect(sent.map((s) => s.endpoint)).toEqual(['https://push.test/bob-0']);
    // Without the option (tests, tools) the dispatcher leaves devices alone.
    await createDispatcher({ sql: database().sql, sender }).drain();
    expect(sent).toHaveLength(1);
  });
});
