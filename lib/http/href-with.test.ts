import { describe, expect, it } from 'vitest';
import { hrefWith, pageParam } from './href-with';

describe('hrefWith', () => {
  it('keeps the parameters given, in order, encoded, and leaves out the empty ones', () => {
    expect(hrefWith('/admin/audit', { actor: 'Ada L', action: undefined, from: '', after: '42' })).toBe(
      '/admin/audit?actor=Ada+L&after=42',
    );
    expect(hrefWith('/admin/notifications', { range: undefined, page: pageParam(1) })).toBe('/admin/notifications');
    expect(hrefWith('/admin/notifications/x', { status: 'failed', page: pageParam(3) }, '#delivery-log')).toBe(
      '/admin/notifications/x?status=failed&page=3#delivery-log',
    );
    expect(hrefWith('/inbox', {}, '#top')).toBe('/inbox#top');
  });
});
