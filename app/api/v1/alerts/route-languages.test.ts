// A CAP alert in several languages, end to end: posted to the route, it becomes one notification whose variants
// reach each resident's device (decrypted here by web-push-testing) and inbox in the resident's language.
import webpush from 'web-push';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { listInbox } from '@/lib/inbox/list-inbox';
import { capInfoXml, capMessageXml } from '@/test/cap-ingest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal, userPrincipal } from '@/test/principals';
import { drainToMockPushService, pushedTo, subscribeDevices } from '@/test/push/mock-push-devices';
import { startMockPushService, type MockPushService } from '@/test/push/web-push-testing-server';
import { POST } from './route';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };
// Saved languages: French, English, none, and one the portal does not have (German, also in the alert).
const PEOPLE = { amelie: 'fr', bob: 'en', cleo: null, dieter: 'de' } as const;
type Person = keyof typeof PEOPLE;
let seq = 0;
const nextId = () => `lang-${Date.now()}-${++seq}`;

// A storm (no topic rule claims it: the Public alerts topic, which everyone here follows), in English, French and
// German; the French link is its own page.
const STORM = [
  capInfoXml({ language: 'de-DE', event: 'Sturm', headline: 'Sturmwarnung' }),
  capInfoXml({ language: 'en-GB', event: 'Storm', headline: 'Storm warning', description: 'Stay indoors.' }),
  capInfoXml({
    language: 'fr-FR',
    event: 'Tempête',
    headline: 'Alerte tempête',
    description: 'Restez chez vous.',
    web: 'https://prefecture.example/fr/tempete',
  }),
  capInfoXml({ language: 'fr-CA', event: 'Tempête', headline: 'Avis de tempête' }),
];

describeEachDatabase('POST /api/v1/alerts: an alert in several languages', (kind) => {
  const database = useTestDatabase(kind);
  let mock: MockPushService;
  let token: string;
  let device: Record<Person, string>;

  const send = async (xml: string) => {
    const headers = { 'content-type': 'application/cap+xml', authorization: `Bearer ${token}` };
    const res = await POST(new Request('http://localhost:3000/api/v1/alerts', { method: 'POST', headers, body: xml }));
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string };
  };
  const drain = () => drainToMockPushService({ sql: database().sql, mock, vapid, origin: 'https://crieur.test' });
  const pushed = (who: Person) => pushedTo(mock, device[who]);

  beforeAll(async () => {
    mock = await startMockPushService();
    await insertUsers(database().sql, [{ id: 'adm', role: 'admin' }]);
    ({ token } = await createApiToken(adminPrincipal({ id: 'adm' }), { name: 'Prefecture' }));
  });
  afterAll(() => mock.stop());
  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription";
       DELETE FROM "User" WHERE id <> 'adm';`,
    );
    await insertUsers(
      database().sql,
      Object.entries(PEOPLE).map(([id, locale]) => ({ id, locale, topics: ['public-alerts'] })),
    );
    device = await subscribeDevices(database().sql, mock, vapid.publicKey, Object.keys(PEOPLE) as Person[]);
  });

  it('stores one notification in English with its French translation, German left out', async () => {
    const { id } = await send(capMessageXml({ identifier: nextId(), infos: STORM }));
    const [n] = await database().sql.query<Record<string, unknown>>(
      `SELECT lang, title, body, url, translations, critical FROM "Notification" WHERE id = $1`,
      [id],
    );
    expect(n).toEqual({
      lang: 'en',
      title: 'Storm warning',
      body: 'Stay indoors.',
      url: null,
      critical: true,
      translations: {
        fr: { title: 'Alerte tempête', body: 'Restez chez vous.', url: 'https://prefecture.example/fr/tempete' },
      },
    });
  });

  it('pushes the French-speaking resident the French text, everyone else the English', async () => {
    const { id } = await send(capMessageXml({ identifier: nextId(), infos: STORM }));
    expect(await drain()).toMatchObject({ sent: 4, failed: 0 });
    expect((await pushed('amelie'))[0]).toMatchObject({
      notificationId: id,
      title: 'Alerte tempête',
      body: 'Restez chez vous.',
      lang: 'fr',
      url: 'https://prefecture.example/fr/tempete',
    });
    for (const who of ['bob', 'cleo', 'dieter'] as const) {
      expect((await pushed(who))[0], who).toMatchObject({ title: 'Storm warning', body: 'Stay indoors.', lang: 'en' });
    }
    expect((await listInbox(userPrincipal({ id: 'amelie', locale: 'fr' })))[0]).toMatchObject({
      id,
      title: 'Alerte tempête',
      lang: 'fr',
    });
  });

  it('an Update carries its translations: the French reader gets the French update', async () => {
    const first = nextId();
    const sent = new Date(Math.floor(Date.now() / 1000) * 1000);
    await send(capMessageXml({ identifier: first, sent, infos: STORM }));
    const update = await send(
      capMessageXml({
        identifier: nextId(),
        sent,
        msgType: 'Update',
        references: [first],
        infos: [
          capInfoXml({ language: 'fr', event: 'Tempête', headline: 'Tempête : fin de l’alerte demain' }),
          capInfoXml({ language: 'en-US', event: 'Storm', headline: 'Storm: all clear tomorrow' }),
        ],
      }),
    );
    await drain();
    const titles = async (who: Person) => (await pushed(who)).map((m) => [m.notificationId, m.title]);
    expect((await titles('amelie')).find(([nid]) => nid === update.id)).toEqual([
      update.id,
      'Tempête : fin de l’alerte demain',
    ]);
    expect((await titles('bob')).find(([nid]) => nid === update.id)).toEqual([update.id, 'Storm: all clear tomorrow']);
  });
});
