import { describe, expect, it } from 'vitest';
import { textDirection } from '../i18n/text-direction';
import { chooseLanguage, languagesOf, readVariant, variantOf } from './notification-variant';

const n = {
  id: 'n1',
  lang: 'en',
  title: 'Water cut',
  body: 'Tomorrow',
  url: '/inbox',
  actions: [{ type: 'ack' as const, title: 'OK' }],
  translations: { fr: { title: 'Coupure d’eau', body: 'Demain' } },
};

describe('the variant a reader gets', () => {
  it('is their language when the notification has it, else the notification’s own', () => {
    expect(chooseLanguage(n, 'fr')).toBe('fr');
    expect(chooseLanguage(n, 'en')).toBe('en');
    for (const other of [null, undefined, 'de', 'constructor', '__proto__', 'toString']) {
      expect(chooseLanguage(n, other)).toBe('en');
    }
    expect(chooseLanguage({ lang: 'fr', translations: null }, 'en')).toBe('fr');
    expect(languagesOf(n)).toEqual(['en', 'fr']);
  });

  it('takes the variant’s title and body, and the default’s link and buttons when it has none of its own', () => {
    expect(variantOf(n, 'fr')).toMatchObject({
      lang: 'fr',
      title: 'Coupure d’eau',
      body: 'Demain',
      url: '/inbox',
      actions: [{ type: 'ack', title: 'OK' }],
    });
    const own = { ...n, translations: { fr: { title: 'T', body: '', url: '/settings', actions: [] } } };
    expect(variantOf(own, 'fr')).toMatchObject({ url: '/settings', actions: [] });
    expect(variantOf(n, 'de')).toBe(n);
    expect(readVariant(n, 'fr')).not.toHaveProperty('translations');
  });
});

describe('textDirection', () => {
  it('derives the direction from the language tag, not from a list of the portal’s languages', () => {
    expect(['en', 'fr', 'fr-CA', 'de', 'zh-Hant'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
    expect(['ar', 'he', 'fa-IR', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(textDirection('not a tag!')).toBe('ltr');
  });
});
