import { describe, expect, it } from 'vitest';
import { capAlert, capInfo, CAP_SAMPLES, readCapFixture } from '@/test/cap-alerts';
import { capSchemaErrors } from '@/test/validate-cap-xsd';
import { buildCapAlert } from './build-cap';
import { capToNotification } from './cap-to-notification';
import { notificationToCapAlert, type CapPublisher } from './notification-to-cap';
import { parseCapAlert } from './parse-cap';

const publisher: CapPublisher = {
  sender: 'alerts@town.example',
  senderName: 'Town of Example',
  origin: 'https://town.example',
  areaDesc: 'Town of Example',
};

describe('buildCapAlert', () => {
  it('checks the schema test itself: the OASIS XSD refuses what CAP forbids', async () => {
    expect(await capSchemaErrors(readCapFixture('spec-a2-severe-thunderstorm.xml'))).toEqual([]);
    const zulu = readCapFixture('spec-a2-severe-thunderstorm.xml').replace('14:57:00-07:00', '14:57:00Z');
    expect(await capSchemaErrors(zulu)).toEqual([expect.stringContaining("[facet 'pattern']")]);
  });

  it.each(CAP_SAMPLES)(
    'rebuilds $file into a schema-valid document that parses back to the same alert',
    async ({ file }) => {
      const alert = parseCapAlert(readCapFixture(file));
      const xml = buildCapAlert(alert);
      expect(await capSchemaErrors(xml)).toEqual([]);
      expect(parseCapAlert(xml)).toEqual(alert);
    },
  );

  it('writes sent and every time in UTC as -00:00, and references as sender,identifier,sent', () => {
    const ref = { sender: 'a@b', identifier: 'x-1', sent: new Date('2025-05-01T06:00:00Z') };
    const xml = buildCapAlert(
      capAlert({
        msgType: 'Update',
        references: [ref],
        infos: [capInfo({ expires: new Date('2025-05-02T07:08:09.999Z') })],
      }),
    );
    expect(xml).toContain('<sent>2025-05-01T08:00:00-00:00</sent>');
    expect(xml).toContain('<expires>2025-05-02T07:08:09-00:00</expires>');
    expect(xml).toContain('<references>a@b,x-1,2025-05-01T06:00:00-00:00</references>');
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'),
    ).toBe(true);
  });

  it('escapes markup in every text, so hostile text stays text', async () => {
    const hostile =
      `</headline><status>Test</status><!DOCTYPE x [<!ENTITY e "e">]> &e; &amp; ` +
      `"quotes" 'single' ]]> <![CDATA[x]]>`;
    const alert = capAlert({
      note: hostile,
      infos: [
        capInfo({
          headline: hostile,
          description: `${hostile}\nline 2`,
          parameters: [{ valueName: '<b>', value: '&' }],
        }),
      ],
    });
    const xml = buildCapAlert(alert);
    expect(xml).not.toContain('<status>Test</status><!DOCTYPE');
    expect(await capSchemaErrors(xml)).toEqual([]);
    expect(parseCapAlert(xml)).toEqual(alert);
  });

  it('drops characters XML cannot carry instead of writing a broken document', async () => {
    const xml = buildCapAlert(capAlert({ infos: [capInfo({ headline: 'Bell\u0007 and \uFFFE gone 🚨' })] }));
    expect(await capSchemaErrors(xml)).toEqual([]);
    expect(parseCapAlert(xml).infos[0].headline).toBe('Bell and  gone 🚨');
  });
});

