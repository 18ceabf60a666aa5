import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '../http/json-error';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import {
  composeNotificationSchema,
  DEFAULT_LANGUAGE,
  isSafeLink,
  languageSchema,
  notificationInputSchema,
  resolveExpiresAt,
} from './notification';

const base = { title: 'Hello', audience: { kind: 'everyone' } };
const DAY = 24 * 3600_000;
/** An ISO instant `days` from now (fractions allowed). */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const errors = (v: unknown) => {
  const r = notificationInputSchema.safeParse(v);
  return r.success ? {} : zodFieldErrors(r.error.issues);
};

describe('notificationInputSchema', () => {
  it('names a date mistake with the others (no audience chosen yet); survives a body that is no object', () => {
    expect(errors({ title: 'Hello', scheduledAt: inDays(400) })).toEqual({
      audience: 'invalid_audience',
      scheduledAt: 'scheduled_too_far',
    });
    expect(errors({ title: 'Hello', scheduledAt: 'soon' })).toEqual({
      audience: 'invalid_audience',
      scheduledAt: 'invalid_date',
    });
    expect(notificationInputSchema.safeParse(null).success).toBe(false);
    expect(notificationInputSchema.safeParse('x').success).toBe(false);
  });

  it('applies defaults', () => {
    expect(notificationInputSchema.parse(base)).toEqual({
      title: 'Hello',
      body: '',
      actions: [],
      urgency: 'normal',
      critical: false,
      audience: { kind: 'everyone' },
    });
  });

  it('accepts every audience kind and normalises form values', () => {
    const v = notificationInputSchema.parse({
      ...base,
      url: '/inbox',
      icon: '',
      image: null,
      urgency: '',
      critical: 'on',
      topic: ' Roadworks ',
      scheduledAt: inDays(30),
      expiresAt: inDays(31),
      audience: { kind: 'users', users: ['u1', 'a@b.org'] },
      actions: [
        { type: 'ack', title: 'OK' },
        { type: 'link', title: 'See', url: 'https://example.org/x' },
      ],
    });
    expect(v).toMatchObject({
      url: '/inbox',
      icon: undefined,
      image: undefined,
      urgency: 'normal',
      critical: true,
      topic: 'roadworks',
    });
    expect(v.scheduledAt).toBeInstanceOf(Date);
    for (const audience of [
      { kind: 'role', role: 'admin' },
      { kind: 'topic', topic: 'waste' },
    ]) {
      expect(notificationInputSchema.safeParse({ ...base, audience }).success).toBe(true);
    }
  });

  it('names the field of each mistake', () => {
    expect(errors({ ...base, title: ' ' })).toEqual({ title: 'required' });
    expect(errors({ ...base, title: 'x'.repeat(121) })).toEqual({ title: 'too_long' });
    expect(errors({ ...base, body: 'x'.repeat(1001) })).toEqual({ body: 'too_long' });
    expect(errors({ ...base, url: 'http://example.org' })).toEqual({ url: 'invalid_url' });
    expect(errors({ ...base, url: '//evil.example' })).toEqual({ url: 'invalid_url' });
    expect(errors({ ...base, icon: 'javascript:alert(1)' })).toEqual({ icon: 'invalid_url' });
    expect(errors({ ...base, urgency: 'urgent' })).toEqual({ urgency: 'invalid_urgency' });
    expect(errors({ ...base, topic: 'Not a slug!' })).toEqual({ topic: 'invalid_slug' });
    expect(errors({ ...base, audience: { kind: 'users', users: [] } })).toEqual({ 'audience.users': 'audience_empty' });
    expect(errors({ ...base, audience: { kind: 'planet' } })).toEqual({ 'audience.kind': 'invalid_audience' });
    expect(errors({ ...base, audience: { kind: 'role', role: 'mayor' } })).toEqual({ 'audience.role': 'invalid_role' });
    expect(
      errors({
        ...base,
        actions: [
          { type: 'ack', title: 'OK' },
          { type: 'ack', title: 'Yes' },
        ],
      }),
    ).toEqual({ actions: 'one_ack_only' });
    expect(errors({ ...base, actions: [1, 2, 3].map(() => ({ type: 'link', title: 'x', url: '/x' })) })).toEqual({
      actions: 'too_many_actions',
    });
    expect(errors({ ...base, actions: [{ type: 'link', title: 'x', url: 'ftp://x' }] })).toEqual({
      'actions.0.url': 'invalid_url',
    });
    expect(errors({ ...base, expiresAt: 'soon' })).toEqual({ expiresAt: 'invalid_date' });
    expect(errors({ ...base, expiresAt: '2000-01-01T00:00:00Z' })).toEqual({ expiresAt: 'expires_in_past' });
    expect(errors({ ...base, scheduledAt: inDays(2), expiresAt: inDays(1) })).toEqual({
      expiresAt: 'expires_before_schedule',
    });
  });

  it('requires the composer’s idempotency key', () => {
    expect(composeNotificationSchema.safeParse(base).success).toBe(false);
    expect(composeNotificationSchema.parse({ ...base, idempotencyKey: 'abc-123' }).idempotencyKey).toBe('abc-123');
  });

  it('defaults the expiry to 24 h after the notification is due', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(resolveExpiresAt({}, now)).toEqual(new Date('2026-01-02T00:00:00Z'));
    expect(resolveExpiresAt({ scheduledAt: new Date('2026-01-05T00:00:00Z') }, now)).toEqual(
      new Date('2026-01-06T00:00:00Z'),
    );
  });

  it('only lets notifications link to this portal or https', () => {
    expect(['/a', '/a?b#c', 'https://x.org/'].every(isSafeLink)).toBe(true);
    expect(['//x.org', '/\\x.org', 'http://x.org', 'data:text/html,x', 'inbox'].some(isSafeLink)).toBe(false);
  });
});

