import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../messages';
import { formatMessage } from './format-message';
import { LOCALES } from './locales';

// Counts go through ICU plurals: "{n} devices" reads "1 devices" (and "1 appareils") the day n is 1.
// A placeholder whose name says it holds a count must be the subject of a `plural`, unless listed here with why.
const COUNT_WORDS =
  'n|count|total|done|recipients|devices|deliveries|minutes|hours|days|read|acknowledged|bytes|budget|sessions';
const COUNT_NAME = new RegExp(`^(${COUNT_WORDS})$|Count$`);
const NOT_A_PLURAL: Record<string, string> = {
  'admin.actionType.n': 'the position of a button ("Button 2"), not a quantity',
  'admin.actionTitle.n': 'the position of a button',
  'admin.actionUrl.n': 'the position of a button',
  'admin.meterText.bytes': '"120 of 3,000 bytes": the noun agrees with the budget, which is a plural',
  'admin.progress.done': '"3 of 10 deliveries done": the noun agrees with the total, which is a plural',
  'admin.logFilterAll.n': 'a count in parentheses after a label ("All (1,200)"): no noun to agree with it',
  'admin.logFilterStatus.n': 'a count in parentheses after a status ("Failed (12)"): no noun to agree with it',
  'push.numberedName.n': 'the number telling two same-named devices apart ("Firefox on Android (2)"), not a quantity',
};

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;

/** Every placeholder of a message: its name and whether it is a plural's subject. */
function placeholders(elements: Element[]): Array<{ name: string; plural: boolean }> {
  return elements.flatMap((e) => {
    const own =
      e.type === ARGUMENT || e.type === NUMBER || e.type === SELECT || e.type === PLURAL
        ? [{ name: e.value!, plural: e.type === PLURAL }]
        : [];
    const nested = Object.values(e.options ?? {}).flatMap((o) => placeholders(o.value));
    return [...own, ...nested];
  });
}

const entries = Object.entries(catalogs).flatMap(([area, byLocale]) =>
  LOCALES.flatMap((locale) =>
    Object.entries(byLocale[locale] as Record<string, string>).map(([key, text]) => ({ area, locale, key, text })),
  ),
);

const parse = (text: string, locale: string) => new IntlMessageFormat(text, locale).getAst() as Element[];

describe('message catalogues', () => {
  it.each(entries.map((e) => [`${e.area}.${e.key} (${e.locale})`, e] as const))('%s: counts are plurals', (_, e) => {
    for (const p of placeholders(parse(e.text, e.locale))) {
      if (!COUNT_NAME.test(p.name) || p.plural) continue;
      const where = `{${p.name}} in ${e.area}.${e.key} (${e.locale})`;
      expect(
        NOT_A_PLURAL[`${e.area}.${e.key}.${p.name}`],
        `${where} is a count: use {${p.name}, plural, …}`,
      ).toBeDefined();
    }
  });

  it.each(Object.keys(catalogs))('%s: both languages have the same keys and the same placeholders', (area) => {
    const { en, fr } = catalogs[area as keyof typeof catalogs] as Record<string, Record<string, string>>;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const names = (text: string, locale: string) =>
      [...new Set(placeholders(parse(text, locale)).map((p) => p.name))].sort();
    for (const key of Object.keys(en)) expect(names(fr[key], 'fr'), `${area}.${key}`).toEqual(names(en[key], 'en'));
  });

  it('lists no exception that no longer exists', () => {
    for (const id of Object.keys(NOT_A_PLURAL)) {
      const [area, key, name] = id.split('.');
      const text = (catalogs[area as keyof typeof catalogs].en as Record<string, string>)[key];
      expect(text, id).toBeDefined();
      expect(
        placeholders(parse(text, 'en')).map((p) => p.name),
        id,
      ).toContain(name);
    }
  });
});

