import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { BODY_MAX, TITLE_MAX } from '@/lib/validation/notification';
import { capInfo, MAP_NOW, mapInfos } from '@/test/cap-alerts';
import type { CapInfo } from './cap-types';

const HOUR = 3600_000;

describe('capToNotification: critical and urgency', () => {
  it.each<[CapInfo['severity'], CapInfo['urgency'], boolean, string]>([
    ['Extreme', 'Immediate', true, 'high'],
    ['Extreme', 'Expected', true, 'high'],
    ['Severe', 'Immediate', true, 'high'],
    ['Severe', 'Expected', true, 'high'],
    ['Extreme', 'Future', false, 'normal'],
    ['Severe', 'Past', false, 'low'],
    ['Severe', 'Unknown', false, 'normal'],
    ['Moderate', 'Immediate', false, 'high'],
    ['Minor', 'Expected', false, 'high'],
    ['Unknown', 'Immediate', false, 'high'],
    ['Minor', 'Future', false, 'normal'],
    ['Minor', 'Past', false, 'low'],
  ])('%s + %s → critical %s, push urgency %s', (severity, urgency, critical, pushUrgency) => {
    const n = mapInfos([capInfo({ severity, urgency })]);
    expect({ critical: n.critical, urgency: n.urgency }).toEqual({ critical, urgency: pushUrgency });
  });

  it('is critical when any <info> is, and takes the most urgent <info>', () => {
    const n = mapInfos([
      capInfo({ severity: 'Minor', urgency: 'Past' }),
      capInfo({ language: 'fr', severity: 'Extreme', urgency: 'Immediate' }),
    ]);
    expect(n).toMatchObject({ critical: true, urgency: 'high' });
    expect(mapInfos([capInfo({ urgency: 'Past' }), capInfo({ language: 'fr', urgency: 'Future' })]).urgency).toBe(
      'normal',
    );
  });
});

