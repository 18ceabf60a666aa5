import { describe, expect, it } from 'vitest';
import messages from '@/messages/admin';
import { funnelRows, reachRates } from './funnel-rows';

const reach = { targeted: 4, accepted: 3, shown: 2, opened: 1, recipients: 3, acknowledged: 1 };

describe('the funnel in words', () => {
  it('gives each stage its number and share: devices of those targeted, acknowledgements of the recipients', () => {
    const rows = funnelRows(reach, 'en', messages.en);
    expect(rows.map((r) => [r.label, r.count, r.share])).toEqual([
      ['Devices targeted', 4, '100% of devices targeted'],
      ['Accepted by the push service', 3, '75% of devices targeted'],
      ['Shown on the device', 2, '50% of devices targeted'],
      ['Opened (notification or button clicked)', 1, '25% of devices targeted'],
      ['Acknowledged in the inbox (people)', 1, '33% of 3 recipients'],
    ]);
  });

  it('speaks French, and says when there is nothing to compare with', () => {
    const fr = funnelRows({ ...reach, targeted: 0, accepted: 0, shown: 0, opened: 0 }, 'fr', messages.fr);
    expect(fr[2]).toMatchObject({ label: 'Affichés sur l’appareil', share: 'rien à comparer', ratio: 0 });
    expect(fr[4].share).toBe('33\u00a0% des 3 destinataires');
  });

  it('the history line: shown and opened as rates of the accepted deliveries, none before any', () => {
    expect(reachRates(reach, 'en', messages.en)).toBe('67% shown, 33% opened, of 3 accepted');
    expect(reachRates({ ...reach, accepted: 0 }, 'en', messages.en)).toBeNull();
  });
});