describe('notificationToCapAlert', () => {
  const notification = {
    id: 'ckx1notif42',
    sentAt: new Date('2025-05-01T08:00:00.456Z'),
    expiresAt: new Date('2025-05-01T20:00:00.789Z'),
    critical: true,
    urgency: 'high' as const,
    event: 'Flood',
    category: 'Met' as const,
    lang: 'fr',
    title: 'Crue : évacuez les quais',
    body: 'Montée rapide <de> l’eau & débordements.',
    url: '/inbox/ckx1notif42',
    translations: { en: { title: 'Flood: leave the quays', body: '', url: 'https://river.example/levels' } },
  };

  it('writes one <info> per language variant, critical as Severe and Immediate, valid against the XSD', async () => {
    const alert = notificationToCapAlert(notification, publisher);
    const xml = buildCapAlert(alert);
    expect(await capSchemaErrors(xml)).toEqual([]);
    const back = parseCapAlert(xml);
    expect(back).toEqual(alert);
    expect(back).toMatchObject({
      identifier: 'ckx1notif42',
      sender: 'alerts@town.example',
      sent: new Date('2025-05-01T08:00:00Z'),
    });
    expect(back.infos.map((i) => [i.language, i.severity, i.urgency, i.headline, i.web])).toEqual([
      ['fr', 'Severe', 'Immediate', 'Crue : évacuez les quais', 'https://town.example/inbox/ckx1notif42'],
      ['en', 'Severe', 'Immediate', 'Flood: leave the quays', 'https://river.example/levels'],
    ]);
    expect(back.infos[1].description).toBeUndefined();
  });

  it.each([
    [false, 'high', 'Minor', 'Immediate'],
    [false, 'normal', 'Minor', 'Future'],
    [false, 'low', 'Minor', 'Future'],
  ] as const)('critical %s, urgency %s → %s, %s', (critical, urgency, severity, capUrgency) => {
    const info = notificationToCapAlert({ ...notification, critical, urgency }, publisher).infos[0];
    expect([info.severity, info.urgency]).toEqual([severity, capUrgency]);
  });

  it('comes back through capToNotification as the same notification', () => {
    const alert = parseCapAlert(buildCapAlert(notificationToCapAlert(notification, publisher)));
    const { notification: n } = capToNotification(alert, {
      defaultLanguage: 'fr',
      now: new Date('2025-05-01T09:00:00Z'),
    });
    expect(n).toMatchObject({
      title: 'Crue : évacuez les quais',
      body: 'Montée rapide <de> l’eau & débordements.',
      critical: true,
      urgency: 'high',
      url: 'https://town.example/inbox/ckx1notif42',
      expiresAt: new Date('2025-05-01T20:00:00Z'),
      lang: 'fr',
      translations: notification.translations,
    });
  });

  it('writes a translation without a link with the default link, and comes back without its own', async () => {
    const bilingual = {
      ...notification,
      lang: 'en',
      title: 'Flood: leave the quays',
      body: 'The river is rising.',
      translations: { fr: { title: 'Crue : évacuez les quais', body: 'La rivière monte.' } },
    };
    const xml = buildCapAlert(notificationToCapAlert(bilingual, publisher));
    expect(await capSchemaErrors(xml)).toEqual([]);
    const back = parseCapAlert(xml);
    expect(back.infos.map((i) => [i.language, i.headline, i.description, i.web])).toEqual([
      ['en', 'Flood: leave the quays', 'The river is rising.', 'https://town.example/inbox/ckx1notif42'],
      ['fr', 'Crue : évacuez les quais', 'La rivière monte.', 'https://town.example/inbox/ckx1notif42'],
    ]);
    const { notification: n } = capToNotification(back, { defaultLanguage: 'en', now: new Date('2025-05-01T09:00Z') });
    expect(n).toMatchObject({ lang: 'en', title: 'Flood: leave the quays', translations: bilingual.translations });
    expect(n!.translations!.fr).not.toHaveProperty('url');
  });
});

describe('parse → map → build → validate → parse back', () => {
  it.each(CAP_SAMPLES)('keeps $file as the same notification', async ({ file, current }) => {
    const mapOpts = { defaultLanguage: 'en' as const, now: current };
    const first = capToNotification(parseCapAlert(readCapFixture(file)), mapOpts).notification!;
    const outgoing = { id: 'n1', sentAt: current, ...first, event: undefined };
    const xml = buildCapAlert(notificationToCapAlert(outgoing, publisher));
    expect(await capSchemaErrors(xml)).toEqual([]);
    const again = capToNotification(parseCapAlert(xml), mapOpts).notification!;
    const content = (n: typeof first) => ({
      title: n.title,
      body: n.body,
      url: n.url,
      critical: n.critical,
      lang: n.lang,
      translations: n.translations,
      expiresAt: new Date(Math.floor(n.expiresAt.getTime() / 1000) * 1000),
    });
    expect(content(again)).toEqual(content(first));
  });
});