describe('notification dates are bounded (422 naming the field, never a 500 further down)', () => {
  it.each([
    ['a schedule more than a year ahead', { scheduledAt: inDays(366) }, { scheduledAt: 'scheduled_too_far' }],
    ['the last day of year 9999', { scheduledAt: '9999-12-31T23:59:59Z' }, { scheduledAt: 'scheduled_too_far' }],
    ['a year of six digits', { scheduledAt: '+275760-09-13T00:00:00.000Z' }, { scheduledAt: 'invalid_date' }],
    ['epoch milliseconds', { scheduledAt: 8.64e15 }, { scheduledAt: 'invalid_date' }],
    ['the first day of year 0', { scheduledAt: '0000-01-01T00:00:00Z' }, { scheduledAt: 'scheduled_in_past' }],
    ['a schedule an hour ago', { scheduledAt: inDays(-1 / 24) }, { scheduledAt: 'scheduled_in_past' }],
    ['an expiry 29 days from now', { expiresAt: inDays(29) }, { expiresAt: 'expires_too_far' }],
    [
      'an expiry 29 days after the schedule',
      { scheduledAt: inDays(10), expiresAt: inDays(39) },
      { expiresAt: 'expires_too_far' },
    ],
    [
      'an expiry equal to the schedule',
      { scheduledAt: inDays(3), expiresAt: 'same' },
      { expiresAt: 'expires_before_schedule' },
    ],
    ['an expiry now', { expiresAt: inDays(0) }, { expiresAt: 'expires_in_past' }],
    ['an object', { expiresAt: {} }, { expiresAt: 'invalid_date' }],
    ['a date with a NUL', { expiresAt: '2026-01-01\u0000' }, { expiresAt: 'invalid_date' }],
    // Wrong JSON types and loose strings: z.coerce.date read these as some date, rarely the one meant.
    ['an array', { scheduledAt: [2027] }, { scheduledAt: 'invalid_date' }],
    ['true', { scheduledAt: true }, { scheduledAt: 'invalid_date' }],
    ['false', { expiresAt: false }, { expiresAt: 'invalid_date' }],
    ['a number', { expiresAt: Date.now() + DAY }, { expiresAt: 'invalid_date' }],
    ['a date in words', { scheduledAt: 'Dec 25 2026' }, { scheduledAt: 'invalid_date' }],
    ['a date alone', { scheduledAt: '2026-12-25' }, { scheduledAt: 'invalid_date' }],
    ['a date-time without its offset', { scheduledAt: '2026-12-25T10:00:00' }, { scheduledAt: 'invalid_date' }],
    ['30 February', { scheduledAt: '2026-02-30T00:00:00Z' }, { scheduledAt: 'invalid_date' }],
    ['hour 24', { expiresAt: '2026-12-25T24:00:00Z' }, { expiresAt: 'invalid_date' }],
    ['an RFC 2822 date', { expiresAt: 'Fri, 25 Dec 2026 10:00:00 GMT' }, { expiresAt: 'invalid_date' }],
  ])('refuses %s', (_label, dates, expected) => {
    const input = { ...base, ...dates } as Record<string, unknown>;
    if (input.expiresAt === 'same') input.expiresAt = input.scheduledAt;
    expect(errors(input)).toEqual(expected);
  });

  it.each([
    ['a schedule a year ahead, expiring 28 days later', { scheduledAt: inDays(364), expiresAt: inDays(364 + 27.9) }],
    ['a schedule a minute ago (a form filled slowly)', { scheduledAt: inDays(-1 / 1440) }],
    ['an expiry 28 days from now', { expiresAt: inDays(27.99) }],
    ['an offset other than Z', { scheduledAt: new Date(Date.now() + DAY).toISOString().replace('Z', '+00:00') }],
  ])('accepts %s', (_label, dates) => {
    expect(errors({ ...base, ...dates })).toEqual({});
  });

  it('reads an offset as one instant, whatever the server’s zone', () => {
    const at = new Date(Date.now() + 10 * DAY);
    at.setUTCHours(10, 0, 0, 0);
    const paris = at.toISOString().replace(/T.*/, 'T11:00:00+01:00');
    expect(notificationInputSchema.parse({ ...base, scheduledAt: paris }).scheduledAt?.toISOString()).toBe(
      at.toISOString(),
    );
  });

  it('bounds the composer’s schema the same way', () => {
    const r = composeNotificationSchema.safeParse({ ...base, idempotencyKey: 'k', scheduledAt: inDays(400) });
    expect(r.success ? {} : zodFieldErrors(r.error.issues)).toEqual({ scheduledAt: 'scheduled_too_far' });
  });
});

