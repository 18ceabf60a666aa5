import { describe, expect, it } from 'vitest';
import admin from '@/messages/admin';
import { describeAudience, describeHeldReason, describeReach } from './follow-up-text';

const now = new Date('2026-12-02T22:30:00Z');
const ctx = (locale: 'en' | 'fr') => ({ locale, timeZone: 'Europe/Paris', now, t: admin[locale] });
// Intl may put a narrow no-break space in French numbers and times: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('describeHeldReason', () => {
  it('quiet hours ending tomorrow morning give the date and the time, in the admin’s zone', () => {
    const reason = { kind: 'quietHours' as const, at: new Date('2026-12-03T06:00:00Z') };
    expect(plain(describeHeldReason(reason, ctx('en')))).toBe('Held until Dec 3, 2026, 7:00 AM, quiet hours');
    expect(plain(describeHeldReason(reason, ctx('fr')))).toBe('Retenu jusqu’à 3 déc. 2026, 07:00, heures de silence');
  });

  it('a time later today is the time alone', () => {
    const reason = { kind: 'quietHours' as const, at: new Date('2026-12-02T22:45:00Z') };
    expect(plain(describeHeldReason(reason, ctx('fr')))).toBe('Retenu jusqu’à 23:45, heures de silence');
    expect(plain(describeHeldReason({ ...reason, kind: 'scheduled' }, ctx('en')))).toBe('Scheduled for 11:45 PM');
  });

  it('a retry names the attempt and the maximum', () => {
    const reason = { kind: 'retry' as const, at: new Date('2026-12-02T22:31:00Z'), attempt: 2, maxAttempts: 5 };
    expect(plain(describeHeldReason(reason, ctx('en')))).toBe('Retrying at 11:31 PM (attempt 2 of 5)');
    expect(plain(describeHeldReason(reason, ctx('fr')))).toBe('Nouvel essai à 23:31 (essai 2 sur 5)');
  });
});

describe('describeReach', () => {
  it('a person without devices is "in 1 inbox, no device", with plurals in both languages', () => {
    expect(describeReach({ recipients: 1, devices: 0 }, ctx('en'))).toBe('In 1 inbox, no device');
    expect(describeReach({ recipients: 1, devices: 0 }, ctx('fr'))).toBe('Dans 1 boîte de réception, aucun appareil');
    expect(plain(describeReach({ recipients: 12480, devices: 1 }, ctx('en')))).toBe('In 12,480 inboxes, on 1 device');
    expect(plain(describeReach({ recipients: 2, devices: 3 }, ctx('fr')))).toBe(
      'Dans 2 boîtes de réception, sur 3 appareils',
    );
    expect(describeReach({ recipients: 0, devices: 0 }, ctx('en'))).toBe('No recipient, no device');
  });
});

describe('describeAudience', () => {
  it('names each kind of audience, with the topic it was filed under', () => {
    expect(describeAudience({ kind: 'everyone' }, null, ctx('en'))).toBe('Everyone');
    expect(describeAudience({ kind: 'everyone' }, 'Waste collection', ctx('en'))).toBe(
      'Everyone, topic “Waste collection”',
    );
    expect(describeAudience({ kind: 'users', users: ['a'] }, null, ctx('fr'))).toBe('1 personne choisie');
    expect(describeAudience({ kind: 'users', users: ['a', 'b'] }, null, ctx('en'))).toBe('2 chosen people');
    expect(describeAudience({ kind: 'role', role: 'citizen' }, null, ctx('fr'))).toBe('Tous les habitants');
    expect(describeAudience({ kind: 'topic', topic: 'roadworks' }, 'Roadworks', ctx('en'))).toBe(
      'Followers of “Roadworks”',
    );
    expect(describeAudience({ kind: 'mystery' }, null, ctx('en'))).toBe('—');
  });
});
