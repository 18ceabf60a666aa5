import { describe, expect, it } from 'vitest';
import { buildPushOptions, MAX_TTL_SECONDS, topicFromTag, ttlSeconds } from './build-push-options';

const now = new Date('2026-01-01T00:00:00Z');

describe('push headers', () => {
  it('TTL is the whole seconds left until expiry, never negative, capped at 28 days', () => {
    expect(ttlSeconds(new Date('2026-01-02T00:00:00Z'), now)).toBe(86_400);
    expect(ttlSeconds(new Date(now.getTime() + 1999), now)).toBe(1);
    expect(ttlSeconds(new Date(now.getTime() - 5000), now)).toBe(0);
    expect(ttlSeconds(new Date('2027-01-01T00:00:00Z'), now)).toBe(MAX_TTL_SECONDS);
  });

  it('Topic keeps a short URL-safe tag and hashes anything else to 32 base64url characters', () => {
    expect(topicFromTag('waste-2026_w1')).toBe('waste-2026_w1');
    expect(topicFromTag(undefined)).toBeUndefined();
    for (const tag of ['collecte des déchets', 'x'.repeat(33), 'a/b']) {
      const t = topicFromTag(tag)!;
      expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(topicFromTag(tag)).toBe(t);
    }
    expect(topicFromTag('a/b')).not.toBe(topicFromTag('a/c'));
  });

  it('maps urgency to RFC 8030 values', () => {
    expect(
      buildPushOptions({ expiresAt: new Date('2026-01-01T01:00:00Z'), urgency: 'very_low', tag: 'storm' }, now),
    ).toEqual({
      ttlSeconds: 3600,
      urgency: 'very-low',
      topic: 'storm',
    });
    expect(buildPushOptions({ expiresAt: now, urgency: 'high' }, now)).toEqual({ ttlSeconds: 0, urgency: 'high' });
  });
});
