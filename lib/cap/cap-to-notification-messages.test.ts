import { describe, expect, it } from 'vitest';
import { notificationInputSchema } from '@/lib/validation/notification';
import { capAlert, capInfo, CAP_SAMPLES, MAP_NOW, mapInfos, mapOptions, readCapFixture } from '@/test/cap-alerts';
import { CapError } from './cap-error';
import { capToNotification } from './cap-to-notification';
import type { CapInfo } from './cap-types';
import { parseCapAlert } from './parse-cap';

const HOUR = 3600_000;

describe('capToNotification: audience and topic', () => {
  const rules = [
    { category: 'Health', topic: 'water' },
    { event: /flood|crue/i, topic: 'floods' },
    { category: 'met', event: 'Heat wave', topic: 'heat' },
  ];
  it.each<[Partial<CapInfo>, string]>([
    [{ categories: ['Health'] }, 'water'],
    [{ categories: ['Met', 'Health'], event: 'Storm' }, 'water'],
    [{ event: 'River Flood' }, 'floods'],
    [{ categories: ['Geo'], event: 'Crue de la Loire' }, 'floods'],
    [{ categories: ['Met'], event: ' heat WAVE ' }, 'heat'],
    [{ categories: ['Fire'], event: 'Heat wave' }, 'public-alerts'],
    [{ categories: ['Met'], event: 'Storm' }, 'public-alerts'],
  ])('%j → topic %s', (fields, topic) => {
    const n = mapInfos([capInfo(fields)], { topicRules: rules });
    expect(n).toMatchObject({ topic, audience: { kind: 'topic', topic } });
  });

  it('matches a global RegExp rule every time, not every other time', () => {
    const global = [{ event: /flood/gi, topic: 'floods' }];
    const topics = [1, 2, 3].map(() => mapInfos([capInfo({ event: 'Flood' })], { topicRules: global }).topic);
    expect(topics).toEqual(['floods', 'floods', 'floods']);
  });

  it('checks every <info> against a rule, and falls back on a configured default topic', () => {
    const infos = [capInfo({ event: 'Storm' }), capInfo({ language: 'fr', event: 'Crue' })];
    expect(mapInfos(infos, { topicRules: rules }).topic).toBe('floods');
    expect(mapInfos([capInfo({ event: 'Storm' })], { defaultTopic: 'alerts' }).topic).toBe('alerts');
  });

  it.each<[Partial<Parameters<typeof capAlert>[0]>, boolean]>([
    [{ status: 'Actual', scope: 'Public' }, false],
    [{ status: 'Test' }, true],
    [{ status: 'Exercise' }, true],
    [{ scope: 'Restricted', restriction: 'Staff' }, true],
    [{ scope: 'Private', addresses: 'ops@town.example' }, true],
  ])('%j goes to administrators only: %s', (fields, adminsOnly) => {
    const n = capToNotification(capAlert(fields), mapOptions).notification!;
    if (adminsOnly) {
      expect(n.audience).toEqual({ kind: 'role', role: 'admin' });
      expect(n.topic).toBeUndefined();
    } else expect(n.audience).toEqual({ kind: 'topic', topic: 'public-alerts' });
  });

  it.each([['System'], ['Draft']] as const)('refuses status %s', (status) => {
    expect(() => capToNotification(capAlert({ status }), mapOptions)).toThrow(
      expect.objectContaining({ code: 'unsupported_message' }),
    );
  });
});