describe('notification text goes through the one text rule', () => {
  const hostile = ['a\u0000b', 'a\ud800b', 'a\udc00', 'a\u0085b', 'a\u202eb', 'a\u2028b', 'a\u0007b', 'a\ufffeb'];
  it.each(hostile)('refuses %j in every one-line field', (bad) => {
    expect(errors({ ...base, title: bad })).toEqual({ title: 'invalid_characters' });
    expect(errors({ ...base, tag: bad })).toEqual({ tag: 'invalid_characters' });
    const invalid = 'invalid_characters';
    expect(errors({ ...base, actions: [{ type: 'ack', title: bad }] })).toEqual({ 'actions.0.title': invalid });
    expect(errors({ ...base, audience: { kind: 'users', users: ['ok', bad] } })).toEqual({
      'audience.users.1': invalid,
    });
    expect(Object.keys(errors({ ...base, topic: bad }))).toEqual(['topic']);
  });

  it('lets a body keep its lines, but not NUL, lone surrogates or other controls', () => {
    expect(notificationInputSchema.parse({ ...base, body: 'one\ntwo\r\n\tthree' }).body).toBe('one\ntwo\r\n\tthree');
    for (const bad of ['a\u0000b', 'a\ud800b', 'a\u0085b', 'a\u001bb']) {
      expect(errors({ ...base, body: bad })).toEqual({ body: 'invalid_characters' });
    }
  });

  it('keeps every script and emoji', () => {
    const title = 'Fermeture 🚧 — שלום — مرحبا — 東京 — \u200fRLM';
    expect(notificationInputSchema.parse({ ...base, title }).title).toBe(title);
  });
});

