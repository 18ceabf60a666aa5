import { describe, expect, it } from 'vitest';
import { catalogs } from '@/messages';
import { describeReach } from './describe-reach';

describe('the composer’s reach line', () => {
  const t = catalogs.admin.en;

  it('says the count when the audience was counted', () => {
    expect(describeReach({ ok: true, data: { recipients: 1200, devices: 1 } }, t, 'en')).toBe(
      'Reaches 1,200 people on 1 device.',
    );
    expect(describeReach({ ok: true, data: { recipients: 1, devices: 2 } }, catalogs.admin.fr, 'fr')).toBe(
      'Atteint 1 personne sur 2 appareils.',
    );
  });

  it('asks to choose who receives it when there is no audience, or an incomplete one the action refuses', () => {
    expect(describeReach(null, t, 'en')).toBe(t.reachUnknown);
    expect(describeReach({ ok: false, error: 'invalid', fields: { audience: 'too_small' } }, t, 'en')).toBe(
      t.reachUnknown,
    );
  });

  // Offline, a crash, a session that ended: the audience is chosen, it just could not be counted.
  it.each(['unexpected', 'unauthenticated', 'forbidden', 'rate_limited'] as const)(
    'says the count failed, not that nobody is chosen, on %s',
    (error) => {
      expect(describeReach({ ok: false, error }, t, 'en')).toBe(t.reachFailed);
      expect(t.reachFailed).not.toBe(t.reachUnknown);
    },
  );
});
