// One notification in several languages, end to end: each recipient's variant is chosen once at fan-out, then pushed
// (decrypted here by web-push-testing), fetched by id, listed in the inbox and counted for the admin, all alike.
import webpush from 'web-push';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { insertUsers, useTestDatabase } from '../../test/delivery-fixtures';
import { userPrincipal } from '../../test/principals';
import { drainToMockPushService, pushedTo, subscribeDevices } from '../../test/push/mock-push-devices';
import { startMockPushService, type MockPushService } from '../../test/push/web-push-testing-server';
import { getInboxItem } from '../inbox/get-inbox-item';
import { listInbox } from '../inbox/list-inbox';
import { notificationInputSchema } from '../validation/notification';
import { countNotifications } from './count-deliveries';
import { createNotification } from './create-notification';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };
const ORIGIN = 'https://crieur.test';
const languagesOf = async (id: string) => (await countNotifications([id])).get(id)!.languages;
// Saved languages: French, English, none, and one the portal does not have.
const PEOPLE = { amelie: 'fr', bob: 'en', cleo: null, dmitri: 'ru' } as const;
type Person = keyof typeof PEOPLE;

const BILINGUAL = {
  title: 'Water cut tomorrow',
  body: 'From 9:00 to 12:00.',
  url: '/inbox',
  actions: [{ type: 'ack', title: 'OK' }],
  translations: {
    fr: {
      title: 'Coupure d’eau demain',
      body: 'De 9 h à 12 h.',
      actions: [{ type: 'ack', title: 'Compris' }],
    },
  },
  audience: { kind: 'everyone' },
};

describeEachDatabase('a notification in several languages', (kind) => {
  const database = useTestDatabase(kind);
  let mock: MockPushService;
  let device: Record<Person, string>;

  const drain = (privatePayloads = false) =>
    drainToMockPushService({ sql: database().sql, mock, vapid, privatePayloads, origin: ORIGIN });
  const pushed = (who: Person) => pushedTo(mock, device[who]);
  const notify = (input: Record<string, unknown>) =>
    createNotification(notificationInputSchema.parse(input), { source: 'api' });

  beforeAll(async () => {
    mock = await startMockPushService();
  });
  afterAll(() => mock.stop());
  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
    await insertUsers(
      database().sql,
      Object.entries(PEOPLE).map(([id, locale]) => ({ id, locale })),
    );
    device = await subscribeDevices(database().sql, mock, vapid.publicKey, Object.keys(PEOPLE) as Person[]);
  });

  it('pushes each person the variant of their saved language, else the default, with lang and dir', async () => {
    const n = await notify(BILINGUAL);
    expect(await drain()).toMatchObject({ sent: 4, failed: 0 });

    const [fr] = await pushed('amelie');
    expect(fr).toMatchObject({
      notificationId: n.id,
      title: 'Coupure d’eau demain',
      body: 'De 9 h à 12 h.',
      lang: 'fr',
      dir: 'ltr',
      // A variant without its own link keeps the default's; its buttons are its own.
      url: '/inbox',
      actions: [{ action: 'ack', title: 'Compris' }],
      notification: { title: 'Coupure d’eau demain', lang: 'fr', dir: 'ltr', navigate: `${ORIGIN}/inbox` },
    });
    for (const who of ['bob', 'cleo', 'dmitri'] as const) {
      const [en] = await pushed(who);
      expect(en, who).toMatchObject({
        title: 'Water cut tomorrow',
        lang: 'en',
        dir: 'ltr',
        actions: [{ action: 'ack', title: 'OK' }],
        notification: { title: 'Water cut tomorrow', lang: 'en' },
      });
    }
    expect(await languagesOf(n.id)).toEqual([
      { lang: 'en', recipients: 3 },
      { lang: 'fr', recipients: 1 },
    ]);
  });

  it('the id-only fetch and the inbox show each person the variant their devices got', async () => {
    const n = await notify(BILINGUAL);
    expect(await drain(true)).toMatchObject({ sent: 4 });
    expect(await pushed('amelie')).toEqual([{ notificationId: n.id }]);

    const amelie = userPrincipal({ id: 'amelie', locale: 'fr' });
    expect(await getInboxItem(amelie, { notificationId: n.id })).toMatchObject({
      title: 'Coupure d’eau demain',
      lang: 'fr',
      dir: 'ltr',
      actions: [{ action: 'ack', title: 'Compris' }],
    });
    const [item] = await listInbox(amelie);
    expect(item).toMatchObject({ id: n.id, title: 'Coupure d’eau demain', body: 'De 9 h à 12 h.', lang: 'fr' });
    expect(item).not.toHaveProperty('translations');
    // The choice was made at fan-out: a language changed since does not change what this message said.
    await database().sql.query(`UPDATE "User" SET locale = 'en' WHERE id = 'amelie'`);
    expect((await listInbox(userPrincipal({ id: 'amelie', locale: 'en' })))[0].title).toBe('Coupure d’eau demain');

    const [bobs] = await listInbox(userPrincipal({ id: 'bob' }));
    expect(bobs).toMatchObject({ title: 'Water cut tomorrow', lang: 'en' });
    expect(await getInboxItem(userPrincipal({ id: 'cleo' }), { notificationId: n.id })).toMatchObject({
      title: 'Water cut tomorrow',
      lang: 'en',
    });
  });

  it('a French default reaches the English reader in English, everyone else in French', async () => {
    const n = await notify({
      lang: 'fr',
      title: 'Marché de Noël',
      body: 'Place de la mairie.',
      translations: { en: { title: 'Christmas market', body: 'Town hall square.', url: '/settings' } },
      audience: { kind: 'everyone' },
    });
    await drain();
    expect((await pushed('bob'))[0]).toMatchObject({ title: 'Christmas market', lang: 'en', url: '/settings' });
    for (const who of ['amelie', 'cleo', 'dmitri'] as const) {
      expect((await pushed(who))[0], who).toMatchObject({ title: 'Marché de Noël', lang: 'fr' });
    }
    expect(await languagesOf(n.id)).toEqual([
      { lang: 'fr', recipients: 3 },
      { lang: 'en', recipients: 1 },
    ]);
  });

  it('without translations everyone gets the one variant (a French reader of an English message too)', async () => {
    const n = await notify({ title: 'Only English', audience: { kind: 'everyone' } });
    await drain();
    expect((await pushed('amelie'))[0]).toMatchObject({ title: 'Only English', lang: 'en' });
    expect(await languagesOf(n.id)).toEqual([{ lang: 'en', recipients: 4 }]);
  });
});
