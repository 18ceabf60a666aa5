import { describe, expect, it } from 'vitest';
import { isCurrentSection } from './admin-nav-links';

describe('isCurrentSection', () => {
  it('marks the dashboard only on /admin, a section on itself and its sub-pages', () => {
    expect(isCurrentSection('/admin', '/admin')).toBe(true);
    expect(isCurrentSection('/admin', '/admin/tokens')).toBe(false);
    expect(isCurrentSection('/admin/notifications', '/admin/notifications/abc')).toBe(true);
    expect(isCurrentSection('/admin/notifications', '/admin/notifications')).toBe(true);
    expect(isCurrentSection('/admin/people', '/admin/peoples')).toBe(false);
  });
});
