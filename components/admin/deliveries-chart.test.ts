import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import admin from '@/messages/admin';
import { DeliveriesChart } from './deliveries-chart';

const hours = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    start: new Date(Date.UTC(2026, 11, 2, i)),
    sent: 0,
    failed: 0,
    gone: 0,
    expired: 0,
    cancelled: 0,
    pending: 0,
  }));
const label = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:00`;
const render = (buckets: ReturnType<typeof hours>, locale: 'en' | 'fr') =>
  renderToStaticMarkup(h(DeliveriesChart, { buckets, range: '24h', t: admin[locale], locale, label }));

describe('DeliveriesChart', () => {
  it('says that nothing was delivered instead of drawing an empty box', () => {
    const html = render(hours(24), 'fr');
    expect(html).toContain('Aucun envoi ces dernières 24 heures.');
    expect(html).not.toContain('<svg');
  });

  it('draws bars with a time axis and a one-sentence text alternative', () => {
    const buckets = hours(24);
    buckets[3].sent = 4;
    buckets[7].failed = 1;
    const html = render(buckets, 'en');
    expect(html).toContain(
      'role="img" aria-label="5 deliveries from 00:00 to 23:00; busiest period: 03:00, 4 deliveries."',
    );
    const ticks = html.match(/<li[^>]*>(\d\d:00)<\/li>/g)?.map((li) => li.replace(/<[^>]+>/g, ''));
    expect(ticks).toEqual(['00:00', '06:00', '12:00', '18:00']);
    expect(html).toContain('<span>4</span><span>Deliveries</span><span>0</span>');
  });
});