describe('capToNotification: languages, title, body, link', () => {
  it.each<[Locale, string[], string, string[]]>([
    ['en', ['en-US', 'fr-FR'], 'en', ['fr']],
    ['en', ['fr-FR', 'en-US'], 'en', ['fr']],
    ['fr', ['en-US', 'fr-FR'], 'fr', ['en']],
    ['fr', ['EN-gb', 'fr-CA', 'fr-FR'], 'fr', ['en']],
    ['en', ['fr', 'de-DE', 'en-AU', 'nl-BE'], 'en', ['fr']],
    ['en', ['fr-BE', 'nl-BE'], 'fr', []],
    ['en', ['nl-BE', 'fr-BE', 'de'], 'fr', []],
    ['fr', ['de-DE', 'en-GB'], 'en', []],
  ])('default %s with infos %j → speaks %s, translated into %j', (defaultLanguage, languages, lang, translated) => {
    const n = mapInfos(
      languages.map((language) => capInfo({ language, headline: `headline ${language}` })),
      { defaultLanguage },
    );
    expect(n.lang).toBe(lang);
    expect(n.title).toBe(`headline ${languages.find((l) => l.toLowerCase().startsWith(lang))}`);
    expect(Object.keys(n.translations ?? {})).toEqual(translated);
    for (const code of translated) {
      const first = languages.find((l) => l.toLowerCase().startsWith(code));
      expect(n.translations![code]).toEqual({ title: `headline ${first}`, body: '' });
    }
  });

  it('gives an alert in none of the portal languages its first <info> as the default text', () => {
    const n = mapInfos([capInfo({ language: 'zh-Hant-TW', headline: '洪水' }), capInfo({ language: 'de' })]);
    expect(n).toMatchObject({ lang: 'en', title: '洪水' });
    expect(n.translations).toBeUndefined();
  });

  it('takes the first <info> of a language when several share it', () => {
    const n = mapInfos([
      capInfo({ language: 'en-GB', headline: 'Flood' }),
      capInfo({ language: 'fr-FR', headline: 'Premier' }),
      capInfo({ language: 'fr-BE', headline: 'Second' }),
    ]);
    expect(n.translations).toEqual({ fr: expect.objectContaining({ title: 'Premier' }) });
    expect(mapInfos([capInfo({ headline: 'First' }), capInfo({ language: 'en-GB', headline: 'Second' })]).title).toBe(
      'First',
    );
  });

  it("keeps a translation's own link only when it is another page than the default's", () => {
    const [en, fr] = ['https://town.example/flood', 'https://town.example/fr/crue'];
    const n = (frWeb?: string) =>
      mapInfos([capInfo({ web: en }), capInfo({ language: 'fr-FR', headline: 'Crue', web: frWeb })]);
    expect(n(fr).translations).toEqual({ fr: { title: 'Crue', body: '', url: fr } });
    for (const same of [en, undefined]) expect(n(same).translations).toStrictEqual({ fr: { title: 'Crue', body: '' } });
  });

  it('writes each translation from its own <info>: headline, description and instruction, truncated alike', () => {
    const n = mapInfos([
      capInfo(),
      capInfo({ language: 'fr', event: 'Crue', description: 'L’eau monte.', instruction: 'Montez.' }),
      capInfo({ language: 'fr-CA', headline: 'ignored' }),
    ]);
    expect(n.translations).toEqual({ fr: { title: 'Crue', body: 'L’eau monte.\n\nMontez.' } });
    const long = mapInfos([capInfo(), capInfo({ language: 'fr', headline: 'É'.repeat(TITLE_MAX + 1) })]);
    expect(long.translations!.fr.title).toHaveLength(TITLE_MAX);
  });

  it.each([
    [{ headline: 'Flood warning', event: 'Flood' }, 'Flood warning'],
    [{ event: 'Flood' }, 'Flood'],
  ])('titles %j as %s', (fields, title) => {
    expect(mapInfos([capInfo(fields)]).title).toBe(title);
  });

  it.each([
    [{ description: 'Water rising.', instruction: 'Move uphill.' }, 'Water rising.\n\nMove uphill.'],
    [{ description: 'Water rising.' }, 'Water rising.'],
    [{ instruction: 'Move uphill.' }, 'Move uphill.'],
    [{}, ''],
  ])('writes the body of %j', (fields, body) => {
    expect(mapInfos([capInfo(fields)]).body).toBe(body);
  });

  it('truncates title and body to the notification limits with an ellipsis, never splitting a character', () => {
    const n = mapInfos([capInfo({ headline: 'Ä'.repeat(TITLE_MAX + 5), description: '🌊'.repeat(BODY_MAX) })]);
    expect(n.title).toHaveLength(TITLE_MAX);
    expect(n.title.endsWith('Ä…')).toBe(true);
    expect(n.body.length).toBeLessThanOrEqual(BODY_MAX);
    expect(n.body).toMatch(/^(🌊)+…$/u);
    expect(mapInfos([capInfo({ headline: 'x'.repeat(TITLE_MAX) })]).title).toBe('x'.repeat(TITLE_MAX));
  });

  it.each([
    ['https://town.example/flood', 'https://town.example/flood'],
    ['HTTPS://town.example/flood', 'HTTPS://town.example/flood'],
    ['http://town.example/flood', undefined],
    ['ftp://town.example/flood', undefined],
    ['javascript:alert(1)', undefined],
    [`https://town.example/${'x'.repeat(2100)}`, undefined],
  ])('links %s as %s', (web, url) => {
    const n = mapInfos([capInfo({ web })]);
    expect(n.url).toBe(url);
  });
});

describe('capToNotification: expiry', () => {
  it.each([
    [
      'the latest <expires>',
      [MAP_NOW.getTime() + 2 * HOUR, MAP_NOW.getTime() + 5 * HOUR],
      MAP_NOW.getTime() + 5 * HOUR,
    ],
    ['one <expires> among infos without', [undefined, MAP_NOW.getTime() + 3 * HOUR], MAP_NOW.getTime() + 3 * HOUR],
    ['the default without any <expires>', [undefined], MAP_NOW.getTime() + 24 * HOUR],
    ['at most 28 days', [MAP_NOW.getTime() + 60 * 24 * HOUR], MAP_NOW.getTime() + 28 * 24 * HOUR],
  ])('uses %s', (_, expiries, expected) => {
    const infos = expiries.map((e, i) => capInfo({ language: `l${i}`, ...(e ? { expires: new Date(e) } : {}) }));
    expect(mapInfos(infos).expiresAt).toEqual(new Date(expected));
  });

  it('uses a configured default lifetime', () => {
    expect(mapInfos([capInfo()], { defaultLifetimeMs: 2 * HOUR }).expiresAt).toEqual(
      new Date(MAP_NOW.getTime() + 2 * HOUR),
    );
  });

  it('refuses an alert whose every <info> has expired', () => {
    const infos = [
      capInfo({ expires: new Date(MAP_NOW.getTime() - 1) }),
      capInfo({ language: 'fr', expires: MAP_NOW }),
    ];
    expect(() => mapInfos(infos)).toThrow(expect.objectContaining({ code: 'already_expired' }));
  });
});