describe('language variants (translations)', () => {
  it('knows the portal’s languages, default first', () => {
    expect(languageSchema.options).toEqual([...LOCALES]);
    expect(DEFAULT_LANGUAGE).toBe(DEFAULT_LOCALE);
  });

  const fr = { title: 'Bonjour', body: 'Le texte' };

  it('accepts a variant per portal language, with the same rules and defaults as the default fields', () => {
    const v = notificationInputSchema.parse({
      ...base,
      lang: 'en',
      translations: { fr: { ...fr, url: '/inbox', actions: [{ type: 'ack', title: 'Compris' }] } },
    });
    expect(v.lang).toBe('en');
    expect(v.translations).toEqual({
      fr: { ...fr, url: '/inbox', actions: [{ type: 'ack', title: 'Compris' }] },
    });
    expect(notificationInputSchema.parse({ ...base, translations: { fr: { title: 'Bonjour' } } }).translations).toEqual(
      {
        fr: { title: 'Bonjour', body: '' },
      },
    );
    // Absent, blank or null: no variants, and a request without them hashes as before (idempotency).
    expect(notificationInputSchema.parse({ ...base, translations: null })).not.toHaveProperty('translations.fr');
    expect(notificationInputSchema.parse(base)).not.toHaveProperty('lang');
  });

  it('refuses a language the portal does not speak, as the default language or as a variant', () => {
    expect(errors({ ...base, translations: { de: fr } })).toEqual({ 'translations.de': 'invalid_language' });
    expect(errors({ ...base, translations: { constructor: fr, __proto__: fr } })).toMatchObject({
      'translations.constructor': 'invalid_language',
    });
    expect(errors({ ...base, lang: 'de' })).toEqual({ lang: 'invalid_language' });
    expect(errors({ ...base, translations: ['x'] })).toMatchObject({ translations: expect.any(String) });
  });

  it('refuses a variant in the default fields’ own language (it would never be read)', () => {
    expect(errors({ ...base, translations: { en: fr } })).toEqual({ 'translations.en': 'duplicate_language' });
    expect(errors({ ...base, lang: 'fr', translations: { fr } })).toEqual({ 'translations.fr': 'duplicate_language' });
    expect(errors({ ...base, lang: 'fr', translations: { en: fr } })).toEqual({});
  });

  it('checks each variant’s fields: title required, lengths, links, buttons, text rule', () => {
    expect(
      errors({
        ...base,
        translations: {
          fr: {
            title: '',
            body: 'x'.repeat(1001),
            url: 'javascript:alert(1)',
            actions: [
              { type: 'ack', title: 'A' },
              { type: 'ack', title: 'B' },
            ],
          },
        },
      }),
    ).toEqual({
      'translations.fr.title': 'required',
      'translations.fr.body': 'too_long',
      'translations.fr.url': 'invalid_url',
      'translations.fr.actions': 'one_ack_only',
    });
    expect(errors({ ...base, translations: { fr: { title: 'a\u202Eb' } } })).toEqual({
      'translations.fr.title': 'invalid_characters',
    });
  });

  it('is the composer’s schema too', () => {
    const r = composeNotificationSchema.safeParse({ ...base, idempotencyKey: 'k', translations: { de: fr } });
    expect(r.success ? {} : zodFieldErrors(r.error.issues)).toEqual({ 'translations.de': 'invalid_language' });
  });
});