describe('capToNotification: Update and Cancel', () => {
  const first = { sender: 'alerts@town.example', identifier: 'town-1', sent: new Date('2025-05-01T08:00:00Z') };
  const second = { sender: 'alerts@town.example', identifier: 'town-2', sent: new Date('2025-05-01T08:02:00Z') };

  it('publishes an Update with its references, on the same push tag as the message it updates', () => {
    const original = capToNotification(capAlert(), mapOptions);
    const update = capToNotification(
      capAlert({ identifier: 'town-3', msgType: 'Update', references: [second, first] }),
      mapOptions,
    );
    expect(update).toMatchObject({ action: 'publish', msgType: 'Update', references: [second, first] });
    const bilingual = capToNotification(
      capAlert({
        msgType: 'Update',
        references: [first],
        infos: [capInfo({ headline: 'Still rising' }), capInfo({ language: 'fr-FR', headline: 'Toujours en crue' })],
      }),
      mapOptions,
    );
    expect(bilingual.notification).toMatchObject({ lang: 'en', translations: { fr: { title: 'Toujours en crue' } } });
    expect(update.notification!.tag).toBe(original.notification!.tag);
    expect(original.notification!.tag).toMatch(/^cap-[A-Za-z0-9_-]{27}$/);
    const other = capToNotification(capAlert({ identifier: 'town-9' }), mapOptions);
    expect(other.notification!.tag).not.toBe(original.notification!.tag);
  });

  it('cancels its references, with the all-clear message when it has one', () => {
    const cancel = capToNotification(
      capAlert({ msgType: 'Cancel', references: [first], infos: [capInfo({ urgency: 'Past' })] }),
      mapOptions,
    );
    expect(cancel).toMatchObject({ action: 'cancel', msgType: 'Cancel', references: [first] });
    expect(cancel.notification).toMatchObject({ urgency: 'low', critical: false });
    expect(capToNotification(capAlert({ msgType: 'Cancel', references: [first], infos: [] }), mapOptions)).toEqual({
      action: 'cancel',
      msgType: 'Cancel',
      references: [first],
    });
    const stale = capInfo({ expires: new Date(MAP_NOW.getTime() - HOUR) });
    expect(
      capToNotification(capAlert({ msgType: 'Cancel', references: [first], infos: [stale] }), mapOptions).notification,
    ).toBeUndefined();
  });

  it.each([['Ack'], ['Error']] as const)('refuses msgType %s', (msgType) => {
    const err = (() => {
      try {
        capToNotification(capAlert({ msgType, references: [first] }), mapOptions);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CapError);
    expect(err).toMatchObject({ code: 'unsupported_message', element: 'alert/msgType' });
  });
});

describe('capToNotification: the sample alerts', () => {
  it.each(CAP_SAMPLES)('maps $file to a valid notification input', ({ file, current }) => {
    const alert = parseCapAlert(readCapFixture(file));
    const { notification } = capToNotification(alert, { defaultLanguage: 'fr', now: current });
    expect(notification).toBeDefined();
    // The schema checks expiry against the real clock: shift the alert's times to today.
    const shift = Date.now() - current.getTime();
    const parsed = notificationInputSchema.safeParse({
      ...notification,
      expiresAt: new Date(notification!.expiresAt.getTime() + shift).toISOString(),
    });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('maps the multilingual thunderstorm warning to a critical French notification translated into English', () => {
    const alert = parseCapAlert(readCapFixture('meteoalarm-style-thunderstorm-multilingual.xml'));
    const { notification } = capToNotification(alert, { defaultLanguage: 'fr', now: new Date('2025-07-11T11:00:00Z') });
    expect(notification).toMatchObject({
      title: 'Avertissement orange : orages violents',
      url: 'https://www.meteo.example.be/fr/avertissements',
      critical: true,
      urgency: 'high',
      lang: 'fr',
      expiresAt: new Date('2025-07-12T02:00:00Z'),
      audience: { kind: 'topic', topic: 'public-alerts' },
    });
    // Dutch is not a language of the portal: left out.
    expect(Object.keys(notification!.translations!)).toEqual(['en']);
    expect(notification!.translations!.en).toMatchObject({
      title: 'Orange warning: severe thunderstorms',
      url: 'https://www.meteo.example.be/en/warnings',
    });
    expect(notification!.body).toContain('rafales > 90 km/h & fortes pluies.\n\nRangez');
  });
});
