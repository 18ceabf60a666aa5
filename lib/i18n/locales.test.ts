import { describe, expect, it } from 'vitest';
import { catalogs } from '../../messages';
import { adminParts } from '../../messages/admin';
import { format, isLocale, LOCALES, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['fr-FR', 'fr'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-GB,en;q=0.9,fr;q=0.8', 'en'],
    ['de-DE,de;q=0.9,fr;q=0.5,en;q=0.4', 'fr'],
    ['en;q=0.3, fr;q=0.7', 'fr'],
    ['FR', 'fr'],
    ['de, it', 'en'],
    ['fr;q=0, en;q=0.1', 'en'],
    ['*', 'en'],
    ['fr;q=abc, en;q=0.5', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('knows the supported languages only', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

describe('format', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(format('Hello, {name}', { name: 'Claire' })).toBe('Hello, Claire');
    expect(format('{count} unread', { count: 3 })).toBe('3 unread');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('No vars', undefined)).toBe('No vars');
  });
});

describe('message catalog', () => {
  // fr is typed with en's keys, but an empty string or a leftover English copy would still slip through the types.
  it.each(Object.keys(catalogs) as Array<keyof typeof catalogs>)(
    '%s has every key, non-empty, in both languages',
    (area) => {
      const { en, fr } = catalogs[area] as { en: Record<string, string>; fr: Record<string, string> };
      expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(text.trim(), `${area}.${key} (en)`).not.toBe('');
        expect(fr[key].trim(), `${area}.${key} (fr)`).not.toBe('');
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(fr[key]), `${area}.${key} placeholders`).toEqual(placeholders(en[key]));
      }
    },
  );

  it('admin: no key is defined in two parts of the console (the merge would keep only the last)', () => {
    const seen = new Map<string, string>();
    for (const [part, { en }] of Object.entries(adminParts)) {
      for (const key of Object.keys(en)) {
        expect(seen.get(key), `admin key ${key} in ${part}`).toBeUndefined();
        seen.set(key, part);
      }
    }
    expect(seen.size).toBe(Object.keys(catalogs.admin.en).length);
  });
});