describe('plural messages at 0, 1, 2 and 1000', () => {
  const at = (area: keyof typeof catalogs, key: string, vars: (n: number) => Record<string, number | string>) =>
    Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        [0, 1, 2, 1000].map((n) =>
          formatMessage(locale, (catalogs[area][locale] as Record<string, string>)[key], vars(n)),
        ),
      ]),
    );

  it('reach: people and devices (French: 0 and 1 are singular, thousands grouped with a narrow no-break space)', () => {
    expect(at('admin', 'reach', (n) => ({ recipients: n, devices: n }))).toEqual({
      en: [
        'Reaches 0 people on 0 devices.',
        'Reaches 1 person on 1 device.',
        'Reaches 2 people on 2 devices.',
        'Reaches 1,000 people on 1,000 devices.',
      ],
      fr: [
        'Atteint 0 personne sur 0 appareil.',
        'Atteint 1 personne sur 1 appareil.',
        'Atteint 2 personnes sur 2 appareils.',
        'Atteint 1\u202f000 personnes sur 1\u202f000 appareils.',
      ],
    });
  });

  it('the result of a send: people and devices', () => {
    expect(at('admin', 'resultText', (n) => ({ title: 'T', recipients: n, deliveries: 3 * n }))).toEqual({
      en: [
        '“T” was created for no one on no device.',
        '“T” was created for 1 person on 3 devices.',
        '“T” was created for 2 people on 6 devices.',
        '“T” was created for 1,000 people on 3,000 devices.',
      ],
      fr: [
        '« T » a été créée pour aucune personne sur aucun appareil.',
        '« T » a été créée pour 1 personne sur 3 appareils.',
        '« T » a été créée pour 2 personnes sur 6 appareils.',
        '« T » a été créée pour 1\u202f000 personnes sur 3\u202f000 appareils.',
      ],
    });
  });

  it('inbox counts of a notification', () => {
    expect(at('admin', 'inboxCounts', (n) => ({ recipients: n, read: n, acknowledged: n }))).toEqual({
      en: [
        '0 recipients, 0 read, 0 acknowledged.',
        '1 recipient, 1 read, 1 acknowledged.',
        '2 recipients, 2 read, 2 acknowledged.',
        '1,000 recipients, 1,000 read, 1,000 acknowledged.',
      ],
      fr: [
        '0 destinataire, personne ne l’a lue, personne ne l’a prise en compte.',
        '1 destinataire, 1 l’a lue, 1 l’a prise en compte.',
        '2 destinataires, 2 l’ont lue, 2 l’ont prise en compte.',
        '1\u202f000 destinataires, 1\u202f000 l’ont lue, 1\u202f000 l’ont prise en compte.',
      ],
    });
  });

  it('unread badge, delivery counts and pruning', () => {
    expect(at('common', 'unreadBadge', (count) => ({ count }))).toEqual({
      en: ['0 unread messages', '1 unread message', '2 unread messages', '1,000 unread messages'],
      fr: ['0 message non lu', '1 message non lu', '2 messages non lus', '1\u202f000 messages non lus'],
    });
    expect(at('admin', 'count_gone', (n) => ({ n })).fr).toEqual([
      '0 appareil désabonné',
      '1 appareil désabonné',
      '2 appareils désabonnés',
      '1\u202f000 appareils désabonnés',
    ]);
    expect(at('admin', 'pruneConfirm', (n) => ({ n })).en).toEqual([
      'Remove these 0 devices',
      'Remove this device',
      'Remove these 2 devices',
      'Remove these 1,000 devices',
    ]);
  });

  it('a wait in minutes and the sessions of an account', () => {
    expect(at('auth', 'tooManyAttempts', (minutes) => ({ minutes })).fr[1]).toBe(
      'Trop de tentatives. Par sécurité, réessayez dans 1 minute.',
    );
    expect(at('account', 'sessionsCount', (n) => ({ n })).en[1]).toBe('You are signed in on this device only.');
    expect(at('account', 'sessionsCount', (n) => ({ n })).fr[2]).toBe(
      'Vous êtes connecté·e sur 2 appareils ou navigateurs.',
    );
  });
});
