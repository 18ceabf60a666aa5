import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';
import { formatMessage } from './format-message';
import { formatNumber } from './format-number';

describe('formatMessage', () => {
  const people = '{count, plural, one {# person} other {# people}}';
  const personnes = '{count, plural, one {# personne} other {# personnes}}';

  it('follows each language’s plural rules', () => {
    expect([0, 1, 2].map((count) => formatMessage('en', people, { count }))).toEqual([
      '0 people',
      '1 person',
      '2 people',
    ]);
    // French: 0 and 1 are singular.
    expect([0, 1, 2].map((count) => formatMessage('fr', personnes, { count }))).toEqual([
      '0 personne',
      '1 personne',
      '2 personnes',
    ]);
  });

  it('groups thousands the language’s way inside plurals', () => {
    expect(formatMessage('en', people, { count: 12480 })).toBe('12,480 people');
    expect(formatMessage('fr', personnes, { count: 12480 })).toBe('12\u202f480 personnes');
  });

  it('groups a number in a plain placeholder exactly as ICU does in a plural', () => {
    expect(formatMessage('en', '{n} devices', { n: 12480 })).toBe('12,480 devices');
    expect(formatMessage('fr', '{n} appareils', { n: 12480 })).toBe('12\u202f480 appareils');
    expect(formatMessage('fr', '{n} appareils', { n: 12480 }).split(' ')[0]).toBe(
      formatMessage('fr', '{n, plural, other {# appareils}}', { n: 12480 }).split(' ')[0],
    );
  });

  it('replaces plain placeholders and leaves unknown ones', () => {
    expect(formatMessage('en', 'Hello, {name}', { name: 'Claire' })).toBe('Hello, Claire');
    expect(formatMessage('en', '{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatMessage('fr', 'Aucune variable')).toBe('Aucune variable');
  });
});

describe('formatDate', () => {
  const d = new Date('2026-03-01T06:30:00Z');
  it('uses the reader’s time zone, not the machine’s', () => {
    expect(formatDate(d, { locale: 'en', timeZone: 'Europe/Paris', style: 'time' })).toBe('07:30 AM');
    expect(formatDate(d, { locale: 'en', timeZone: 'America/New_York', style: 'time' })).toBe('01:30 AM');
  });
  it('formats French dates in French', () => {
    expect(formatDate(d, { locale: 'fr', timeZone: 'Europe/Paris', style: 'date' })).toBe('1 mars 2026');
    expect(formatDate(d, { locale: 'fr', timeZone: 'Europe/Paris', style: 'time' })).toBe('07:30');
  });
});

describe('formatNumber', () => {
  it('groups and punctuates numbers the reader’s way', () => {
    expect(formatNumber(1234567.5, { locale: 'en' })).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, { locale: 'fr' })).toBe('1\u202f234\u202f567,5');
    expect(formatNumber(0.42, { locale: 'fr', style: 'percent' })).toBe('42\u00a0%');
    expect(formatNumber(0.42, { locale: 'en', style: 'percent' })).toBe('42%');
  });
});
